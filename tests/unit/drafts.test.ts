/** Drafts: checked like any entry, never published, and reported with what an editor still has to review. */
import { beforeAll, describe, expect, it } from 'vitest';
import { draftsToReview, publishedContent } from '../../src/data/drafts.ts';
import { checkIntegrity, type ContentEntries } from '../../src/data/integrity.ts';
import { fixtureContent } from '../helpers/content.ts';

const DRAFT = '2020-11-02-wire-expert-reaction';
let clean: ContentEntries;
beforeAll(async () => {
  clean = await fixtureContent();
});
const copy = (): ContentEntries => structuredClone(clean);

describe('drafts', () => {
  it('a draft article naming a draft actor passes the integrity check', () => {
    expect(clean.articles.find((a) => a.id === DRAFT)?.data.draft).toBe(true);
    expect(checkIntegrity(clean)).toEqual([]);
  });

  it('are left out of the published content, and nothing else is', () => {
    const published = publishedContent(clean);
    expect(published.articles.map((a) => a.id)).toEqual(clean.articles.map((a) => a.id).filter((id) => id !== DRAFT));
    expect(published.actors.map((a) => a.id)).not.toContain('sergei-sudakov');
    expect(published.actors).toHaveLength(clean.actors.length - 1);
    expect(published.events).toBe(clean.events);
  });

  it('are listed with the number of statements and the new actors to review', () => {
    const reviews = draftsToReview(clean);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ file: expect.stringMatching(new RegExp(`${DRAFT}\\.mdx$`)), field: 'draft' });
    expect(reviews[0]!.problem).toMatch(/^2 proposed statements to review; new actor Sergei Sudakov \(.*actors\/sergei-sudakov\.yaml\) to review$/);
    expect(reviews[0]!.fix).toMatch(/remove `draft: true`/);
  });

  it('lists a draft actor that no draft article names on its own', () => {
    const content = copy();
    content.articles = content.articles.filter((a) => a.id !== DRAFT);
    expect(draftsToReview(content)).toEqual([expect.objectContaining({ file: expect.stringMatching(/sergei-sudakov\.yaml$/), problem: 'new actor Sergei Sudakov to review' })]);
  });

  it.each<[string, (c: ContentEntries) => void, string | RegExp, string]>([
    ['a published article naming a draft actor', (c) => { c.articles[0]!.data.speakers.push('sergei-sudakov'); }, /^speakers\[\d+\]$/, 'sergei-sudakov.yaml'],
    ['a published statement answering a draft statement', (c) => { c.articles[0]!.data.claims[0]!.respondsTo = ['putin-offer-stands']; }, 'claims[0].respondsTo[0]', `the draft article`],
    ['a published actor affiliated to a draft actor', (c) => { c.actors[0]!.data.affiliation = 'sergei-sudakov'; }, 'affiliation', 'sergei-sudakov.yaml'],
    ['an event naming a draft article', (c) => { c.events[0]!.data.articles.push(DRAFT); }, 'articles[1]', `${DRAFT}.mdx`],
    ['an event naming a draft actor', (c) => { c.events[0]!.data.actors.push('sergei-sudakov'); }, /^actors\[\d+\]$/, 'sergei-sudakov.yaml'],
  ])('refuses %s, telling the editor to review the draft', (_, plant, field, where) => {
    const content = copy();
    plant(content);
    const problems = checkIntegrity(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: typeof field === 'string' ? field : expect.stringMatching(field), problem: expect.stringMatching(/which is a draft and so is not published/) });
    expect(problems[0]!.fix).toContain(where);
    expect(problems[0]!.fix).toMatch(/remove its `draft: true`/);
  });
});
