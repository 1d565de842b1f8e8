// The search page: query box, sort, facets, filter chips, results, paging.
// Its whole state lives in the hash query, e.g. #/?q=lung&modality=IRI&page=2.
import { RDF_FORMATS, downloadAs, json } from './api.js';
import { h, problemBox, setTitle } from './dom.js';
import { FACET_KEYS, renderFacets } from './facets.js';
import { filterChips, pagination, resultItem, searchHref } from './results.js';

const DEFAULT_SIZE = 20;
const SORTS = [
  ['relevance', 'Relevance'],
  ['newest', 'Newest first'],
  ['size', 'Most individuals'],
];
const LAST_SEARCH_KEY = 'imaging-hub.last-search';

let ui = null; // elements of the mounted page
let params = new URLSearchParams();
let lastFacets = [];
let controller = null;

/** Hash of the last search the user ran (for "back to results" links). */
export function lastSearchHref() {
  try {
    return sessionStorage.getItem(LAST_SEARCH_KEY) || '#/';
  } catch {
    return '#/';
  }
}

/** Shows the search page for `route.params`; builds it when `fresh` or not mounted. */
export function showSearch(main, route, { fresh } = {}) {
  if (fresh || !ui || !main.contains(ui.root)) {
    ui = build();
    main.replaceChildren(ui.root);
  }
  params = new URLSearchParams(route.params);
  try {
    sessionStorage.setItem(LAST_SEARCH_KEY, searchHref(params));
  } catch {
    // storage unavailable
  }
  syncControls();
  setTitle(params.get('q') ? `“${params.get('q')}”` : null, 'Search');
  return load();
}

/** The heading to focus when the page is entered. */
export function searchHeading() {
  return ui?.heading;
}

