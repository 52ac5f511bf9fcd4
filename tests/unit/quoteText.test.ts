import { describe, expect, it } from 'vitest';
import { findFoldedQuote, findQuote, foldText, normalizeQuoteText, printedPassages, printedText, quoteFinder, quoteParts, quotesInBody } from '../../src/utils/quoteText.ts';

const quoteOccursIn = (text: string, quote: string) => findQuote(text, quote) !== null;
const findQuoteInBody = (body: string, quote: string) => quotesInBody(body).find(quote);

const body = '“We are continuing to work in the interests of preserving this document, nothing has changed.  Despite the difficult\nconversation – we expect that common sense will prevail, ”said Ryabkov.';

describe('a quote matches the printed text, forgiving only white space, quote marks, apostrophes and dashes', () => {
  it.each([
    ['the exact passage', 'nothing has changed.  Despite the difficult', true],
    ['straight quotes for curly ones', '"We are continuing to work', true],
    ['a hyphen for an en dash', 'conversation - we expect', true],
    ['an em dash for an en dash', 'conversation — we expect', true],
    ['one space for a line break and double spaces', 'nothing has changed. Despite the difficult conversation', true],
    ['a typo corrected', 'we expect that common sense will prevail, "said Ryabkov', true],
    ['a changed word', 'nothing has changed. Despite the hard conversation', false],
    ['different case', 'Nothing has changed', false],
    ['a dropped comma', 'common sense will prevail ”said Ryabkov', false],
    ['an ellipsis for omitted words', 'We are continuing … nothing has changed', false],
  ])('%s: %s → %s', (_, quote, expected) => {
    expect(quoteOccursIn(body, quote)).toBe(expected);
  });

  it('finds where the passage stands in the original text, for anchoring', () => {
    const range = findQuote(body, 'conversation - we expect');
    expect(range).not.toBeNull();
    expect(body.slice(range!.start, range!.end)).toBe('conversation – we expect');
  });

  it.each([
    ['‘single’ and “double”', '\'single\' and "double"'],
    ['a – b — c ‑ d', 'a - b - c - d'],
    ['  spaced\u00a0out\n', 'spaced out'],
  ])('normalises %s to %s', (input, output) => {
    expect(normalizeQuoteText(input)).toBe(output);
  });
});

describe('the body as printed: MDX escapes read back, one paragraph at a time', () => {
  it.each([
    ['a range of &lt;500 km', 'a range of <500 km'],
    ['braces \\{like this\\}', 'braces {like this}'],
    ['AT&amp;T &#8220;quoted&#x201D;', 'AT&T “quoted”'],
    ['an unknown &entity; stays', 'an unknown &entity; stays'],
  ])('%s reads as %s', (written, printed) => {
    expect(printedText(written)).toBe(printed);
  });

  it('finds a quote written with the printed characters in an escaped body', () => {
    expect(findQuoteInBody('The range is &lt;500 km, the ministry said.', 'The range is <500 km')).not.toBeNull();
  });

  it('does not find a passage that runs across two paragraphs when it is written as one', () => {
    const body = 'First paragraph ends here.\n\nSecond paragraph starts here.';
    expect(findQuoteInBody(body, 'ends here. Second paragraph')).toBeNull();
    expect(findQuoteInBody(body, 'Second paragraph starts')?.[0]?.paragraph).toBe('Second paragraph starts here.');
  });
});

