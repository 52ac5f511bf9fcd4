/**
 * The dataset as a data package: data/datapackage.json describes every file of /data/, the real
 * site's JSON and CSV conform to their Table Schemas (types, required values, keys, foreign keys),
 * the CSV's header is the schema's fields in order, and the /data/ page documents every field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson, readText, type BuildResult } from '../helpers/build.ts';
import { parseCsv } from '../quality/lib/csv.ts';
import { checkTable, formatTableProblems, type TableSchema } from '../quality/lib/tableSchema.ts';

interface Resource { name: string; path: string; format: string; mediatype: string; profile: string; schema?: TableSchema; dialect?: Record<string, unknown> }
interface Package { profile: string; name: string; licenses: { name: string; path: string; title: string }[]; resources: Resource[]; created: string }

let build: BuildResult;
let pkg: Package;
const tables = new Map<string, Record<string, unknown>[]>();
beforeAll(async () => {
  build = await buildRealSite();
  if (build.code !== 0) throw new Error(`real content build failed:\n${build.output}`);
  pkg = await readJson<Package>(build.outDir, 'data/datapackage.json');
  for (const r of pkg.resources) {
    if (!r.schema) continue;
    const text = await readText(build.outDir, `data/${r.path}`);
    tables.set(r.name, r.format === 'csv' ? parseCsv(text) : (JSON.parse(text) as Record<string, unknown>[]));
  }
});

const resource = (name: string) => {
  const found = pkg.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};

describe('data/datapackage.json', () => {
  it('is a tabular data package naming its licences and describing every file of /data/', async () => {
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: expect.stringMatching(/^[a-z0-9._-]+$/) });
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0', 'MIT']);
    expect(Number.isNaN(Date.parse(pkg.created))).toBe(false);
    const dataFiles = (await import('node:fs/promises').then((fs) => fs.readdir(path.join(build.outDir, 'data')))).filter((f) => f !== 'index.html' && f !== 'datapackage.json');
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(dataFiles.sort());
    for (const r of pkg.resources) {
      expect(r.name, r.path).toMatch(/^[a-z0-9._-]+$/);
      expect(r.profile, r.path).toBe(r.schema ? 'tabular-data-resource' : 'data-resource');
    }
  });

  it('gives statements.csv a Table Schema with types, required fields, a primary key and foreign keys to actors, articles, outlets, events and the actor a statement is known through', async () => {
    const csv = resource('statements-csv');
    expect(csv.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\r\n', header: true });
    expect(csv.schema?.primaryKey).toBe('id');
    expect(csv.schema?.foreignKeys?.map((k) => [k.fields, k.reference.resource])).toEqual([['speaker_id', 'actors'], ['article_id', 'articles'], ['article_outlet', 'outlets'], ['event', 'events'], ['via_id', 'actors']]);
    expect(csv.schema?.fields.find((f) => f.name === 'kind')?.constraints).toEqual({ required: true, enum: ['direct', 'indirect', 'paraphrase'] });
    const header = (await readText(build.outDir, 'data/statements.csv')).split('\r\n')[0]?.split(',');
    expect(header).toEqual(csv.schema?.fields.map((f) => f.name));
  });

  it.each(['statements', 'statements-csv', 'actors', 'articles', 'outlets', 'events', 'topics'])('%s conforms to its Table Schema', (name) => {
    const r = resource(name);
    const rows = tables.get(name) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(formatTableProblems(checkTable(name, r.schema as TableSchema, rows, tables, r.format === 'csv'))).toBe('');
  });

  it.each([
    ['a speaker that is not an actor', 'statements-csv', (row: Record<string, unknown>) => ({ ...row, speaker_id: 'nobody-at-all' }), /statements-csv, record 1, speaker_id: "nobody-at-all" is not an id in actors/],
    ['a kind outside the list', 'statements-csv', (row: Record<string, unknown>) => ({ ...row, kind: 'rumour' }), /kind: should be one of direct, indirect, paraphrase, is "rumour"/],
    ['a date written another way', 'statements', (row: Record<string, unknown>) => ({ ...row, said: '25/01/2019' }), /said: does not match/],
    ['a count that is not a whole number', 'actors', (row: Record<string, unknown>) => ({ ...row, statementCount: '3' }), /statementCount: should be of type integer, is "3"/],
    ['a field the schema does not describe', 'topics', (row: Record<string, unknown>) => ({ ...row, colour: 'red' }), /colour: is not in the schema: describe it in src\/data\/datasetSchema.ts/],
    ['a required value left empty', 'statements-csv', (row: Record<string, unknown>) => ({ ...row, quote: '' }), /quote: is required but has no value/],
  ])('reports %s, naming the file, the record and the field', (_, name, plant, expected) => {
    const r = resource(name);
    const rows = [...(tables.get(name) ?? [])];
    rows[0] = plant(rows[0] ?? {});
    expect(formatTableProblems(checkTable(name, r.schema as TableSchema, rows, tables, r.format === 'csv'))).toMatch(expected);
  });

  it('reports an id used twice as a broken primary key', () => {
    const rows = [...(tables.get('actors') ?? [])];
    rows.push({ ...rows[0] });
    expect(formatTableProblems(checkTable('actors', resource('actors').schema as TableSchema, rows, tables, false))).toMatch(/actors, record \d+, id: repeats "[^"]+" of record 1: it must be unique/);
  });
});

describe('the /data/ page', () => {
  it('documents every file and every field with its type, the counts, the build date and the licences', async () => {
    const html = await readFile(path.join(build.outDir, 'data/index.html'), 'utf8');
    for (const r of pkg.resources) {
      expect(html, r.path).toContain(`href="/data/${r.path}"`);
      for (const field of r.schema?.fields ?? []) expect(html, `${r.path}: ${field.name}`).toContain(`<code>${field.name}</code>`);
    }
    const statements = tables.get('statements')?.length ?? 0;
    expect(html).toContain(`Statements: ${statements} records.`);
    expect(html).toContain(`<time datetime="${pkg.created}">${pkg.created.slice(0, 10)}</time>`);
    expect(html).toContain('Creative Commons Attribution 4.0 International');
    expect(html).toMatch(/remain the property of their publishers/);
    expect(html).toContain('href="/data/datapackage.json"');
  });
});
