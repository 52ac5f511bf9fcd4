/**
 * `npm run screenshots`: a picture of every page type of the real site, on a phone (390×844) and a
 * desktop (1280×800), in the light and the dark colour scheme, written to
 * docs/screenshots/<type>-<phone|desktop>-<light|dark>.png, so a reviewer sees the site without building
 * it. Builds the site into dist/ first (`-- --no-build` uses the dist/ there is), serves it on 127.0.0.1,
 * and shoots the first screen of each page (the viewport, not the whole page, to keep the files small).
 * A page type whose address is not found in this build (a section not built yet) is skipped and named.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanEnv, runCommand, withLock } from '../tests/helpers/build.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { ROOT } from '../tests/helpers/paths.ts';
import { serveSite } from '../tests/helpers/serve.ts';

const dist = path.join(ROOT, 'dist');
const out = path.join(ROOT, 'docs/screenshots');
const DEVICES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const SCHEMES = ['light', 'dark'] as const;

if (!process.argv.includes('--no-build')) {
  console.log('building the real content into dist/…');
  const build = await withLock(() => runCommand(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { env: { ...cleanEnv(), KB_CONTENT: path.join(ROOT, 'content'), KB_OUT_DIR: dist } }));
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
}
await stat(path.join(dist, 'index.html')).catch(() => {
  throw new Error('dist/ holds no built site: run `npm run screenshots` without --no-build, or `npm run build` first.');
});

// One statement with a topic and an event gives a page of every kind that hangs off a statement.
const statements = JSON.parse(await readFile(path.join(dist, 'data/statements.json'), 'utf8')) as { url: string; said: string; speaker: { id: string }; topics: string[]; event: string | null; article: { id: string; outlet: string } }[];
const s = statements.find((x) => x.topics.length > 0 && x.event !== null) ?? statements[0];
if (!s) throw new Error('the built site has no statement');
const local = (url: string) => url.replace(/^\//, '');
// One pair of actors' exchanges: the first in the build.
const pair = (await readdir(path.join(dist, 'exchanges'), { withFileTypes: true }).catch(() => [])).find((d) => d.isDirectory())?.name;
const PAGES: [type: string, address: string][] = [
  ['home', ''],
  ['timeline', 'timeline/'],
  ['year', `timeline/${s.said.slice(0, 4)}/`],
  ['article', `articles/${s.article.id}/`],
  ['statement', local(s.url)],
  ['actor', `actors/${s.speaker.id}/`],
  ['outlet', `outlets/${s.article.outlet}/`],
  ['topic', `topics/${s.topics[0]}/`],
  ['event', `events/${s.event}/`],
  ['exchanges', 'exchanges/'],
  ...(pair ? [['exchange-pair', `exchanges/${pair}/`] as [string, string]] : []),
  ['search', 'search/?q=moratorium'],
  ['data', 'data/'],
];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const site = await serveSite(dist);
const browser = await launchBrowser();
const skipped: string[] = [];
let written = 0;
try {
  for (const [type, address] of PAGES) {
    const status = (await fetch(`${site.url}${address}`)).status;
    if (status !== 200) {
      skipped.push(`${type} (/${address} answers ${status})`);
      continue;
    }
    for (const [device, viewport] of Object.entries(DEVICES)) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${site.url}${address}`, { waitUntil: 'networkidle' });
        if (type === 'search') await page.locator('.search-result').first().waitFor();
        await page.screenshot({ path: path.join(out, `${type}-${device}-${scheme}.png`) });
        await context.close();
        written++;
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`${written} screenshots in ${path.relative(ROOT, out)}/${skipped.length ? `; skipped, not in this build: ${skipped.join(', ')}` : ''}`);