describe('a quotation that runs over several paragraphs', () => {
  // Peskov's words in the RT report of 26 October 2020: three one-line paragraphs.
  const body = [
    'This was announced by Dmitry Peskov.',
    '“You know that the President issued a statement.',
    'An important document.',
    'President Putin is consistently continuing the line, "Peskov stressed.',
    '<PhotoCaption items={["Vladimir Putin"]} />',
    'He recalled that earlier the head of state made a statement.',
  ].join('\n\n');
  // How YAML hands over `>-` with a blank line between the paragraphs: one line break each.
  const written = (...paragraphs: string[]) => paragraphs.join('\n');

  it.each([
    ['is written with a blank line (one line break in the value) between paragraphs', 'one\ntwo', ['one', 'two']],
    ['keeps a one-paragraph quote whole', 'just one', ['just one']],
    ['ignores extra blank lines and white space around them', 'one \n\n\n  two\n', ['one', 'two']],
  ])('%s', (_, quote, parts) => {
    expect(quoteParts(quote)).toEqual(parts);
  });

  it.each([
    ['two whole paragraphs', written('“You know that the President issued a statement.', 'An important document.'), '“You know that the President issued a statement.\n\nAn important document.'],
    ['three, typed with straight quotes', written('"You know that the President issued a statement.', 'An important document.', 'President Putin is consistently'), '“You know that the President issued a statement.\n\nAn important document.\n\nPresident Putin is consistently'],
    ['the end of one paragraph and the start of the next', written('issued a statement.', 'An important'), 'issued a statement.\n\nAn important'],
  ])('is found over consecutive paragraphs: %s', (_, quote, passage) => {
    expect(printedPassages(body, [quote]).get(quote)).toBe(passage);
  });

  it.each([
    ['a first part that does not end its paragraph', written('You know that the President', 'An important document.')],
    ['a last part that does not begin its paragraph', written('issued a statement.', 'important document.')],
    ['a middle part that is not the whole paragraph', written('issued a statement.', 'An important', 'President Putin')],
    ['a paragraph left out', written('issued a statement.', 'President Putin is consistently')],
    ['paragraphs in the wrong order', written('An important document.', '“You know that the President issued a statement.')],
    ['a passage across a photo caption', written('"Peskov stressed.', 'He recalled')],
  ])('is not found with %s', (_, quote) => {
    expect(printedPassages(body, [quote]).get(quote)).toBeNull();
  });

  it('gives a piece per paragraph, so each can be marked where it stands', () => {
    const texts = ['Intro.', ' “You know that.\n', 'An important document.', 'President Putin, "Peskov stressed.'];
    const pieces = quoteFinder(texts)(written('"You know that.', 'An important document.', 'President Putin'));
    expect(pieces).toEqual([
      { index: 1, start: 1, end: 16 },
      { index: 2, start: 0, end: 22 },
      { index: 3, start: 0, end: 15 },
    ]);
    expect(pieces?.map(({ index, start, end }) => texts[index]?.slice(start, end))).toEqual(['“You know that.', 'An important document.', 'President Putin']);
  });

  it('treats an empty text (a photo caption among the rendered blocks) as a break no passage crosses', () => {
    expect(quoteFinder(['Ends here.', '', 'Starts here.'])(written('Ends here.', 'Starts here.'))).toBeNull();
    expect(quoteFinder(['Ends here.', 'Starts here.'])(written('Ends here.', 'Starts here.'))).not.toBeNull();
  });
});

describe('a text folded once serves every quote looked up in it', () => {
  it.each([
    ['plain words', 'plain words', 'plain words', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['a run of white space is one space, standing for its first character', 'a \n\t b', 'a b', [0, 1, 5]],
    ['white space at the ends is kept (one space each), not trimmed', '  a  ', ' a ', [0, 2, 3]],
    ['typographic quotes and dashes become plain, one for one', '“a”–‘b’', '"a"-\'b\'', [0, 1, 2, 3, 4, 5, 6]],
    ['a no-break space is white space', 'a\u00a0\u00a0b', 'a b', [0, 1, 3]],
    ['empty', '', '', []],
  ])('%s', (_, value, text, origin) => {
    expect(foldText(value)).toEqual({ text, origin });
    // Trimmed, it is the text as compared.
    expect(foldText(value).text.trim()).toBe(normalizeQuoteText(value));
  });

  it.each([
    ['nothing has changed. Despite', 'nothing has changed.  Despite'],
    ['"We are continuing', '“We are continuing'],
    ['conversation - we expect', 'conversation – we expect'],
    ['prevail, "said Ryabkov.', 'prevail, ”said Ryabkov.'],
    ['not there', null],
    ['   ', null],
  ])('finds %s as findQuote does', (quote, printed) => {
    const folded = foldText(body);
    const range = findFoldedQuote(folded, quote);
    expect(range).toEqual(findQuote(body, quote));
    expect(range ? body.slice(range.start, range.end) : null).toBe(printed);
  });
});

describe("what a body prints of each claim's quote, kept instead of the body", () => {
  const article = 'The range is &lt;500 km, the ministry said.\n\n“Nothing  has\nchanged,” said Ryabkov.\n\nFirst paragraph ends here.\n\nSecond one.';
  it.each([
    ['a quote as printed', 'The range is <500 km', 'The range is <500 km'],
    ['typed with other typography: the printed characters, white space made single', '"Nothing has changed," said', '“Nothing has changed,” said'],
    ['not in the body', 'Words nobody printed.', null],
    ['across two paragraphs', 'ends here. Second one', null],
    ['empty', '', null],
  ])('%s', (_, quote, passage) => {
    const passages = printedPassages(article, [quote]);
    expect(passages.get(quote)).toBe(passage);
    // The same answers the body itself gives.
    const found = quotesInBody(article).find(quote);
    expect(passages.get(quote) !== null).toBe(quotesInBody(article).has(quote));
    expect(passages.get(quote)).toBe(found ? found.map((piece) => piece.paragraph.slice(piece.start, piece.end).replace(/\s+/g, ' ').trim()).join('\n\n') : null);
  });

  it('one entry for a quote claimed twice, and none for quotes not asked about', () => {
    expect([...printedPassages(article, ['Second one.', 'Second one.']).keys()]).toEqual(['Second one.']);
    expect(printedPassages(article, []).size).toBe(0);
  });
});
