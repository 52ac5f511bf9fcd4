// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeClaimAnchors } from './src/integrations/rehypeClaimAnchors.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// KB_BASE serves the site under a sub-path (e.g. /inf-kb/ on GitHub Pages); KB_SITE is the public
// origin used in permanent links and citations. Both are read once, here.
const base = process.env.KB_BASE ?? '/';
const site = process.env.KB_SITE ?? 'https://inf-treaty-kb.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // Builds of different content folders (tests, the benchmark) keep separate content caches.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // The published text must stay as printed: smartypants would rewrite its quotes and dashes.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeClaimAnchors],
      smartypants: false,
    }),
  },
  integrations: [mdx(), pagefindIntegration()],
  devToolbar: { enabled: false },
});
