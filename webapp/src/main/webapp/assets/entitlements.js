// The entitlements of the signed-in person's projects: what they may use, and until when.
import { json } from './api.js';
import { h, problemBox } from './dom.js';
import { humanize, timeEl } from './format.js';

/** A card listing the person's entitlements with their end dates. */
export async function entitlementsSection() {
  let content;
  try {
    const entitlements = await json('me/entitlements');
    content = entitlements.length
      ? table(entitlements)
      : h('p', { class: 'muted', id: 'no-entitlements' }, 'None of your projects may use a dataset yet.');
  } catch (error) {
    content = problemBox(error, 'Your entitlements could not be loaded');
  }
  return h('section', { class: 'card', id: 'entitlements', 'aria-labelledby': 'entitlements-heading' },
    h('h2', { id: 'entitlements-heading' }, 'My entitlements'), content);
}

function table(entitlements) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'entitlements-caption' },
    h('table', { id: 'entitlements-table', class: 'data-table' },
      h('caption', { id: 'entitlements-caption' }, `${entitlements.length} ${entitlements.length === 1 ? 'entitlement' : 'entitlements'}`),
      h('thead', {}, h('tr', {}, ['Dataset', 'Project', 'From', 'Until', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, entitlements.map((e) => h('tr', { class: 'entitlement-row', 'data-id': e.id, 'data-dataset': e.datasetId, 'data-status': e.status },
        h('th', { scope: 'row' }, h('a', { href: `#/datasets/${encodeURIComponent(e.datasetId)}` }, e.datasetTitle || e.datasetId),
          e.requestId ? h('div', { class: 'small' }, h('a', { href: `#/requests/${encodeURIComponent(e.requestId)}` }, 'Request')) : null),
        h('td', {}, h('code', {}, e.projectCode)),
        h('td', {}, timeEl(e.start)),
        h('td', { class: 'entitlement-end' }, timeEl(e.end)),
        h('td', {}, humanize(e.status), e.revokeReason ? h('div', { class: 'muted small' }, `Revoked: ${e.revokeReason}`) : null))))));
}
