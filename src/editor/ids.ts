/**
 * Statement ids in the project's style, `<speaker-surname>-<few-key-words>` (e.g.
 * `ryabkov-common-sense-will-prevail`): the speaker's surname for a person, the whole id for a body or
 * state, then the first few words that carry meaning in what was said. An id is a permanent address,
 * so a proposed id never repeats one in the content, in the record of published addresses, or in the draft.
 */

const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each ' +
    'even ever every few for from further had has have having he her here hers herself him himself his how however i if in into is it its itself just me more most my no nor ' +
    'not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with would you your yours said says say told stated noted added stressed ' +
    'according recalled believes believe noted emphasized emphasised explained concluded reported announced pointed already still thus therefore well since may might must ' +
    'one two three us also within without upon onto toward towards around among whether either neither yet').split(' '),
);

/** The words of `text` worth putting in an id: lower case ASCII, without stop words or the speaker's own names. */
export function keyWords(text: string, exclude: Iterable<string> = []): string[] {
  const skip = new Set([...exclude].flatMap((value) => slugWords(value)));
  const words: string[] = [];
  for (const word of slugWords(text)) {
    if (word.length < 3 && !/\d/.test(word)) continue;
    if (STOP.has(word) || skip.has(word) || words.includes(word)) continue;
    words.push(word);
  }
  return words;
}

function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The part of an id that names the speaker: a person's surname, a body's or state's whole id. */
export function speakerPart(actorId: string, kind: 'person' | 'organisation' | 'state'): string {
  return kind === 'person' ? (actorId.split('-').at(-1) as string) : actorId;
}

/** A new id `<speaker>-<words>` that is not in `taken`; `-2`, `-3`… are added when it would be. The id is added to `taken`. */
export function proposeId(speaker: string, words: string[], taken: Set<string>, count = 4): string {
  const base = [speaker, ...words.slice(0, count)].join('-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'statement';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
