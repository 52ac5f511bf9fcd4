/**
 * Draws a preview card (src/data/previewCards.ts) as a 1200×630 PNG in the site's colours and type:
 * satori lays it out and turns the text into outlines (Source Serif 4 and Source Sans 3, from their
 * @fontsource packages, under the SIL Open Font License), resvg rasterises the SVG, sharp encodes the
 * PNG (at a third of the time resvg's own encoder takes, on 1,000 images).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { PreviewCard } from '../data/previewCards.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

/** Bumped whenever the drawing changes, so cached images are drawn again. */
export const RENDERER_VERSION = 'card-1';

const COLOURS = { bg: '#fdfcf9', fg: '#1d1d1b', muted: '#5c5a55', accent: '#1f4f7a', line: '#dcd8cf' };
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];

type Font = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const files = [
    ...SUBSETS.map((s) => ({ name: 'Serif', weight: 600 as const, file: `@fontsource/source-serif-4/files/source-serif-4-${s}-600-normal.woff` })),
    ...SUBSETS.flatMap((s) => ([400, 700] as const).map((weight) => ({ name: 'Sans', weight, file: `@fontsource/source-sans-3/files/source-sans-3-${s}-${weight}-normal.woff` }))),
  ];
  return Promise.all(files.map(async ({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: await readFile(require.resolve(file)) })));
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Long titles are set smaller, and cut after four lines with an ellipsis. */
const titleSize = (title: string) => (title.length <= 40 ? 76 : title.length <= 90 ? 62 : 52);

/** The card's inner box: the page less the accent rule at the top and the margins. */
const RULE = 14;
const INNER = { width: WIDTH - 2 * 80, height: HEIGHT - RULE - 52 - 44 };

export function cardTree(card: PreviewCard): Node {
  return h('div', { width: WIDTH, height: HEIGHT, display: 'flex', background: COLOURS.bg, color: COLOURS.fg, fontFamily: 'Sans', borderTop: `${RULE}px solid ${COLOURS.accent}` }, [
    h('div', { display: 'flex', flexDirection: 'column', width: INNER.width, height: INNER.height, marginLeft: 80, marginTop: 52 }, [
      h('div', { display: 'flex', fontSize: 26, fontWeight: 700, letterSpacing: 2, color: COLOURS.accent, textTransform: 'uppercase' }, card.label),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: INNER.width }, [
        h('div', { display: 'block', width: INNER.width, fontFamily: 'Serif', fontWeight: 600, fontSize: titleSize(card.title), lineHeight: 1.18, lineClamp: 4 }, card.title),
        ...(card.detail ? [h('div', { display: 'block', width: INNER.width, marginTop: 20, fontSize: 30, lineHeight: 1.35, color: COLOURS.muted, lineClamp: 2 }, card.detail)] : []),
      ]),
      h('div', { display: 'flex', width: INNER.width, justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `2px solid ${COLOURS.line}`, paddingTop: 22, fontSize: 28 }, [
        h('div', { display: 'block', color: COLOURS.muted, lineClamp: 1, maxWidth: 720 }, card.meta),
        h('div', { display: 'flex', fontWeight: 700 }, 'INF Treaty Statements'),
      ]),
    ]),
  ]);
}

export async function renderCard(card: PreviewCard): Promise<Buffer> {
  fonts ??= loadFonts();
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: await fonts });
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } }).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer();
}
