/**
 * Checks a data package's tables against their Table Schemas (https://specs.frictionlessdata.io/table-schema/),
 * as far as this dataset uses them: field names, required values, types, URI format, enums, patterns,
 * unique and primary keys, and foreign keys into the package's other tables. There is no maintained
 * Frictionless validator for JavaScript; this is driven by the descriptor alone, so a field added to
 * the files but not to src/data/datasetSchema.ts (or the reverse) is reported.
 */
export interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
export interface TableSchema {
  fields: SchemaField[];
  missingValues?: string[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}
export interface TableProblem {
  resource: string;
  /** 1 for the first record (the first row after a CSV's header). */
  row: number;
  field: string;
  problem: string;
}

type Row = Record<string, unknown>;

const TYPES: Record<string, (value: unknown, csv: boolean) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v, csv) => (csv ? typeof v === 'string' && /^-?\d+$/.test(v) : Number.isInteger(v)),
  number: (v, csv) => (csv ? typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) : typeof v === 'number'),
  boolean: (v, csv) => (csv ? v === 'true' || v === 'false' : typeof v === 'boolean'),
  array: (v) => Array.isArray(v),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
};

const isUri = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * Every problem in `rows` of the resource `name` under `schema`; `tables` holds every resource's rows
 * by name, for the foreign keys. `csv` says the values are CSV text (missing values are then strings).
 */
export function checkTable(name: string, schema: TableSchema, rows: Row[], tables: ReadonlyMap<string, Row[]>, csv: boolean): TableProblem[] {
  const problems: TableProblem[] = [];
  const report = (row: number, field: string, problem: string) => problems.push({ resource: name, row, field, problem });
  const missing = new Set(schema.missingValues ?? []);
  const isMissing = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && missing.has(v));
  const names = schema.fields.map((f) => f.name);
  const seen = new Map<string, Map<unknown, number>>();
  rows.forEach((record, index) => {
    const row = index + 1;
    for (const key of Object.keys(record)) if (!names.includes(key)) report(row, key, 'is not in the schema: describe it in src/data/datasetSchema.ts');
    for (const field of schema.fields) {
      if (!(field.name in record)) {
        report(row, field.name, 'is missing from the record (write null for no value)');
        continue;
      }
      const value = record[field.name];
      const c = field.constraints ?? {};
      if (isMissing(value)) {
        if (c.required || schema.primaryKey === field.name) report(row, field.name, 'is required but has no value');
        continue;
      }
      const check = TYPES[field.type];
      if (!check) report(row, field.name, `has a type the checker does not know: ${field.type}`);
      else if (!check(value, csv)) report(row, field.name, `should be of type ${field.type}, is ${JSON.stringify(value)}`);
      if (typeof value !== 'string') continue;
      if (field.format === 'uri' && !isUri(value)) report(row, field.name, `should be an http(s) address, is ${JSON.stringify(value)}`);
      if (c.enum && !c.enum.includes(value)) report(row, field.name, `should be one of ${c.enum.join(', ')}, is ${JSON.stringify(value)}`);
      if (c.pattern && !new RegExp(c.pattern, 'u').test(value)) report(row, field.name, `does not match ${c.pattern}: ${JSON.stringify(value)}`);
      if (c.unique || schema.primaryKey === field.name) {
        const values = seen.get(field.name) ?? new Map<unknown, number>();
        const first = values.get(value);
        if (first !== undefined) report(row, field.name, `repeats ${JSON.stringify(value)} of record ${first}: it must be unique`);
        else values.set(value, row);
        seen.set(field.name, values);
      }
    }
  });
  for (const key of schema.foreignKeys ?? []) {
    const target = tables.get(key.reference.resource);
    if (!target) {
      report(0, key.fields, `refers to a resource "${key.reference.resource}" that is not in the package`);
      continue;
    }
    const known = new Set(target.map((r) => r[key.reference.fields]));
    rows.forEach((record, index) => {
      const value = record[key.fields];
      if (!isMissing(value) && !known.has(value)) report(index + 1, key.fields, `${JSON.stringify(value)} is not an ${key.reference.fields} in ${key.reference.resource}`);
    });
  }
  return problems;
}

export const formatTableProblems = (problems: TableProblem[]) => problems.map((p) => `${p.resource}, record ${p.row}, ${p.field}: ${p.problem}`).join('\n');
