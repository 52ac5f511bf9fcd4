/**
 * The search page: Pagefind's JavaScript API behind the page's own form, so the field is labelled,
 * every filter is a plain <select>, and the state lives in the address. Pagefind itself (its script,
 * WebAssembly and index) is loaded when the reader starts a search: the first key typed in the field,
 * a filter chosen, or an address that carries a query. Loading starts before the query is complete,
 * so a typed first search waits only for its own index chunk and results.
 */
import { readSearchState, SEARCH_FILTERS, SORTS, writeSearchState, type SearchState } from '../utils/searchState.ts';
import { resultsFor, nextBatch, resultSummary, statementPagesFirst, type PageResult, type PagefindData, type ResultItem, type ResultOptions, type StatementResult } from '../utils/searchResults.ts';
import { makeUrls } from '../utils/urls.ts';
import { pagefindFetch } from './pagefindFetch.ts';

interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pages whose details are fetched at once: each costs a fragment download (an article's is ~4 kB) on a
 * first search, and an article usually gives several results (its matching statements).
 */
const PAGE_SIZE = 5;
/** Index chunks are fetched as the reader types once the word being typed has this many letters. */
const PRELOAD_MIN_LETTERS = 3;
/** A batch can give no result (say, articles whose matches are not in the speaker's statements): fetch on, up to this many pages. */
const MAX_PAGES_PER_STEP = 40;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    if (pagefind) return pagefind;
    const bundle = new URL(form.dataset['bundle'] ?? '/pagefind/pagefind.js', location.href);
    // Pagefind's data files are inflated by the browser, not by pagefind.js (see pagefindFetch.ts).
    window.fetch = pagefindFetch(window.fetch.bind(window), new URL('./', bundle).href);
    pagefind = import(/* @vite-ignore */ bundle.href).then(async (module: Pagefind) => {
      // No worker: one script and one round trip fewer on a first search, and a search is quick enough on the main thread.
      await module.options({ baseUrl: form.dataset['base'] ?? '/', excerptLength: 28, noWorker: true });
      // Start fetching Pagefind's entry, metadata and WebAssembly now, not when the query is complete.
      void module.init();
      return module;
    });
    // Pagefind splits the query with Intl.Segmenter, and the browser's first Segmenter costs 30–80 ms
    // (it loads its break rules): make it while Pagefind's files are on their way.
    setTimeout(() => void new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'grapheme' }), 0);
    return pagefind;
  };

  const stateFromForm = (): SearchState => {
    const data = new FormData(form);
    return readSearchState(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])).toString());
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const select of selects) {
      const key = select.dataset['filter'];
      const wanted = key ? state.filters[key] ?? '' : state.sort;
      if (wanted && ![...select.options].some((o) => o.value === wanted)) select.add(new Option(wanted, wanted));
      select.value = wanted;
    }
  };

  const urls = makeUrls(form.dataset['base'] ?? '/');

  let generation = 0;
  let pending: PagefindResult[] = [];
  /** How many of the pending pages, at their head, may give statements. */
  let statementPages = 0;
  /** Results shown, and other results held back until no page that may give statements is left. */
  let shownItems: ResultItem[] = [];
  let held: ResultItem[] = [];
  let described = '';
  let options: ResultOptions = { statementUrl: urls.statement };

  const show = (items: ResultItem[]) => {
    for (const item of items) list.append(resultItem(item));
    shownItems = [...shownItems, ...items];
  };

  /** Shows the results of the next PAGE_SIZE pages that give any (or of all that are left); returns how many it showed. */
  const showMore = async (): Promise<number> => {
    const mine = generation;
    let shown = 0;
    let fetched = 0;
    while (pending.length > 0 && shown === 0 && fetched < MAX_PAGES_PER_STEP) {
      const next = pending.slice(0, PAGE_SIZE);
      pending = pending.slice(PAGE_SIZE);
      statementPages = Math.max(0, statementPages - next.length);
      fetched += next.length;
      const pages = await Promise.all(next.map((r) => r.data()));
      if (mine !== generation) return shown;
      // Once no page that may give statements is left, what was held back is shown too.
      const batch = nextBatch(pages.flatMap((data) => resultsFor(data, options)), held, statementPages > 0);
      held = batch.hold;
      show(batch.show);
      shown += batch.show.length;
    }
    more.hidden = pending.length === 0;
    status.textContent = resultSummary(shownItems, described, pending.length > 0);
    return shown;
  };

  const run = async () => {
    const state = stateFromForm();
    const mine = ++generation;
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    list.replaceChildren();
    more.hidden = true;
    shownItems = [];
    held = [];
    const filtered = Object.keys(state.filters).length > 0;
    if (!state.q && !filtered) {
      status.textContent = 'Type a word, a name in any spelling, or a phrase.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pf = await load();
      const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [v]]));
      const sort = SORTS[state.sort].pagefind;
      const search = (extra: Record<string, string[]>) => pf.search(state.q || null, { filters: { ...filters, ...extra }, ...(sort ? { sort } : {}) });
      // The same query narrowed to pages that hold statements says which pages to fetch first (the index chunks are already loaded).
      const [found, withStatements] = await Promise.all([search({}), state.filters['type'] ? null : search({ type: ['Statement'] })]);
      if (mine !== generation || !found) return;
      described = [state.q && `“${state.q}”`, ...SEARCH_FILTERS.filter((f) => state.filters[f.key]).map((f) => `${f.label.toLowerCase()}: ${state.filters[f.key]}`)].filter(Boolean).join(', ');
      options = {
        term: Boolean(state.q),
        type: state.filters['type'],
        speaker: state.filters['speaker'],
        actorKind: state.filters['actor kind'],
        year: state.filters['year'],
        topic: state.filters['topic'],
        statementUrl: urls.statement,
      };
      const leading = new Set((withStatements?.results ?? []).map((r) => r.id));
      pending = statementPagesFirst(found.results, leading);
      statementPages = found.results.filter((r) => leading.has(r.id)).length;
      const shown = found.results.length === 0 ? 0 : await showMore();
      if (mine !== generation) return;
      if (shown === 0) status.textContent = resultSummary([], described);
    } catch (error) {
      status.textContent = `Search could not load (${(error as Error).message}). Browse the timeline and indexes instead.`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // While the reader types, fetch the index chunks the words so far need (errors surface when the search runs).
    // Not for a word of one or two letters: all the words it begins can fill many chunks.
    const term = input.value.trim();
    const worthPreloading = (term.split(/\s+/).at(-1) ?? '').length >= PRELOAD_MIN_LETTERS;
    void load().then((pf) => (worthPreloading ? pf.preload(term) : undefined)).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  for (const select of selects) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore());

  const initial = readSearchState(location.search);
  fillForm(initial);
  if (initial.q || Object.keys(initial.filters).length > 0) void run();
  else input.focus();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(item: ResultItem): HTMLLIElement {
  const li = element('li', 'search-result card');
  li.dataset['type'] = item.type;
  const head = element('p', 'card-head badges');
  head.append(element('span', 'badge', item.type));
  // The same words and colour as the statement's badge on its own page (src/data/badges.ts).
  if (item.type === 'Statement' && (item as StatementResult).via) head.append(element('span', 'badge badge-hearsay', 'Hearsay'));
  li.append(head);
  if (item.type === 'Statement') statementItem(li, item as StatementResult);
  else pageItem(li, item as PageResult);
  return li;
}

