// The lifecycle section of a dataset's page: where the record stands (draft, released, published,
// invalidated) and who may see it, its versions and DOI, who changed its state and why, its
// publications at Zenodo, and the transitions the signed-in person may perform, each asking for a
// reason in a dialog.
import { json } from './api.js';
import { h, problemBox } from './dom.js';
import { openFormDialog } from './dialog.js';
import { doiLink, personName, statusBadge, timeEl } from './format.js';
import { publicationsTable, watchPublications } from './publications.js';

const STATUS_WORDS = {
  DRAFT: 'Draft: visible only to the operators of its node (and admins).',
  RELEASED: 'Released: visible to signed-in users of the hub.',
  PUBLISHED: 'Published: its metadata are public, with a DOI where one was minted.',
  INVALIDATED: 'Invalidated: hidden from search; its page stays to say so.',
};

const TRANSITION_WORDS = {
  CREATE: 'Created',
  RELEASE: 'Released',
  PUBLISH: 'Published',
  INVALIDATE: 'Invalidated',
  NEW_VERSION: 'New version',
};

/** The operations offered as buttons, in the order shown. */
const ACTIONS = [
  {
    key: 'release',
    label: 'Release',
    title: 'Release this dataset',
    intro: 'Signed-in users will find it in search. It gets no DOI until it is published.',
  },
  {
    key: 'publish',
    label: 'Publish',
    title: 'Publish this dataset',
    intro: 'Its metadata become public and the hub deposits them at Zenodo for a DOI. Images are never published.',
  },
  {
    key: 'new-version',
    label: 'New version',
    title: 'Make a new version',
    intro: 'The current version stays readable at its own address; the new one becomes current.',
  },
  {
    key: 'invalidate',
    label: 'Invalidate',
    title: 'Invalidate this dataset',
    intro: 'It disappears from search, its page says it was invalidated and why, and open requests and access to it are closed.',
    warning: 'invalidation is final: the dataset can never be released or published again.',
    danger: true,
  },
];

/** Where a path the API gives (e.g. "/datasets/x") lives under this hub's context root. */
function hubHref(path) {
  return new URL(String(path).replace(/^\/+/, ''), document.baseURI).href;
}

/**
 * The record's version number in the hub (1, 2, …): `versionNumber`, as `version` already holds the
 * version the node gives its record (e.g. "1.0.0").
 */
export function versionNumber(d) {
  if (d?.versionNumber != null) return d.versionNumber;
  return Number.isInteger(d?.version) ? d.version : null;
}

function datasetPath(d) {
  return `datasets/${encodeURIComponent(d.id)}`;
}

/**
 * A prominent notice for an invalidated dataset (when, who, why), or null. Shown at the top of the
 * page, before any other section.
 */
export function invalidationNotice(d) {
  const inv = d.invalidation;
  if (d.status !== 'INVALIDATED' && !inv) return null;
  return h('section', { class: 'alert alert-error invalidation-notice', id: 'lifecycle-invalidation', role: 'note', 'aria-labelledby': 'invalidation-heading' },
    h('h2', { id: 'invalidation-heading' }, 'This dataset was invalidated'),
    inv
      ? h('p', {}, timeEl(inv.at), inv.byName || inv.by ? [' by ', inv.byName || inv.by] : null, ': ',
        h('span', { class: 'invalidation-reason' }, inv.reason || 'no reason given'))
      : null,
    h('p', {}, 'It is no longer offered and stays here so that citations and past uses can be followed.'));
}

/**
 * The lifecycle section. `signal` ends its background checks when the person leaves the page;
 * `refresh(message)` shows the page again after a change, with `message` said in the section.
 */
