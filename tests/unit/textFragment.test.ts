/** Links to a quoted passage on the source's page carry a text directive encoded as the spec says. */
import { describe, expect, it } from 'vitest';
import { encodeTextDirective, textDirective, withTextFragment } from '../../src/utils/textFragment.ts';

describe('a text directive term is percent-encoded per the URL Fragment Text Directives spec', () => {
  it.each([
    ['a hyphen, which marks a prefix or suffix', 'Russia-NATO', 'Russia%2DNATO'],
    ['a comma, which separates textStart from textEnd', 'yes, no', 'yes%2C%20no'],
    ['an ampersand, which separates directives', 'US & Russia', 'US%20%26%20Russia'],
    ['a space', 'arms race', 'arms%20race'],
    ['curly quotes and apostrophes', '“didn’t”', '%E2%80%9Cdidn%E2%80%99t%E2%80%9D'],
    ['a hash and a percent sign', '#1 at 5%', '%231%20at%205%25'],
    ['a colon and a tilde, which could not end the fragment directive early', ':~:text', '%3A~%3Atext'],
    ['Cyrillic text', 'ДРСМД', '%D0%94%D0%A0%D0%A1%D0%9C%D0%94'],
  ])('%s', (_, text, encoded) => {
    expect(encodeTextDirective(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });
});

describe('the directive for a quoted passage', () => {
  it.each([
    ['a short passage is matched whole', 'We will respond in kind.', ':~:text=We%20will%20respond%20in%20kind.'],
    ['white space runs count as one space', '  We  will\nrespond ', ':~:text=We%20will%20respond'],
    ['twelve words are still matched whole', 'one two three four five six seven eight nine ten eleven twelve', ':~:text=one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten%20eleven%20twelve'],
    ['a long passage is matched by its first and last five words', 'one two three four five six seven eight nine ten eleven twelve thirteen', ':~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen'],
    ['a hyphen and a comma inside the words are encoded, the separating comma is not', 'The Russia-NATO Council, which met on Friday, ended in Brussels without any breakthrough, officials said.', ':~:text=The%20Russia%2DNATO%20Council%2C%20which%20met,without%20any%20breakthrough%2C%20officials%20said.'],
    ['an empty passage gives none', '   ', ''],
  ])('%s', (_, passage, directive) => {
    expect(textDirective(passage)).toBe(directive);
  });

  it('is added after the fragment an address already has, and starts one where it has none', () => {
    expect(withTextFragment('https://tass.com/defense/1049284', 'arms race')).toBe('https://tass.com/defense/1049284#:~:text=arms%20race');
    expect(withTextFragment('https://example.org/a#para-3', 'arms race')).toBe('https://example.org/a#para-3:~:text=arms%20race');
    expect(withTextFragment('https://example.org/a', '')).toBe('https://example.org/a');
  });

  it('reads back, term by term, to the words of the passage', () => {
    const passage = '“A multilateral arms race may start simultaneously in several regions, the ministry said – with no end in sight, & no talks.”';
    const [start, end] = textDirective(passage).replace(':~:text=', '').split(',').map((t) => decodeURIComponent(t ?? ''));
    expect(passage.startsWith(start ?? 'x')).toBe(true);
    expect(passage.endsWith(end ?? 'x')).toBe(true);
  });
});
