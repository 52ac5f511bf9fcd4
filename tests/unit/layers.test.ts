/**
 * The code's layers point one way (docs/architecture.md): schemas → content model (src/data) → pages
 * and components, with build integrations beside them; src/utils and src/settings.ts depend on
 * nothing of ours. A module two layers need belongs to the lower one. This test reads every import
 * in src/ and fails on an import against the direction, or on a cycle, naming both files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const SRC = path.join(ROOT, 'src');

/** What each layer may import from (besides itself and packages). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'settings.ts': [],
  // Type declarations for packages that ship none.
  types: [],
  utils: [],
  schemas: ['utils'],
  data: ['schemas', 'utils', 'settings.ts'],
  integrations: ['data', 'schemas', 'utils', 'settings.ts'],
  'content.config.ts': ['integrations', 'data', 'schemas', 'settings.ts'],
  editor: ['data', 'schemas', 'utils', 'settings.ts'],
  cli: ['editor', 'integrations', 'data', 'schemas', 'utils', 'settings.ts'],
  scripts: ['utils'],
  components: ['layouts', 'data', 'schemas', 'utils', 'scripts', 'styles'],
  layouts: ['components', 'data', 'utils', 'scripts', 'styles'],
  pages: ['components', 'layouts', 'data', 'schemas', 'utils', 'scripts'],
};

const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0] as string;

/** The src/ files a source file imports (static, re-exports, side effects and dynamic imports). */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(match[1] as string);
  return found;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

async function importGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles(SRC)) {
    const text = await readFile(file, 'utf8');
    graph.set(file, relativeImports(text).map((spec) => path.resolve(path.dirname(file), spec)));
  }
  return graph;
}

describe('relative imports are found', () => {
  it.each([
    ["import { a } from './a.ts';", ['./a.ts']],
    ["import type { B } from '../data/b.ts';", ['../data/b.ts']],
    ["export { c } from './c.ts';", ['./c.ts']],
    ["import './style.css';", ['./style.css']],
    ["const m = await import('../x.ts');", ['../x.ts']],
    ["import { z } from 'astro/zod';", []],
  ])('%s', (source, expected) => {
    expect(relativeImports(source)).toEqual(expected);
  });
});

describe('the layers of src/', () => {
  it('import only from the layers beneath them', async () => {
    const wrong: string[] = [];
    for (const [file, imports] of await importGraph()) {
      const from = layerOf(file);
      const allowed = MAY_IMPORT[from];
      if (!allowed) {
        wrong.push(`${path.relative(ROOT, file)} is in no known layer: add "${from}" to MAY_IMPORT with what it may import, and to docs/architecture.md`);
        continue;
      }
      for (const target of imports) {
        const to = layerOf(target);
        if (to === from || !target.startsWith(SRC) || allowed.includes(to)) continue;
        wrong.push(`${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}: ${from} may import only from ${allowed.join(', ') || 'nothing of ours'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have no import cycle', async () => {
    const graph = await importGraph();
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(trail.slice(trail.indexOf(file)).concat(file).map((f) => path.relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
