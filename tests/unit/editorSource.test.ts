/** Reading a source as published (plain text or a saved web page) and writing its body as MDX that prints the same words. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, escapeMdx, mdxBody } from '../../src/editor/draft.ts';
import { readHtmlSource } from '../../src/editor/htmlSource.ts';
import { paragraphTexts, readTextSource, type Block } from '../../src/editor/source.ts';
import { articleBodyProblems } from '../../src/data/articleBody.ts';
import { paragraphsOf } from '../../src/utils/quoteText.ts';
import { FIXTURES } from '../helpers/paths.ts';

const SOURCES = path.join(FIXTURES, 'sources');
const read = (file: string) => readFile(path.join(SOURCES, file), 'utf8');

describe('a saved web page', () => {
  it('gives the article’s paragraphs verbatim, and nothing of the navigation, advertising, sidebar or footer', async () => {
    const page = readHtmlSource(await read('2019-03-19-tass-arms-race-warning.html'));
    const text = readTextSource(await read('2019-03-19-tass-arms-race-warning.txt'));
    expect(paragraphTexts(page.blocks)).toEqual(paragraphTexts(text.blocks));
    expect(paragraphTexts(page.blocks)).toHaveLength(10);
    const all = JSON.stringify(page.blocks);
    for (const noise of ['Advertisement', 'Subscribe', 'Most read', 'All rights reserved', 'Share on', 'Politics', '19 MAR']) expect(all).not.toContain(noise);
  });

  it('gives the headline, the canonical address and the photo caption apart from the text', async () => {
    const page = readHtmlSource(await read('2019-03-19-tass-arms-race-warning.html'));
    expect(page.title).toBe('INF Treaty collapse may trigger arms race in several regions, Moscow warns');
    expect(page.url).toBe('https://tass.com/defense/1049284');
    expect(page.blocks.filter((b) => b.type === 'caption')).toEqual([{ type: 'caption', items: ['Sergey Lavrov © Valery Sharifulin/TASS'] }]);
  });

  it('refuses a page with no text to take', () => {
    expect(() => readHtmlSource('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(/no main text/);
  });
});

describe('a plain-text source', () => {
  it('leaves out navigation words before the headline and takes the headline as the title', async () => {
    const source = readTextSource(await read('2019-03-19-tass-arms-race-warning.txt'));
    expect(source.title).toBe('INF Treaty collapse may trigger arms race in several regions, Moscow warns');
    expect(paragraphTexts(source.blocks)[0]).toBe('Moscow is forced to get ready for the possible deployment of US intermediate-range missiles, the Russian Foreign Ministry said');
  });

  it('reads bylines as authors, leaves out the footer, and splits paragraphs set one line each', async () => {
    const source = readTextSource(await read('2022-01-frontier-post-difficult-dialogue.txt'));
    expect(source.title).toBe('Difficult dialogue');
    expect(source.authors).toEqual(['Irina Taran', 'Elizaveta Komarova']);
    const paragraphs = paragraphTexts(source.blocks);
    expect(paragraphs.at(-1)).toMatch(/^“The Russian Federation and its Western partners .* the expert concluded\.$/);
    expect(paragraphs.at(-2)).toMatch(/^From Kashin’s point of view, .* this will lead nowhere\.$/);
    expect(paragraphs.join(' ')).not.toMatch(/About the author|Written by/);
    expect(source.blocks).toContainEqual({ type: 'heading', text: '“Only in the complex”' });
  });

  it.each<[string, string, Partial<ReturnType<typeof readTextSource>>]>([
    ['photo captions and credits as captions, never as text', 'The minister spoke.\n\n  • Jens Stoltenberg\n  • © nato.int\n\nHe left.', { blocks: [{ type: 'paragraph', text: 'The minister spoke.' }, { type: 'caption', items: ['Jens Stoltenberg', '© nato.int'] }, { type: 'paragraph', text: 'He left.' }] }],
    ['a printed date line apart from the text', 'Putin invites NATO to inspections\n\n30 October 2020\n\nPutin proposed inspections.', { title: 'Putin invites NATO to inspections', printedDate: '30 October 2020', blocks: [{ type: 'paragraph', text: 'Putin proposed inspections.' }] }],
    ['a short line in the text as a sub-heading', 'Putin proposed inspections.\n\nChance of salvation\n\nStoltenberg said there is a chance.', { blocks: [{ type: 'paragraph', text: 'Putin proposed inspections.' }, { type: 'heading', text: 'Chance of salvation' }, { type: 'paragraph', text: 'Stoltenberg said there is a chance.' }] }],
    ['a headline given, found and left out', 'All news\n\nMoscow warns\n\nThe ministry said so.', { title: 'Moscow warns', blocks: [{ type: 'paragraph', text: 'The ministry said so.' }] }],
  ])('%s', (_, text, expected) => {
    expect(readTextSource(text, expected.title === 'Moscow warns' ? 'Moscow warns' : undefined)).toMatchObject(expected);
  });
});

describe('the body written as MDX', () => {
  const tricky = [
    'A range of <500 km> and {braces}, *stars*, _underscores_, `ticks`, [brackets](x), a \\ backslash, AT&amp;T and ~tildes~ | pipes.',
    '1987. The treaty was signed.',
    '- a dash that is not a list',
    '# not a heading',
    '+ plus',
  ];

  it('prints exactly the words of each paragraph', () => {
    const body = mdxBody(tricky.map((text): Block => ({ type: 'paragraph', text })));
    expect(paragraphsOf(body)).toEqual(tricky);
    for (const text of tricky) expect(escapeMdx(text)).not.toBe('');
  });

  it('is accepted by the article loader: no element, expression or import', () => {
    const blocks: Block[] = [...tricky.map((text): Block => ({ type: 'paragraph', text })), { type: 'heading', text: 'Chance of {salvation}' }, { type: 'caption', items: ['Jens "J." Stoltenberg', '© nato.int'] }];
    const file = articleFile({ title: 'T', date: '2019-01-25', outlet: 'tass', url: 'https://example.org/a', authors: [], speakers: [], claims: [] }, mdxBody(blocks));
    expect(articleBodyProblems('draft.mdx', file)).toEqual([]);
    expect(file).toContain('<PhotoCaption items={["Jens \\"J.\\" Stoltenberg", "© nato.int"]} />');
    expect(file).toContain('## Chance of \\{salvation\\}');
    expect(file).toMatch(/^---\n[\s\S]*\ndraft: true\n---\n/);
  });
});
