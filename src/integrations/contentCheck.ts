/**
 * Reads the content folder with the project's schemas before Astro's loaders do, so a build with
 * malformed YAML, a wrong type, an unknown field or a misplaced file stops with every such problem at
 * once, each naming the file, the field and the fix — the report `npm run check:content` prints.
 * Astro's own errors stop at the first broken entry, print an unknown field as "****" and give
 * malformed frontmatter as a bare parser message. The rules across entries (references, quotes,
 * dates, and the published addresses) are checked afterwards by src/data/kb.ts, with the same report.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readContentFolder } from '../data/contentFolder.ts';
import { settings } from '../settings.ts';
import { readAddressFiles } from '../data/ledger.ts';
import { formatProblems } from '../data/integrity.ts';

export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'inf-kb:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        // Schemas and bodies; the quotes are checked by the build itself (src/data/kb.ts), with the passages it stores.
        const [{ problems }, addressFiles] = await Promise.all([readContentFolder(settings.content, { passages: false }), readAddressFiles(settings.content)]);
        problems.push(...addressFiles.problems);
        if (problems.length > 0) throw new AstroError(formatProblems(problems), 'Run `npm run check:content` to check the content again without building.');
      },
    },
  };
}
