// The federation's nodes, each linking to the search filtered by that node.
import { json } from './api.js';
import { extLink, h, mailLink, problemBox, setTitle } from './dom.js';
import { countryName, num } from './format.js';
import { harvestPanel } from './harvests.js';
import { publicationsPanel } from './node-publications.js';

let controller = null;
let heading = null;

export function nodesHeading() {
  return heading;
}

export async function showNodes(main) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  heading = h('h1', { id: 'nodes-heading', tabindex: '-1' }, 'Nodes of the federation');
  const body = h('div', { id: 'nodes-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading nodes…'));
  main.replaceChildren(
    h(
      'div',
      { class: 'nodes-page' },
      heading,
      h(
        'p',
        { class: 'lead' },
        'Hospitals and research sites that keep the images and describe their datasets in this catalogue. ' +
          'Choose a node to see its datasets.',
      ),
      body,
    ),
  );
  setTitle('Nodes');
  let nodes;
  try {
    nodes = await json('nodes', { signal });
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted) return;
    body.removeAttribute('aria-busy');
    body.replaceChildren(problemBox(error, 'The nodes could not be loaded'));
    return;
  }
  // Dataset counts per node come from the node facet of an unfiltered search.
  const counts = new Map();
  try {
    const answer = await json('datasets', { params: { size: '1' }, signal });
    const facet = (answer?.facets || []).find((f) => f.key === 'node');
    for (const v of facet?.values || []) counts.set(String(v.value), v.count);
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted) return;
  }
  if (signal.aborted) return;
  body.removeAttribute('aria-busy');
  const list = Array.isArray(nodes) ? [...nodes] : [];
  list.sort((a, b) => String(a.name || a.id).localeCompare(String(b.name || b.id)));
  if (!list.length) {
    body.replaceChildren(h('p', { class: 'muted' }, 'No node has joined the federation yet.'));
    return;
  }
  body.replaceChildren(table(list, counts), harvestPanel(list) || '', publicationsPanel(list, signal) || '');
}

function searchBy(key, value) {
  return `#/?${new URLSearchParams({ [key]: value })}`;
}

function table(nodes, counts) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'nodes-caption' },
    h(
      'table',
      { id: 'nodes-table', class: 'data-table' },
      h('caption', { id: 'nodes-caption' }, `${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Node', 'Organisation', 'Country', 'Datasets', 'Contact', 'Node address'].map((t) =>
            h('th', { scope: 'col', class: t === 'Datasets' ? 'num' : null }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        nodes.map((n) =>
          h(
            'tr',
            { class: 'node-row', 'data-id': n.id },
            h(
              'th',
              { scope: 'row' },
              h('a', { href: searchBy('node', n.id), class: 'node-search-link', 'data-test': 'node-link' }, n.name || n.id),
              h('div', { class: 'muted small' }, h('code', {}, n.id)),
            ),
            h('td', {}, n.organisation || ''),
            h(
              'td',
              {},
              n.country
                ? h('a', { href: searchBy('country', n.country), title: `Datasets in ${n.countryName || countryName(n.country)}` },
                    n.countryName || countryName(n.country))
                : '',
            ),
            h('td', { class: 'num' }, counts.has(n.id) ? num(counts.get(n.id)) : '—'),
            h('td', {}, n.contactEmail ? mailLink(n.contactEmail) : ''),
            h('td', {}, n.baseUrl ? extLink(n.baseUrl, n.baseUrl.replace(/^https?:\/\//, '')) : ''),
          ),
        ),
      ),
    ),
  );
}