export function lifecycleSection(d, { signal, refresh, message }) {
  const versions = h('div', { id: 'lifecycle-versions' }, h('p', { class: 'loading-text' }, 'Loading versions…'));
  const history = h('div', { id: 'lifecycle-history' }, h('p', { class: 'loading-text' }, 'Loading history…'));
  const publications = h('div', { id: 'lifecycle-publications' });
  const result = h('div', { id: 'lifecycle-result', role: 'status', 'aria-live': 'polite' },
    message ? h('p', { class: 'alert alert-success' }, message) : null);
  loadVersions(d, versions, signal);
  loadHistory(d, history, signal);
  loadPublications(d, publications, { signal, refresh, result });
  return h('section', { class: 'card detail-section lifecycle', id: 'section-lifecycle', 'aria-labelledby': 'section-lifecycle-title', 'data-status': d.status },
    h('h2', { id: 'section-lifecycle-title' }, 'Lifecycle'),
    result,
    h('dl', { class: 'fields' },
      h('div', { class: 'row' }, h('dt', {}, 'Status'),
        h('dd', { id: 'lifecycle-status', 'data-status': d.status }, statusBadge(d.status), ' ', STATUS_WORDS[d.status] || '')),
      h('div', { class: 'row' }, h('dt', {}, 'Version'), h('dd', { id: 'lifecycle-version' }, String(versionNumber(d) ?? 1))),
      h('div', { class: 'row' }, h('dt', {}, 'DOI'), h('dd', { id: 'lifecycle-doi' }, doiLink(d.doi) || h('span', { class: 'muted' }, 'None yet'))),
      d.conceptDoi ? h('div', { class: 'row' }, h('dt', {}, 'DOI of all versions'), h('dd', {}, doiLink(d.conceptDoi))) : null,
      h('div', { class: 'row' }, h('dt', {}, 'Public page'),
        h('dd', {}, h('a', { href: hubHref(d.page || `/datasets/${encodeURIComponent(d.id)}`), id: 'lifecycle-public-page' }, 'Public page')))),
    actions(d, refresh),
    h('h3', { class: 'subheading' }, 'Versions'), versions,
    h('h3', { class: 'subheading' }, 'History'), history,
    publications);
}

function actions(d, refresh) {
  const allowed = new Set(d.allowedActions || []);
  const offered = ACTIONS.filter((a) => allowed.has(a.key));
  if (!offered.length) return null;
  return h('div', { class: 'button-row lifecycle-actions', role: 'group', 'aria-label': 'Lifecycle operations' },
    offered.map((a) => h('button', {
      type: 'button',
      class: `btn lifecycle-action ${a.danger ? 'btn-danger' : 'btn-primary'}`,
      id: `lifecycle-${a.key}`,
      'data-action': a.key,
      onclick: () => (a.key === 'new-version' ? newVersionDialog(d, a, refresh) : transitionDialog(d, a, refresh)),
    }, a.label)));
}

function transitionDialog(d, a, refresh) {
  const required = a.key === 'invalidate';
  openFormDialog({
    id: 'lifecycle-dialog',
    title: a.title,
    intro: a.intro,
    warning: a.warning,
    danger: a.danger,
    confirmLabel: a.label,
    fields: [{
      name: 'reason',
      label: 'Reason',
      multiline: true,
      required,
      maxlength: 2000,
      hint: required ? 'Said on the dataset’s page and to those who had access.' : 'Optional; kept in the dataset’s history.',
    }],
    submit: ({ reason }) => json(`${datasetPath(d)}/${a.key}`, { method: 'POST', body: reason ? { reason } : {} }),
    onDone: (updated) => refresh(`${a.label} done: the dataset is now ${String(updated?.status || '').toLowerCase() || 'changed'}.`),
  });
}

/** The record as it is, with the title and description changed, sent as the new version. */
async function newVersionDialog(d, a, refresh) {
  let record;
  try {
    record = await json(datasetPath(d));
  } catch (error) {
    document.getElementById('lifecycle-result')?.replaceChildren(problemBox(error, 'The dataset could not be loaded'));
    return;
  }
  openFormDialog({
    id: 'lifecycle-dialog',
    title: a.title,
    intro: a.intro,
    confirmLabel: 'Make the new version',
    fields: [
      { name: 'title', label: 'Title', value: record.title, required: true, maxlength: 1000 },
      { name: 'description', label: 'Description', value: record.description, multiline: true, rows: 6, required: true },
      { name: 'reason', label: 'Reason', multiline: true, maxlength: 2000, hint: 'What changed, kept in the dataset’s history.' },
    ],
    submit: ({ title, description, reason }) => json(`${datasetPath(d)}/versions`, {
      method: 'POST',
      body: { reason: reason || 'metadata updated', record: { ...editable(record), title, description } },
    }),
    onDone: (updated) => refresh(versionNumber(updated) ? `Version ${versionNumber(updated)} is now the current one.` : 'The new version is now the current one.'),
  });
}

