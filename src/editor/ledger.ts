/**
 * The permanent addresses ever published, as recorded for the permalink check. Statement ids found
 * there may never be given again, even when the statement has since gone from the content. The record
 * is `addresses.txt` in the content folder (one address per line) where it exists, else the older
 * `tests/quality/permalinks.json` (a JSON list).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OLD_LEDGER = fileURLToPath(new URL('../../tests/quality/permalinks.json', import.meta.url));

/** The addresses recorded for the content folder `contentRoot`, or none when there is no record. */
export async function recordedAddresses(contentRoot: string): Promise<string[]> {
  const text = await readFile(path.join(contentRoot, 'addresses.txt'), 'utf8').catch(() => null);
  if (text !== null) return text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const json = await readFile(OLD_LEDGER, 'utf8').catch(() => null);
  return json === null ? [] : (JSON.parse(json) as string[]);
}

/** The statement ids among recorded addresses (`/statements/<id>/`). */
export function statementIds(addresses: readonly string[]): string[] {
  return addresses.flatMap((address) => /^\/statements\/([^/]+)\/$/.exec(address)?.slice(1) ?? []);
}
