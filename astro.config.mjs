// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { articleMarkdown } from './src/integrations/articleMarkdown.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { contentCheckIntegration } from './src/integrations/contentCheck.ts';
import { settings } from './src/settings.ts';
import { citationFilesIntegration } from './src/integrations/citationFiles.ts';
import { citationWarmupIntegration } from './src/integrations/citationWarmup.ts';
import { previewImagesIntegration } from './src/integrations/previewImages.ts';
import { sitemapFilter } from './src/data/sitemap.ts';
import { readRedirects } from './src/data/redirects.ts';

// Every setting from the environment (KB_BASE, KB_SITE, KB_OUT_DIR, KB_CACHE_DIR…) is read in
// src/settings.ts.
const { base, site, outDir, cacheDir } = settings;
// Each statement's and article's cite.json, cite.bib and cite.ris, from the build's data/*.csl.json,
// written while Pagefind indexes: started before its integration, awaited after it.
const citationFiles = citationFilesIntegration();
// Moved addresses are pages that send readers on; the sitemap lists their new addresses only.
const moved = Object.keys((await readRedirects(settings.content)).data);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro's compression drops the space between inline elements written on separate lines
  // ("Post),January"); gzip removes the indentation cost anyway.
  compressHTML: false,
  outDir,
  // Builds of different content folders (tests, the benchmark) keep separate content caches.
  cacheDir,
  // concurrency: pages render while earlier ones are written to disk; at 1,000 articles the render
  // phase spent a fifth of its time waiting on file writes (npm run bench; see the README). Measured
  // again with 1, 2, 4 and 8 (paired runs on the two-core machine): 1 and 2 were slower, 8 no faster.
  // inlineStylesheets and assetsInlineLimit: scripts and styles stay files, never inlined, because
  // the Content-Security-Policy (pages' meta tag and public/_headers) allows nothing inline.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server must not watch build output and benchmark corpora (a 10,000-article run leaves
    // over 100,000 files in .bench/, beyond the system's limit on file watchers).
    server: { watch: { ignored: ['**/.bench/**', '**/tests/.tmp/**', '**/dist/**'] } },
  },
  // No `redirects`: moved addresses (content/redirects.yaml) are pages of src/pages/[...moved].astro.
  // No `security.csp`: the Content-Security-Policy is a fixed <meta> in src/layouts/Base.astro
  // (CONTENT_SECURITY_POLICY in src/utils/site.ts). Astro's CSP support hashed its own island and
  // client-directive scripts into every page, none of which this site uses, at ~7% of a statement
  // page's render cost; the fixed policy allows no hash, so it is stricter, and is the same for every page.
  // The published text must stay as printed: smartypants would rewrite its quotes and dashes.
  markdown: {
    // Articles are prose; Shiki's code highlighting writes inline styles, which the CSP would block.
    syntaxHighlight: false,
    // remark-gfm, rehypeClaimAnchors and no smartypants. The plugins are listed in
    // src/integrations/articleMarkdown.ts, where the article loader's worker threads import them too.
    processor: unified(articleMarkdown),
  },
  integrations: [
    contentCheckIntegration(),
    // Link-preview images, drawn on a worker thread from the start of the build and cached between builds.
    previewImagesIntegration(),
    // APA, Chicago and MLA for every statement and article, formatted into the cache on a worker thread from the start.
    citationWarmupIntegration(),
    // Only these pages are indexed (`indexed` on their layout); statements are found inside their articles.
    citationFiles.start,
    pagefindIntegration({ glob: '{articles,actors,events,topics,outlets}/*/index.html' }),
    citationFiles.finish,
    // sitemap-index.xml and sitemap-0.xml…: every public page (src/data/sitemap.ts), named in robots.txt.
    sitemap({ filter: sitemapFilter(base, moved) }),
  ],
  devToolbar: { enabled: false },
});