function build() {
  const heading = h('h1', { id: 'search-heading', tabindex: '-1' }, 'Find imaging datasets');
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    placeholder: 'Condition, modality, body part, site, keyword…',
    'aria-describedby': 'search-help',
  });
  const form = h(
    'form',
    { id: 'search-form', class: 'search-form', role: 'search', 'aria-label': 'Datasets' },
    h('label', { for: 'search-input', class: 'visually-hidden' }, 'Search datasets'),
    input,
    h('button', { type: 'submit', id: 'search-button', class: 'btn btn-primary' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate((p) => {
      const q = input.value.trim();
      if (q) p.set('q', q);
      else p.delete('q');
    });
  });
  const sort = h(
    'select',
    { id: 'sort-select', name: 'sort' },
    SORTS.map(([value, label]) => h('option', { value }, label)),
  );
  sort.addEventListener('change', () =>
    navigate((p) => {
      if (sort.value === 'relevance') p.delete('sort');
      else p.set('sort', sort.value);
    }),
  );
  const count = h('span', { id: 'result-count', 'data-test': 'result-count' });
  const summary = h('p', { id: 'result-summary', class: 'result-summary', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const facetList = h('div', { id: 'facet-list' });
  const facets = h(
    'aside',
    { id: 'facets', class: 'facets', 'aria-labelledby': 'facets-heading' },
    h('h2', { id: 'facets-heading' }, 'Filter'),
    facetList,
  );
  const filtersToggle = h(
    'button',
    { type: 'button', id: 'filters-toggle', class: 'btn filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'facets' },
    'Show filters',
  );
  filtersToggle.addEventListener('click', () => {
    const open = facets.classList.toggle('open');
    filtersToggle.setAttribute('aria-expanded', String(open));
    filtersToggle.textContent = open ? 'Hide filters' : 'Show filters';
  });
  const chips = h('div', { id: 'active-filters', class: 'active-filters' });
  const error = h('div', { id: 'search-error' });
  const results = h('ol', { id: 'results', class: 'results', 'aria-labelledby': 'results-heading' });
  const pages = h('nav', { id: 'pagination', class: 'pagination', 'aria-label': 'Result pages' });
  const exportBox = h(
    'details',
    { class: 'export', id: 'search-export' },
    h('summary', {}, 'Export this page as DCAT-AP'),
    h(
      'div',
      { class: 'button-row' },
      RDF_FORMATS.map((format) =>
        h(
          'button',
          { type: 'button', class: 'btn btn-small', 'data-format': format.key, onclick: (e) => exportPage(format, e.currentTarget) },
          format.label,
        ),
      ),
    ),
  );
  const section = h(
    'section',
    { id: 'results-section', class: 'results-section', 'aria-labelledby': 'results-heading' },
    h(
      'div',
      { class: 'results-toolbar' },
      h('h2', { id: 'results-heading', class: 'visually-hidden' }, 'Results'),
      summary,
      h('div', { class: 'sort' }, h('label', { for: 'sort-select' }, 'Sort by'), sort),
    ),
    chips,
    error,
    results,
    pages,
    exportBox,
  );
  const root = h(
    'div',
    { class: 'search-page', id: 'search-page' },
    h(
      'div',
      { class: 'search-intro' },
      heading,
      h(
        'p',
        { id: 'search-help', class: 'lead' },
        'Search the imaging datasets described by the federation’s nodes. Images stay at the nodes; ' +
          'this catalogue tells you what exists and how to request access.',
      ),
      form,
    ),
    filtersToggle,
    h('div', { class: 'search-layout' }, facets, section),
  );
  summary.append(count, h('span', { id: 'result-summary-text' }, ''));
  return { root, heading, input, sort, count, summary, facetList, chips, error, results, pages, section };
}

function syncControls() {
  const q = params.get('q') || '';
  if (ui.input.value !== q) ui.input.value = q;
  const sort = params.get('sort') || 'relevance';
  ui.sort.value = SORTS.some(([v]) => v === sort) ? sort : 'relevance';
}

function apiParams() {
  const p = new URLSearchParams();
  for (const key of ['q', 'sort', 'page', 'size']) {
    const value = params.get(key);
    if (value) p.set(key, value);
  }
  if (!p.has('size')) p.set('size', String(DEFAULT_SIZE));
  for (const key of FACET_KEYS) for (const value of params.getAll(key)) p.append(key, value);
  return p;
}

/** Changes the search state; any change but paging goes back to page 1. */
function navigate(mutate) {
  const next = new URLSearchParams(params);
  mutate(next);
  next.delete('page');
  const href = searchHref(next);
  if (window.location.hash === href || (href === '#/' && ['', '#', '#/'].includes(window.location.hash))) {
    params = next;
    load();
  } else {
    window.location.hash = href;
  }
}

async function load() {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const current = ui;
  current.section.setAttribute('aria-busy', 'true');
  current.root.classList.add('loading');
  try {
    const answer = await json('datasets', { params: apiParams(), signal });
    if (signal.aborted || current !== ui) return;
    render(answer);
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted || current !== ui) return;
    current.error.replaceChildren(problemBox(error, 'The search failed'));
    current.results.replaceChildren();
    current.pages.replaceChildren();
    current.count.textContent = '0';
    current.summary.lastChild.textContent = ' datasets — the search could not be run';
  } finally {
    if (current === ui && !signal.aborted) {
      current.section.removeAttribute('aria-busy');
      current.root.classList.remove('loading');
    }
  }
}

function render(answer) {
  const total = Number(answer.total) || 0;
  const page = Number(answer.page) || 1;
  const size = Number(answer.size) || DEFAULT_SIZE;
  const items = Array.isArray(answer.items) ? answer.items : [];
  lastFacets = Array.isArray(answer.facets) ? answer.facets : [];

  ui.error.replaceChildren();
  ui.count.textContent = String(total);
  const first = total ? (page - 1) * size + 1 : 0;
  const last = (page - 1) * size + items.length;
  ui.summary.lastChild.textContent =
    ` ${total === 1 ? 'dataset' : 'datasets'}` + (items.length && total > items.length ? ` · showing ${first}–${last}` : '');

  renderFacets(ui.facetList, lastFacets, params, toggleFacet);
  ui.chips.replaceChildren(...filterChips(params, lastFacets, FACET_KEYS, removeFilter, clearAll));

  if (items.length) {
    ui.results.replaceChildren(...items.map(resultItem));
  } else {
    ui.results.replaceChildren(emptyState(total, page));
  }
  ui.pages.replaceChildren(...pagination(params, page, size, total));
}

function emptyState(total, page) {
  if (total > 0 && page > 1) {
    const p = new URLSearchParams(params);
    p.delete('page');
    return h('li', { class: 'empty' }, 'This page is past the last result. ', h('a', { href: searchHref(p) }, 'Go to the first page'));
  }
  const filtered = [...params.keys()].some((k) => k === 'q' || FACET_KEYS.includes(k));
  return h(
    'li',
    { class: 'empty' },
    h('p', {}, h('strong', {}, 'No datasets match.')),
    filtered ? h('p', {}, 'Try fewer words or remove some filters.') : h('p', {}, 'The catalogue is empty.'),
  );
}

function toggleFacet(key, value, checked) {
  navigate((p) => {
    const values = p.getAll(key).filter((v) => v !== value);
    if (checked) values.push(value);
    p.delete(key);
    for (const v of values) p.append(key, v);
  });
}

function removeFilter(key, value) {
  navigate((p) => {
    const values = p.getAll(key).filter((v) => v !== value);
    p.delete(key);
    for (const v of values) p.append(key, v);
  });
  ui.input.focus();
}

function clearAll() {
  navigate((p) => {
    p.delete('q');
    for (const key of FACET_KEYS) p.delete(key);
  });
  ui.input.focus();
}

async function exportPage(format, button) {
  button.disabled = true;
  try {
    await downloadAs('datasets', format, 'imaging-hub-datasets', apiParams());
    ui.error.replaceChildren();
  } catch (error) {
    ui.error.replaceChildren(problemBox(error, 'The export failed'));
  } finally {
    button.disabled = false;
  }
}

