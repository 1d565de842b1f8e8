// Publications of datasets at Zenodo, one per dataset version: their state in plain words, Zenodo's
// reason when it refused, and Retry where the hub allows it. Shown on a dataset's page and, for a
// node's operators, on the nodes page.
import { json } from './api.js';
import { append, h, problemBox } from './dom.js';
import { doiLink, plural, timeEl } from './format.js';

/** States still moving on their own: a page showing them checks again shortly. */
export const PENDING_STATES = new Set(['WAITING', 'DEPOSITING', 'RETRYING']);

const STATE_LABELS = {
  WAITING: 'Waiting',
  DEPOSITING: 'Depositing',
  PUBLISHED: 'Published',
  RETRYING: 'Retrying',
  FAILED: 'Failed',
  NO_DOI: 'No DOI',
};

const KIND_LABELS = {
  PUBLISH: 'Publication',
  NEW_VERSION: 'New version',
  INVALIDATE: 'Invalidation notice',
};

/** What went wrong at Zenodo, in words: its message and each field it refused. */
export function zenodoError(error) {
  if (!error) return null;
  const status = Number(error.status) || 0;
  const lead = status === 0
    ? 'Zenodo could not be reached'
    : status === 400
      ? 'Zenodo refused the record'
      : status >= 500
        ? `Zenodo had a failure (HTTP ${status})`
        : `Zenodo answered HTTP ${status}`;
  const fields = Array.isArray(error.fields) ? error.fields : [];
  return h('div', { class: 'zenodo-error' },
    h('p', {}, error.message ? `${lead}: ${error.message}` : `${lead}.`),
    fields.length
      ? h('ul', { class: 'problem-fields' }, fields.map((f) => h('li', {}, f.field ? [h('code', {}, f.field), ': '] : null, f.message || '')))
      : null);
}

/** The state as a badge followed by what it means for this publication. */
export function publicationState(p) {
  const badge = h('span', { class: `badge pub-state pub-${String(p.state).toLowerCase().replace(/_/g, '-')}` }, STATE_LABELS[p.state] || p.state);
  let words;
  switch (p.state) {
    case 'WAITING':
      words = 'Waiting to be deposited at Zenodo.';
      break;
    case 'DEPOSITING':
      words = p.step ? `Being deposited at Zenodo (step: ${p.step}).` : 'Being deposited at Zenodo.';
      break;
    case 'PUBLISHED':
      words = p.doi ? ['Published with DOI ', doiLink(p.doi), '.'] : 'Published.';
      break;
    case 'RETRYING':
      words = p.nextAttemptAt ? ['Retrying at ', timeEl(p.nextAttemptAt), '.'] : 'Retrying shortly.';
      break;
    case 'FAILED':
      words = 'Failed: Zenodo did not accept it, and the hub stopped trying.';
      break;
    case 'NO_DOI':
      // the hub's own reason (e.g. no Zenodo token for the node), else what Zenodo last said
      words = p.reason || p.lastError?.message ? `Published without a DOI: ${p.reason || p.lastError.message}` : 'Published without a DOI.';
      break;
    default:
      words = null;
  }
  const error = p.state === 'NO_DOI' ? null : zenodoError(p.lastError);
  return h('div', { class: 'pub-state-cell' }, badge, words ? h('p', { class: 'pub-words' }, words) : null, error);
}

/**
 * A table of publications. `withDataset` adds the dataset column (node page); `onRetried` runs
 * after a retry was accepted; `status` is the live region that reports it.
 */
export function publicationsTable(list, { id, caption, withDataset, onRetried, status }) {
  const headers = [withDataset ? 'Dataset' : null, 'Version', 'Kind', 'State', 'DOI', 'Attempts', 'Next attempt', ''].filter((t) => t !== null);
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': `${id}-caption` },
    h('table', { id, class: 'data-table publications-table' },
      h('caption', { id: `${id}-caption` }, caption || plural(list.length, 'publication')),
      h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col', class: t === 'Attempts' || t === 'Version' ? 'num' : null },
        t || h('span', { class: 'visually-hidden' }, 'Actions'))))),
      h('tbody', {}, list.map((p) => row(p, { withDataset, onRetried, status })))));
}

function row(p, { withDataset, onRetried, status }) {
  const title = p.datasetTitle || p.datasetId;
  const retry = (p.allowedActions || []).includes('retry')
    ? h('button', {
      type: 'button',
      class: 'btn btn-small publication-retry',
      'aria-label': `Retry the publication of ${title}, version ${p.version}`,
      onclick: (event) => retryPublication(p, event.currentTarget, status, onRetried),
    }, 'Retry')
    : null;
  return h('tr', { class: 'publication-row', 'data-id': p.id, 'data-dataset': p.datasetId, 'data-state': p.state, 'data-version': p.version },
    withDataset ? h('th', { scope: 'row' }, h('a', { href: `#/datasets/${encodeURIComponent(p.datasetId)}` }, title)) : null,
    h('td', { class: 'num' }, p.version),
    h('td', {}, KIND_LABELS[p.kind] || p.kind || ''),
    h('td', {}, publicationState(p)),
    h('td', { class: 'publication-doi' }, doiLink(p.doi) || '—'),
    h('td', { class: 'num' }, p.attempts ?? 0),
    h('td', {}, PENDING_STATES.has(p.state) ? timeEl(p.nextAttemptAt) || 'Now' : '—'),
    h('td', {}, retry));
}

async function retryPublication(p, button, status, onRetried) {
  button.disabled = true;
  try {
    await json(`publications/${encodeURIComponent(p.id)}/retry`, { method: 'POST' });
    status?.replaceChildren(h('p', { class: 'alert alert-success' }, `The publication of ${p.datasetTitle || p.datasetId}, version ${p.version}, is queued again.`));
    onRetried?.();
  } catch (error) {
    status?.replaceChildren(problemBox(error, 'The publication could not be retried'));
    button.disabled = false;
  }
}

/**
 * Loads publications from `path` into `container` and keeps checking every few seconds while one
 * is still moving, until `signal` aborts (the person left the page). `onSettled` runs when a
 * publication that was moving has come to rest (e.g. to show the new DOI).
 */
export function watchPublications(path, container, { signal, render, onSettled, params }) {
  let pending = false;
  let timer = null;
  // render() answers a node, a list of nodes or nothing
  const show = (shown) => {
    container.replaceChildren();
    append(container, shown);
  };
  const load = async () => {
    clearTimeout(timer);
    if (signal?.aborted) return;
    let list;
    try {
      list = await json(path, { signal, params: params?.() });
    } catch (error) {
      if (error?.name === 'AbortError' || signal?.aborted) return;
      show(render(null, error));
      return;
    }
    if (signal?.aborted || !container.isConnected) return;
    const stillPending = list.some((p) => PENDING_STATES.has(p.state));
    show(render(list, null, load));
    if (pending && !stillPending) onSettled?.();
    pending = stillPending;
    if (stillPending) timer = setTimeout(load, 2000);
  };
  load();
  return load;
}
