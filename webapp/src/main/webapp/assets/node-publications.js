// The Publications panel of the nodes page: for each node the signed-in person runs, the Zenodo
// publications of its datasets, filtered by state, with Zenodo's reason for a failure and Retry.
import { operatedNodes } from './auth.js';
import { h, problemBox } from './dom.js';
import { publicationsTable, watchPublications } from './publications.js';

const STATES = [
  ['', 'All states'],
  ['WAITING', 'Waiting'],
  ['DEPOSITING', 'Depositing'],
  ['RETRYING', 'Retrying'],
  ['FAILED', 'Failed'],
  ['PUBLISHED', 'Published'],
  ['NO_DOI', 'No DOI'],
];

/** The panel, or null for people who run no node. `signal` ends its checks when the page is left. */
export function publicationsPanel(nodes, signal) {
  const list = operatedNodes(nodes);
  if (!list.length) return null;
  const node = h('select', { id: 'publications-node' }, list.map((n) => h('option', { value: n.id }, n.name || n.id)));
  const state = h('select', { id: 'publications-state' }, STATES.map(([value, label]) => h('option', { value }, label)));
  const status = h('div', { id: 'publications-status', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { id: 'publications-body' });
  let watch = null;
  const show = () => {
    // a new choice stops the checks of the previous one
    watch?.abort();
    watch = new AbortController();
    signal?.addEventListener('abort', () => watch.abort(), { once: true });
    status.replaceChildren();
    body.replaceChildren(h('p', { class: 'loading-text' }, 'Loading…'));
    const chosen = list.find((n) => n.id === node.value);
    watchPublications(`nodes/${encodeURIComponent(node.value)}/publications`, body, {
      signal: watch.signal,
      params: () => (state.value ? { state: state.value } : undefined),
      render: (items, error, reload) => {
        if (error) return problemBox(error, 'The publications could not be loaded');
        if (!items.length) return h('p', { class: 'muted', id: 'publications-empty' }, 'No publication matches.');
        return publicationsTable(items, {
          id: 'node-publications',
          caption: `${items.length} ${items.length === 1 ? 'publication' : 'publications'} of ${chosen?.name || node.value}`,
          withDataset: true,
          onRetried: reload,
          status,
        });
      },
    });
  };
  node.addEventListener('change', show);
  state.addEventListener('change', show);
  show();
  return h('section', { class: 'card publications-panel', id: 'publications-panel', 'aria-labelledby': 'publications-heading' },
    h('h2', { id: 'publications-heading' }, 'Publications'),
    h('p', {}, 'Each published version of a dataset is deposited at Zenodo for a DOI. Failures show Zenodo’s reason; Retry queues a failed one again.'),
    h('div', { class: 'filters-row' },
      h('label', { for: 'publications-node' }, 'Node '), node,
      h('label', { for: 'publications-state' }, ' State '), state),
    status,
    body);
}
