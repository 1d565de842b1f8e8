// The trace log: who used or changed which dataset, each trace's proof, and where it is anchored.
import { json } from './api.js';
import { currentUser, hasRole } from './auth.js';
import { h, problemBox, setTitle } from './dom.js';
import { humanize, num, timeEl } from './format.js';

const ACTIONS = [
  'CREATE_DATASET', 'UPDATE_DATASET', 'RELEASE_DATASET', 'PUBLISH_DATASET', 'INVALIDATE_DATASET',
  'NEW_DATASET_VERSION', 'WITHDRAW_DATASET', 'MINT_DOI',
  'HARVEST_RUN', 'ACCESS_REQUEST_SUBMITTED', 'ACCESS_DECIDED', 'ENTITLEMENT_GRANTED',
  'ENTITLEMENT_REVOKED', 'ENTITLEMENT_EXPIRED', 'USE_DATASETS', 'USE_DENIED', 'USE_REPORTED',
];
const PAGE_SIZE = 25;

let controller = null;
let heading = null;

export function tracesHeading() {
  return heading;
}

export async function showTraces(main, route) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const params = route.params;
  heading = h('h1', { id: 'traces-heading', tabindex: '-1' }, 'Trace log');
  setTitle('Trace log');
  const status = h('section', { id: 'anchoring-status', 'aria-live': 'polite' });
  const body = h('div', { id: 'traces-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading traces…'));
  main.replaceChildren(
    h(
      'div',
      { class: 'traces-page' },
      heading,
      h(
        'p',
        { class: 'lead' },
        hasRole('ADMIN')
          ? 'Every recorded use of and change to a dataset, newest first. Each trace is chained to the one before it and sealed under a Merkle root.'
          : 'Your own recorded uses of and changes to datasets, newest first. People appear only as pseudonyms.',
      ),
      status,
      filters(params),
      hasRole('ADMIN') ? verifyCard() : null,
      body,
    ),
  );
  loadStatus(status, signal);
  if (!currentUser().authenticated) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('div', { class: 'alert alert-info', role: 'status' }, 'Sign in to see traces.'));
    return;
  }
  try {
    const page = await json('traces', { params: query(params), signal });
    if (signal.aborted) return;
    body.removeAttribute('aria-busy');
    body.replaceChildren(results(page, params));
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted) return;
    body.removeAttribute('aria-busy');
    body.replaceChildren(problemBox(error, 'The traces could not be loaded'));
  }
}

function query(params) {
  const q = { size: String(PAGE_SIZE), page: params.get('page') || '1' };
  for (const key of ['dataset', 'action']) if (params.get(key)) q[key] = params.get(key);
  return q;
}

async function loadStatus(section, signal) {
  try {
    const s = await json('traces/anchoring', { signal });
    if (signal.aborted) return;
    section.replaceChildren(anchoringNotice(s));
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted) return;
    section.replaceChildren(problemBox(error, 'The anchoring status could not be loaded'));
  }
}

function anchoringNotice(s) {
  const waiting = `${num(s.unsealedTraces)} traces waiting to be sealed, ${num(s.batches?.SEALED ?? 0)} batches sealed`;
  if (!s.externallyAnchored) {
    return h(
      'div',
      { class: 'alert alert-warning', role: 'status', id: 'anchoring-notice', 'data-mode': 'local' },
      h('p', { class: 'alert-title' }, h('strong', {}, 'Traces are not externally anchored.')),
      h('p', {}, 'This hub seals its traces under Merkle roots kept in its own database only (local mode); no blockchain holds them. ' + waiting + '.'),
    );
  }
  const latest = s.latest;
  return h(
    'div',
    { class: 'alert alert-success', role: 'status', id: 'anchoring-notice', 'data-mode': 'chain' },
    h('p', { class: 'alert-title' }, h('strong', {}, 'Traces are anchored on a blockchain.')),
    h(
      'p',
      {},
      latest
        ? `Up to trace ${num(latest.lastSequence)} in block ${num(latest.block)} of chain ${latest.chainId}, contract `
        : 'No batch is confirmed on the chain yet. ',
      latest ? h('code', {}, latest.contract) : null,
      `. ${waiting}, ${num(s.batches?.SENT ?? 0)} awaiting confirmation.`,
    ),
  );
}

