/**
 * Serves a built site on 127.0.0.1 at a free port, under its base path, for browser tests.
 * The 404 page is served for unknown paths, as static hosts do.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { buildRealSite } from './build.ts';
import { launchBrowser } from './browser.ts';

export interface RunningSite {
  origin: string;
  /** The site's root URL, including its base. */
  url: string;
  close: () => Promise<void>;
}

/** With `gzip`, serves the `.gz` copy of a file when there is one and the browser accepts it, as static hosts do. */
export async function serveSite(outDir: string, base = '/', options: { gzip?: boolean } = {}): Promise<RunningSite> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const files = sirv(outDir, { dev: true, etag: false, gzip: options.gzip ?? false });
  const notFound = await readFile(path.join(outDir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (prefix && !url.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    req.url = url.slice(prefix.length) || '/';
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}${prefix}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The real site built, served and opened in Chromium, for a browser test file; `close` stops both. */
export async function openRealSite(): Promise<{ site: RunningSite; browser: Browser; close: () => Promise<void> }> {
  const build = await buildRealSite();
  const site = await serveSite(build.outDir);
  const browser = await launchBrowser();
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}
