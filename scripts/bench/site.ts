/** Where the benchmarks work, and the private copy of the site's code they build from. */
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../../tests/helpers/paths.ts';

export const BENCH = path.join(ROOT, '.bench');

/**
 * A private copy of the site's code to build from. Astro keeps generated state in `<root>/.astro/`
 * (the list of MDX modules to compile among it), and a build in the work tree at the same time (a
 * test's) rewrites it: a ten-minute build would compile another content folder's articles. The
 * tests' build lock would keep them out, but would also make them wait past their time-outs.
 */
export async function copySite(): Promise<string> {
  const site = path.join(BENCH, 'site');
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  return site;
}

