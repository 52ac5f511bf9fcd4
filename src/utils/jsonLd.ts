/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators escaped so no text can end the block. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A schema.org JSON-LD document for `data`, serialised for a `<script type="application/ld+json">`. */
export function jsonLdDocument(data: Record<string, unknown>): string {
  return serializeJsonLd({ '@context': 'https://schema.org', ...data });
}
