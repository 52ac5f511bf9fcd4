/**
 * Addresses that moved or were withdrawn, read from the content folder's root:
 * - `redirects.yaml`: old address → new address, both without the base (`/statements/old-id/: /statements/new-id/`).
 *   When an id has to change (a misspelt actor id, a merged statement), the old address is added here
 *   instead of letting it break: the build writes a page at the old address that sends readers and
 *   search engines on (src/pages/[...moved].astro: meta refresh, `<link rel="canonical">` to the new
 *   address, `noindex`). An entry is removed only if its page comes back.
 * - `withdrawn.yaml`: statements taken down because they were wrong; each address keeps a notice
 *   (src/components/WithdrawnStatement.astro).
 * Both are checked against the content by src/data/addresses.ts; an absent file is an empty one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ADDRESS_FILES, redirectsSchema, withdrawalsSchema, type Redirects, type Withdrawal } from '../schemas/addresses.ts';
import type { Problem } from './integrity.ts';
import { readYamlOrProblem, schemaProblems, shown } from './contentFolder.ts';

/** A file's text, or undefined when there is none. */
export const readOptional = (file: string) => readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));

async function readYamlFile<T extends z.ZodType>(root: string, name: string, schema: T, empty: z.output<T>): Promise<{ data: z.output<T>; problems: Problem[] }> {
  const full = path.join(root, name);
  const text = await readOptional(full);
  if (text === undefined) return { data: empty, problems: [] };
  const read = readYamlOrProblem(text, full);
  if ('problem' in read) return { data: empty, problems: [read.problem] };
  // A file of comments alone is empty.
  const result = schema.safeParse(read.data ?? empty);
  return result.success ? { data: result.data, problems: [] } : { data: empty, problems: schemaProblems(shown(full), result.error) };
}

/** `redirects.yaml` of the content folder `root`, checked against its schema. */
export const readRedirects = (root: string) => readYamlFile(root, ADDRESS_FILES.redirects, redirectsSchema, {} as Redirects);

/** `withdrawn.yaml` of the content folder `root`, checked against its schema. */
export const readWithdrawals = (root: string) => readYamlFile(root, ADDRESS_FILES.withdrawn, withdrawalsSchema, [] as Withdrawal[]);
