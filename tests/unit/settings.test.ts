/** The environment is read in one place (src/settings.ts): what each variable sets, and the defaults. */
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/settings.ts';

describe('settings from the environment', () => {
  const read = (env: Record<string, string>) => readSettings(env, '/project', 4);
  it.each([
    ['nothing set: the project folders and the public origin', {}, { content: '/project/content', base: '/', site: 'https://inf-treaty-kb.org', outDir: '/project/dist', cacheDir: '/project/node_modules/.astro', articleWorkers: 4, previewImages: true }],
    ['another content folder, relative to the project', { KB_CONTENT: 'tests/fixtures/basic' }, { content: '/project/tests/fixtures/basic' }],
    ['an absolute output and cache folder', { KB_OUT_DIR: '/tmp/out', KB_CACHE_DIR: '/tmp/cache' }, { outDir: '/tmp/out', cacheDir: '/tmp/cache' }],
    ['a base written without its slashes', { KB_BASE: 'inf-kb' }, { base: '/inf-kb/' }],
    ['a base written with them', { KB_BASE: '/inf-kb/' }, { base: '/inf-kb/' }],
    ['an origin with a trailing slash', { KB_SITE: 'https://example.org/' }, { site: 'https://example.org' }],
    ['render articles on the main thread', { KB_ARTICLE_WORKERS: '0' }, { articleWorkers: 0 }],
    ['no link-preview images, to measure what they cost', { KB_PREVIEW_IMAGES: 'off' }, { previewImages: false }],
    ['preview images with any other value', { KB_PREVIEW_IMAGES: 'on' }, { previewImages: true }],
    ['a worker count that is no number falls back to the cores', { KB_ARTICLE_WORKERS: 'many' }, { articleWorkers: 4 }],
  ])('%s', (_, env, expected) => {
    expect(read(env)).toMatchObject(expected);
  });

  it('never asks for more than 8 workers, however many cores', () => {
    expect(readSettings({}, '/', 64).articleWorkers).toBe(8);
  });
});