/** A statement: who and when (linked to its permanent page), the quote as printed, and where it was reported. */
function statementItem(li: HTMLLIElement, item: StatementResult): void {
  li.dataset['statement'] = item.id;
  const title = element('h2', 'search-result-title');
  // A statement known only through another's account says so wherever its speaker is named.
  const who = item.via ? `${item.speaker}, according to ${item.via}` : item.speaker;
  const link = element('a', undefined, `${who}, ${item.saidText}`);
  link.href = item.url;
  title.append(link);
  const quote = element('p', 'search-excerpt search-quote');
  quote.innerHTML = item.excerptHtml;
  const source = element('p', 'meta', `${who} · said ${item.saidText} · reported by ${item.outlet}${item.published ? `, ${item.published}` : ''}: `);
  const context = element('a', undefined, item.articleTitle || 'the article');
  context.href = item.contextUrl;
  source.append(context);
  li.append(title, quote, source);
}

function pageItem(li: HTMLLIElement, item: PageResult): void {
  const title = element('h2', 'search-result-title');
  const link = element('a', undefined, item.title);
  link.href = item.url;
  title.append(link);
  li.append(title);
  if (item.details.length > 0) li.append(element('p', 'meta', item.details.join(' · ')));
  const excerpt = element('p', 'search-excerpt');
  excerpt.innerHTML = item.excerptHtml;
  li.append(excerpt);
  if (item.passages.length > 0) {
    const subs = element('ul', 'search-passages');
    subs.setAttribute('aria-label', 'Matching passages');
    for (const passage of item.passages) {
      const entry = element('li');
      const subLink = element('a', undefined, passage.title);
      subLink.href = passage.url;
      const subExcerpt = element('p', 'search-excerpt');
      subExcerpt.innerHTML = passage.excerptHtml;
      entry.append(subLink, subExcerpt);
      subs.append(entry);
    }
    li.append(subs);
  }
}
