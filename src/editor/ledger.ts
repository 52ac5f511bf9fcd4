/** Statement ids among recorded addresses: ids once published are never proposed again. */

/** The statement ids among addresses (`/statements/<id>/`). */
export function statementIds(addresses: readonly string[]): string[] {
  return addresses.flatMap((address) => /^\/statements\/([^/]+)\/$/.exec(address)?.slice(1) ?? []);
}