/** The record without what the hub sets itself, ready to send back. */
function editable(record) {
  const copy = { ...record };
  for (const key of ['allowedActions', 'invalidation', 'everPublished', 'page', 'conceptDoi', 'recordUrl', 'warnings',
    'versionNumber', 'current', 'supersededBy', 'currentVersion']) delete copy[key];
  return copy;
}

async function loadVersions(d, container, signal) {
  let list;
  try {
    list = await json(`${datasetPath(d)}/versions`, { signal });
  } catch (error) {
    if (error?.name !== 'AbortError') container.replaceChildren(problemBox(error, 'The versions could not be loaded'));
    return;
  }
  const sorted = [...list].sort((x, y) => y.version - x.version);
  container.replaceChildren(h('ul', { class: 'plain-list versions-list' }, sorted.map((v) => h('li', { class: 'version-item', 'data-version': v.version, 'data-current': String(!!v.current) },
    h('a', { href: hubHref(v.current ? d.page || `/datasets/${encodeURIComponent(d.id)}` : v.page) }, `Version ${v.version}`),
    v.current ? h('strong', {}, ' (current)') : null,
    ' · created ', timeEl(v.createdAt),
    v.supersededAt ? [' · superseded ', timeEl(v.supersededAt)] : null,
    v.doi ? [' · DOI ', doiLink(v.doi)] : null))));
}

async function loadHistory(d, container, signal) {
  let list;
  try {
    list = await json(`${datasetPath(d)}/lifecycle`, { signal });
  } catch (error) {
    if (error?.name !== 'AbortError') container.replaceChildren(problemBox(error, 'The history could not be loaded'));
    return;
  }
  if (!list.length) {
    container.replaceChildren(h('p', { class: 'muted' }, 'No change recorded yet.'));
    return;
  }
  const sorted = [...list].sort((x, y) => String(y.at).localeCompare(String(x.at)));
  container.replaceChildren(h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'lifecycle-history-caption' },
    h('table', { class: 'data-table', id: 'lifecycle-history-table' },
      h('caption', { id: 'lifecycle-history-caption' }, 'Changes of state, newest first'),
      h('thead', {}, h('tr', {}, ['When', 'What', 'Version', 'Who', 'Reason'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, sorted.map((e) => h('tr', { class: 'lifecycle-event', 'data-transition': e.transition },
        h('td', {}, timeEl(e.at)),
        h('th', { scope: 'row' }, TRANSITION_WORDS[e.transition] || e.transition,
          e.from && e.to && e.from !== e.to ? h('span', { class: 'muted small' }, ` (${e.from.toLowerCase()} → ${e.to.toLowerCase()})`) : null),
        h('td', {}, e.version),
        h('td', {}, e.actorName || personName({ subject: e.actor })),
        h('td', {}, e.reason || h('span', { class: 'muted' }, '—'))))))));
}

/** The dataset's publications, for those who may see them (its node's operators and admins). */
function loadPublications(d, container, { signal, refresh, result }) {
  const render = (list, error, reload) => {
    if (error) return error.status === 403 || error.status === 404 || error.status === 401 ? '' : problemBox(error, 'The publications could not be loaded');
    return [
      h('h3', { class: 'subheading', id: 'lifecycle-publications-heading' }, 'Publications at Zenodo'),
      list.length
        ? publicationsTable(list, { id: 'dataset-publications', caption: 'One per published version', onRetried: reload, status: result })
        : h('p', { class: 'muted', id: 'no-publications' }, d.everPublished ? 'No publication recorded.' : 'Nothing published yet.'),
    ];
  };
  // once a publication comes to rest the record may carry its new DOI: show the page again
  watchPublications(`${datasetPath(d)}/publications`, container, { signal, render, onSettled: () => refresh() });
}