function filters(params) {
  const action = h(
    'select',
    { id: 'trace-action', name: 'action' },
    h('option', { value: '' }, 'Any action'),
    ACTIONS.map((a) => h('option', { value: a, selected: params.get('action') === a ? '' : null }, humanize(a))),
  );
  const dataset = h('input', { id: 'trace-dataset', name: 'dataset', type: 'text', value: params.get('dataset') || '', placeholder: 'dataset id' });
  const form = h(
    'form',
    { class: 'trace-filters', role: 'search', 'aria-label': 'Filter traces' },
    h('label', { for: 'trace-action' }, 'Action '),
    action,
    h('label', { for: 'trace-dataset' }, ' Dataset '),
    dataset,
    h('button', { type: 'submit', class: 'btn btn-secondary', id: 'trace-filter-button' }, 'Filter'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (action.value) next.set('action', action.value);
    if (dataset.value.trim()) next.set('dataset', dataset.value.trim());
    window.location.hash = `#/traces?${next}`;
  });
  return form;
}

function results(page, params) {
  const items = page?.items || [];
  if (!items.length) return h('p', { class: 'muted', id: 'traces-empty' }, 'No trace matches.');
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'traces-caption' },
      h(
        'table',
        { id: 'traces-table', class: 'data-table' },
        h('caption', { id: 'traces-caption' }, `${num(page.total)} traces, page ${page.page} of ${pages}`),
        h('thead', {}, h('tr', {}, ['#', 'When', 'Action', 'Datasets', 'By', 'Tool', 'Proof'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, items.map(row)),
      ),
    ),
    pager(params, page.page, pages),
  );
}

function row(t) {
  const proof = h('td', { class: 'proof-cell' });
  const button = h('button', { type: 'button', class: 'btn btn-small proof-button', 'aria-expanded': 'false' }, 'Show proof');
  button.addEventListener('click', () => showProof(t.id, proof, button));
  proof.append(button);
  return h(
    'tr',
    { class: 'trace-row', 'data-id': t.id, 'data-action': t.action },
    h('td', { class: 'num' }, String(t.sequence)),
    h('td', {}, timeEl(t.recordedAt)),
    h('td', {}, humanize(t.action)),
    h('td', {}, (t.datasetIds || []).map((id) => h('div', {}, h('a', { href: `#/datasets/${encodeURIComponent(id)}` }, id)))),
    h('td', {}, h('code', { title: t.user || '' }, t.user ? `${t.user.slice(0, 10)}…` : t.caller)),
    h('td', {}, t.tool ? `${t.tool} ${t.toolVersion || ''}` : ''),
    proof,
  );
}

async function showProof(id, cell, button) {
  button.disabled = true;
  try {
    const p = await json(`traces/${encodeURIComponent(id)}/proof`);
    button.remove();
    cell.append(
      h(
        'dl',
        { class: 'proof' },
        h('dt', {}, 'Root'), h('dd', {}, h('code', {}, p.root)),
        h('dt', {}, 'Batch'), h('dd', {}, `${p.batch} (${p.path.length} steps, ${p.rootMatches ? 'root matches' : 'ROOT DOES NOT MATCH'})`),
        h('dt', {}, 'Anchored'),
        h(
          'dd',
          { class: 'proof-anchor', 'data-externally-anchored': String(p.externallyAnchored) },
          p.externallyAnchored
            ? `on chain ${p.chainId}, block ${p.block}, transaction ${p.transaction}`
            : p.mode === 'local'
              ? 'not externally anchored (sealed in the hub’s database only)'
              : `not yet: ${p.status}`,
        ),
      ),
    );
  } catch (error) {
    button.disabled = false;
    cell.append(problemBox(error, 'No proof yet'));
  }
}

function pager(params, page, pages) {
  if (pages <= 1) return null;
  const link = (n, text) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return h('a', { href: `#/traces?${next}`, class: 'btn btn-secondary' }, text);
  };
  return h(
    'nav',
    { class: 'pagination', 'aria-label': 'Trace pages' },
    page > 1 ? link(page - 1, 'Previous') : null,
    page < pages ? link(page + 1, 'Next') : null,
  );
}

function verifyCard() {
  const result = h('div', { id: 'verify-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'btn btn-primary', id: 'verify-button' }, 'Verify the whole log');
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(h('p', {}, 'Verifying…'));
    try {
      const v = await json('traces/verification');
      result.replaceChildren(
        v.intact
          ? h('p', { class: 'alert alert-success' }, `Intact: ${num(v.checked)} traces checked, ${num(v.batchesCheckedOnChain)} batch roots confirmed on chain.`)
          : h('p', { class: 'alert alert-error' }, `Broken at trace ${v.brokenAt}: ${v.problem}`),
      );
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The verification failed'));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'card', 'aria-label': 'Verification' }, button, result);
}
