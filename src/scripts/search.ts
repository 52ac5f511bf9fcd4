/**
 * The search page: Pagefind's JavaScript API behind the page's own form, so the field is labelled,
 * every filter is a plain <select>, and the state lives in the address. Pagefind itself (its script,
 * WebAssembly and index) is loaded only when a search is first made.
 */
import { readSearchState, safeExcerpt, SEARCH_FILTERS, SORTS, withHighlight, writeSearchState, type SearchState } from '../utils/searchState.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: { id: string } }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results whose details are fetched at once: each costs a fragment download on a first search. */
const PAGE_SIZE = 10;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ form.dataset['bundle'] ?? '/pagefind/pagefind.js').then(async (module: Pagefind) => {
      // No worker: one script and one round trip fewer on a first search, and a search is quick enough on the main thread.
      await module.options({ baseUrl: form.dataset['base'] ?? '/', excerptLength: 28, noWorker: true });
      return module;
    }));

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

  let generation = 0;
  let pending: PagefindResult[] = [];

  const render = async (results: PagefindResult[], mine: number) => {
    const items = await Promise.all(results.map((r) => r.data()));
    if (mine !== generation) return;
    for (const data of items) list.append(resultItem(data));
  };

  const showMore = async () => {
    const mine = generation;
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    await render(next, mine);
    more.hidden = pending.length === 0;
  };

  const run = async () => {
    const state = stateFromForm();
    const mine = ++generation;
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    list.replaceChildren();
    more.hidden = true;
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
      const found = await pf.search(state.q || null, { filters, ...(sort ? { sort } : {}) });
      if (mine !== generation || !found) return;
      const count = found.results.length;
      const described = [state.q && `“${state.q}”`, ...SEARCH_FILTERS.filter((f) => state.filters[f.key]).map((f) => `${f.label.toLowerCase()}: ${state.filters[f.key]}`)].filter(Boolean).join(', ');
      status.textContent = count === 0 ? `No results for ${described}.` : `${count} result${count === 1 ? '' : 's'} for ${described}.`;
      pending = found.results;
      await showMore();
    } catch (error) {
      status.textContent = `Search could not load (${(error as Error).message}). Browse the timeline and indexes instead.`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
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

function resultItem(data: PagefindData): HTMLLIElement {
  const { meta } = data;
  const type = meta['type'] ?? 'Page';
  const li = element('li', 'search-result card');
  li.dataset['type'] = type;
  const head = element('p', 'meta');
  head.append(element('span', 'badge', type));
  li.append(head);
  const title = element('h2', 'search-result-title');
  const link = element('a', undefined, meta['title'] ?? data.url);
  link.href = type === 'Article' ? data.url : withHighlight(data.url, '');
  title.append(link);
  li.append(title);
  const details = type === 'Statement'
    ? [meta['speaker'], meta['said'] && `said ${meta['said']}`, meta['outlet'] && `reported by ${meta['outlet']}`]
    : type === 'Article' ? [meta['outlet'], meta['published']]
    : type === 'Event' ? [meta['date']]
    : type === 'Actor' ? [meta['role'], meta['statements']]
    : [meta['statements'] ?? meta['country']];
  const line = details.filter(Boolean).join(' · ');
  if (line) li.append(element('p', 'meta', line));
  const excerpt = element('p', 'search-excerpt');
  excerpt.innerHTML = safeExcerpt(data.excerpt);
  li.append(excerpt);
  const passages = data.sub_results.filter((sub) => sub.anchor);
  if (type === 'Article' && passages.length > 0) {
    const subs = element('ul', 'search-passages');
    subs.setAttribute('aria-label', 'Matching passages');
    for (const sub of passages.slice(0, 3)) {
      const item = element('li');
      const subLink = element('a', undefined, sub.title);
      subLink.href = withHighlight(sub.url, sub.excerpt);
      const subExcerpt = element('p', 'search-excerpt');
      subExcerpt.innerHTML = safeExcerpt(sub.excerpt);
      item.append(subLink, subExcerpt);
      subs.append(item);
    }
    li.append(subs);
  }
  return li;
}
