// Entitlements: what a person's projects may use and until when, and, for a committee's chair or an
// admin, the entitlements they may revoke, with the reason asked for in the page.
import { json } from './api.js';
import { formField, h, problemBox } from './dom.js';
import { humanize, timeEl } from './format.js';

/** A card listing the person's entitlements with their end dates. */
export async function entitlementsSection() {
  return section('entitlements', 'My entitlements', 'me/entitlements',
    'None of your projects may use a dataset yet.', 'Your entitlements could not be loaded');
}

/** A card listing the entitlements the signed-in member's committees granted, each revocable by the chair. */
export async function grantedEntitlementsSection() {
  return section('granted-entitlements', 'Granted entitlements', 'entitlements',
    'Your committees have granted no entitlement yet.', 'The granted entitlements could not be loaded');
}

async function section(id, title, path, empty, failure) {
  // one live region per card, so that a revocation's result is announced where it happened
  const status = h('div', { id: `${id}-status`, role: 'status', 'aria-live': 'polite' });
  let content;
  try {
    const entitlements = await json(path);
    content = entitlements.length
      ? table(id, entitlements, status)
      : h('p', { class: 'muted', id: `no-${id}` }, empty);
  } catch (error) {
    content = problemBox(error, failure);
  }
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title), status, content);
}

function table(id, entitlements, status) {
  const revocable = entitlements.some((e) => (e.allowedActions || []).includes('revoke'));
  const columns = ['Dataset', 'Project', 'From', 'Until', 'Status', ...(revocable ? ['Actions'] : [])];
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': `${id}-caption` },
    h('table', { id: `${id}-table`, class: 'data-table' },
      h('caption', { id: `${id}-caption` }, `${entitlements.length} ${entitlements.length === 1 ? 'entitlement' : 'entitlements'}`),
      h('thead', {}, h('tr', {}, columns.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, entitlements.map((e) => row(e, revocable, status)))));
}

function row(e, revocable, status) {
  const state = h('td', { class: 'entitlement-status' });
  const tr = h('tr', { class: 'entitlement-row', 'data-id': e.id, 'data-dataset': e.datasetId },
    h('th', { scope: 'row' }, h('a', { href: `#/datasets/${encodeURIComponent(e.datasetId)}` }, e.datasetTitle || e.datasetId),
      e.requestId ? h('div', { class: 'small' }, h('a', { href: `#/requests/${encodeURIComponent(e.requestId)}` }, 'Request')) : null),
    h('td', {}, h('code', {}, e.projectCode)),
    h('td', {}, timeEl(e.start)),
    h('td', { class: 'entitlement-end' }, timeEl(e.end)),
    state,
    revocable ? h('td', { class: 'entitlement-actions' }) : null);
  show(tr, e, status);
  return tr;
}

/** Fills a row's status and, when the caller may revoke it, its revocation form. */
function show(tr, e, status) {
  tr.setAttribute('data-status', e.status);
  tr.querySelector('.entitlement-status').replaceChildren(humanize(e.status),
    e.revokeReason ? h('div', { class: 'muted small' }, `Revoked: ${e.revokeReason}`) : null);
  const actions = tr.querySelector('.entitlement-actions');
  if (actions) actions.replaceChildren((e.allowedActions || []).includes('revoke') ? revokeForm(tr, e, status) : '');
}

function revokeForm(tr, e, status) {
  const fieldId = `revoke-reason-${e.id}`;
  const reason = h('textarea', { id: fieldId, name: 'reason', rows: '2', required: true, class: 'revoke-reason' });
  const submit = h('button', { type: 'submit', class: 'btn btn-small btn-secondary revoke-submit' }, 'Revoke');
  const form = h('form', { class: 'revoke-form', 'aria-label': `Revoke the entitlement to ${e.datasetTitle || e.datasetId}` },
    formField(fieldId, 'Reason for revoking', reason, 'The project is told this reason; uses are denied from now on.'),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      status.replaceChildren(h('p', { class: 'alert alert-error' }, 'Give a reason for revoking the entitlement.'));
      reason.focus();
      return;
    }
    submit.disabled = true;
    try {
      const revoked = await json(`entitlements/${encodeURIComponent(e.id)}/revoke`,
        { method: 'POST', body: { reason: reason.value.trim() } });
      show(tr, revoked, status);
      status.replaceChildren(h('p', { class: 'alert alert-success' },
        `The entitlement of ${revoked.projectCode} to ${revoked.datasetTitle || revoked.datasetId} is revoked.`));
    } catch (error) {
      submit.disabled = false;
      status.replaceChildren(problemBox(error, 'The entitlement could not be revoked'));
    }
  });
  return form;
}
