import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../src/data/articleFile.ts';

// The content check splits an article once and parses its YAML once; it must split exactly as
// parseFrontmatter (Astro's, which the article loader uses) does.
describe('splitArticle splits as parseFrontmatter does', () => {
  it.each([
    ['plain', '---\ntitle: A\n---\nBody text.\n'],
    ['no frontmatter', 'Only a body.\n'],
    ['a rule in the body', '---\ntitle: A\n---\nFirst.\n\n---\n\nSecond.\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nBody.\n'],
    ['blank lines first', '\n\n---\ntitle: A\n---\nBody.\n'],
    ['empty frontmatter', '---\n---\nBody.\n'],
    ['CRLF line ends', '---\r\ntitle: A\r\n---\r\nBody.\r\n'],
  ])('%s', (_, source) => {
    const astro = parseFrontmatter(source, { frontmatter: 'remove' });
    expect(splitArticle(source)).toEqual({ rawFrontmatter: astro.rawFrontmatter, body: astro.content });
  });
});
