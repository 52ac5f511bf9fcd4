/**
 * Preview images: one 1200×630 PNG per article, actor, event and topic and one for the home page, drawn
 * once and then taken from the cache until what the card shows changes.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { previewCards } from '../../src/data/previewCards.ts';
import { drawPreviewImages } from '../../src/integrations/previewImages.ts';
import { copyFixture, editFixture } from '../helpers/build.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';

const pngSize = (bytes: Buffer) => (bytes.subarray(1, 4).toString() === 'PNG' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined);

describe('preview images', () => {
  it('say what each page is: the kind, the title or name, and a line of facts', async () => {
    const { content } = await readContentFolder(path.join(FIXTURES, 'basic'), { passages: false });
    const cards = new Map(previewCards(content).map(({ file, card }) => [file, card]));
    expect([...cards.keys()].sort()).toEqual([
      'og/actors/mike-pompeo.png', 'og/actors/russia.png', 'og/actors/russian-foreign-ministry.png', 'og/actors/united-states.png', 'og/actors/vladimir-putin.png',
      'og/articles/2019-02-01-wire-suspension.png', 'og/articles/2020-10-26-translated-proposal.png',
      'og/events/us-suspension.png', 'og/home.png', 'og/topics/treaty-compliance.png',
    ]);
    expect(cards.get('og/articles/2020-10-26-translated-proposal.png')).toMatchObject({ label: 'Article', meta: expect.stringMatching(/^Wire Service \(from State TV\) · /) });
    // The home page's facts count what is published: drafts left out.
    const published = content.articles.filter((a) => !a.data.draft);
    const statements = published.reduce((n, a) => n + a.data.claims.length, 0);
    expect(cards.get('og/home.png')?.meta).toBe(`${published.length} articles · ${statements} statements · ${content.actors.filter((a) => !a.data.draft).length} actors`);
    // No image for a draft.
    expect([...cards.keys()].filter((file) => content.articles.some((a) => a.data.draft && file.includes(a.id)))).toEqual([]);
  });

  it('are drawn once as 1200×630 PNGs, then read from the cache until a card changes', async () => {
    const content = await copyFixture(path.join(FIXTURES, 'basic'));
    const cacheDir = path.join(TMP, 'cache', `preview-unit-${process.pid}`);
    await rm(cacheDir, { recursive: true, force: true });
    const first = await drawPreviewImages({ root: content, cacheDir });
    expect(first.images).toHaveLength(10);
    expect(first.drawn).toBe(10);
    for (const { png } of first.images) expect(pngSize(await readFile(png))).toEqual({ width: 1200, height: 630 });
    const again = await drawPreviewImages({ root: content, cacheDir });
    expect(again.drawn).toBe(0);
    expect(again.images).toEqual(first.images);
    await editFixture(content, 'topics/treaty-compliance.yaml', 'name: ', 'name: Renamed ');
    const changed = await drawPreviewImages({ root: content, cacheDir });
    expect(changed.drawn).toBe(1);
  });
});
