/** Reads RFC 4180 CSV as a spreadsheet would, with a well-kept parser: one record per row, by header. */
import { parse } from 'csv-parse/sync';

export const parseCsv = (text: string): Record<string, string>[] => parse(text, { columns: true, skip_empty_lines: false, relax_column_count: false });
