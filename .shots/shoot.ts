import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveSite } from '../tests/helpers/serve.ts';
const [outDir, ...paths] = process.argv.slice(2);
const site = await serveSite(outDir!);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
for (const p of paths) {
  const [url, hash] = p.split('#');
  await page.goto(`${site.url}${url!.replace(/^\//, '')}${hash ? `#${hash}` : ''}`);
  const name = `/tmp/c2/shot-${p.replace(/[^a-z0-9]+/gi, '-')}.png`;
  if (hash) await page.locator(`#${hash}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: name, fullPage: !hash });
  console.log(name);
}
await browser.close();
await site.close();
