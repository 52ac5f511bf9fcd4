/** The parts of Citation.js this site uses; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { template: string; format?: 'text' | 'html'; lang?: string; asEntryArray?: boolean }): string | [string, string][];
    format(format: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string | Record<string, unknown>[];
    static async(data: unknown): Promise<Cite>;
  }
  /** A citeproc-js engine, as Citation.js's CSL plugin prepares it. */
  export interface CiteprocEngine {
    sys: { retrieveItem: (id: string) => unknown };
    updateItems(ids: string[], nosort?: boolean): string[];
    makeBibliography(): [Record<string, unknown>, string[]];
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string };
        engine(data: unknown[], style: string, lang: string, format: 'html' | 'text'): CiteprocEngine;
      };
      get(name: string): unknown;
    };
    input: unknown;
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string> | undefined;
}
