// Access requests: the person's requests and draft basket, a new or changed request, and one
// request's page, which committee members share with the requester.
import { json } from './api.js';
import { currentUser, hasRole } from './auth.js';
import { addToBasket, basketItems, inBasket } from './basket.js';
import { entitlementsSection } from './entitlements.js';
import { h, problemBox, setTitle } from './dom.js';
import { date, personName, statusBadge, tagList, timeEl } from './format.js';
import { requestForm } from './request-form.js';
import { attachmentsSection, datasetsSection, partsSections, timelineSection } from './request-sections.js';

let heading = null;

export function requestsHeading() {
  return heading;
}

/**
 * `view`: 'list', 'new', 'edit' or 'detail'; `id` names the request for the last two. A new
 * request's `params` may name datasets to start with (`datasets=a,b`, as dataset pages link here).
 */
export async function showRequests(main, view, id, params) {
  const title = { list: 'My requests', new: 'New access request', edit: 'Change the request', detail: 'Access request' }[view];
  heading = h('h1', { id: 'requests-heading', tabindex: '-1' }, title);
  setTitle(title);
  const body = h('div', { id: 'requests-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'projects-page requests-page' }, heading, body));
  if (!currentUser().authenticated) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { class: 'alert alert-info', role: 'status' }, 'Sign in to request access to datasets.'));
    return;
  }
  try {
    if (view === 'list') await showList(body);
    else if (view === 'new') {
      const notes = await pickNamedDatasets(params);
      body.replaceChildren(backLink(), notes, await requestForm(null, openRequest));
    }
    else if (view === 'edit') body.replaceChildren(backLink(id), await requestForm(await load(id), openRequest));
    else await showRequest(body, id);
  } catch (error) {
    body.replaceChildren(backLink(), problemBox(error, 'The request could not be loaded'));
  }
  body.removeAttribute('aria-busy');
}

/**
 * Puts the datasets the address names into the draft basket (with their titles), then drops them
 * from the address so that coming back does not add again what the person removed since. Returns
 * a note about those the hub does not show to this person, or null.
 */
async function pickNamedDatasets(params) {
  const ids = [...new Set((params?.get('datasets') || '').split(',').map((s) => s.trim()).filter(Boolean))];
  if (!ids.length) return null;
  const missing = [];
  for (const datasetId of ids) {
    if (inBasket(datasetId)) continue;
    try {
      const d = await json(`datasets/${encodeURIComponent(datasetId)}`);
      addToBasket({ id: d.id, title: d.title });
    } catch {
      missing.push(datasetId);
    }
  }
  window.history.replaceState(null, '', '#/requests/new');
  if (!missing.length) return null;
  return h('div', { class: 'alert alert-warning', id: 'request-missing-datasets', role: 'status' },
    h('p', {}, `${missing.length === 1 ? 'A dataset named in the link is' : 'Datasets named in the link are'} not available to you and ${missing.length === 1 ? 'was' : 'were'} left out:`),
    h('ul', {}, missing.map((m) => h('li', {}, h('code', {}, m)))));
}

function load(id) {
  return json(`requests/${encodeURIComponent(id)}`);
}

function openRequest(saved) {
  window.location.hash = `#/requests/${encodeURIComponent(saved.id)}`;
}

async function showList(body) {
  const [requests, entitlements] = await Promise.all([requestsList(), entitlementsSection()]);
  body.replaceChildren(
    h('p', { class: 'lead' }, 'Access to a dataset’s images is granted to a project by the data access committee ' +
      'governing it. Pick datasets in the search results or on a dataset’s page, then finish the request here.'),
    basketCard(),
    requests,
    entitlements,
  );
}

/** The requests the person may see, or why they could not be listed (the basket stays usable). */
async function requestsList() {
  try {
    const requests = await json('requests');
    return requests.length ? requestsTable(requests) : h('p', { class: 'muted', id: 'no-requests' }, 'No access request yet.');
  } catch (error) {
    return problemBox(error, 'Your requests could not be loaded');
  }
}

function basketCard() {
  const items = basketItems();
  return h('section', { class: 'card', id: 'basket', 'aria-labelledby': 'basket-heading' },
    h('h2', { id: 'basket-heading' }, 'Draft request'),
    items.length
      ? [h('ul', { id: 'basket-list' }, items.map((i) => h('li', {}, h('a', { href: `#/datasets/${encodeURIComponent(i.id)}` }, i.title)))),
        h('a', { href: '#/requests/new', class: 'btn btn-primary', id: 'basket-continue' }, `Request access to ${items.length === 1 ? 'this dataset' : `these ${items.length} datasets`}`)]
      : h('p', { class: 'muted' }, 'No dataset picked. Use “Request access” on a dataset’s page or “Add to request” in the ',
        h('a', { href: '#/' }, 'search results'), '.'));
}

function requestsTable(requests) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'requests-caption' },
    h('table', { id: 'requests-table', class: 'data-table' },
      h('caption', { id: 'requests-caption' }, `${requests.length} ${requests.length === 1 ? 'request' : 'requests'}`),
      h('thead', {}, h('tr', {}, ['Request', 'Project', 'State', 'Submitted'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, requests.map((r) => h('tr', { class: 'request-row', 'data-id': r.id, 'data-state': r.state },
        h('th', { scope: 'row' }, h('a', { href: `#/requests/${encodeURIComponent(r.id)}` }, r.title || r.id)),
        h('td', {}, h('code', {}, r.projectCode)),
        h('td', {}, statusBadge(r.state)),
        h('td', {}, timeEl(r.submittedAt) || '—'))))));
}

async function showRequest(body, id) {
  const r = await load(id);
  heading.textContent = r.title || 'Access request';
  setTitle(r.title, 'Access request');
  const result = h('div', { id: 'request-result', role: 'status', 'aria-live': 'polite' });
  const act = async (call, failure) => {
    try {
      await call();
      await showRequest(body, id);
      document.getElementById('request-result')?.replaceChildren(h('p', { class: 'alert alert-success' }, 'Saved.'));
    } catch (error) {
      result.replaceChildren(problemBox(error, failure));
    }
  };
  body.replaceChildren(
    backLink(),
    summary(r, act),
    result,
    datasetsSection(r),
    ...partsSections(r, act),
    attachmentsSection(r, act),
    timelineSection(r, act),
  );
}

function summary(r, act) {
  const path = `requests/${encodeURIComponent(r.id)}`;
  const allowed = new Set(r.allowedActions || []);
  const changes = r.state === 'CHANGES_REQUESTED';
  return h('section', { class: 'card', id: 'request-summary', 'data-state': r.state, 'aria-labelledby': 'request-summary-heading' },
    h('h2', { id: 'request-summary-heading' }, 'Request ', statusBadge(r.state)),
    changes ? h('p', { class: 'alert alert-warning' }, 'The committee asked for changes: read its comment in the history, change the request and submit it again.') : null,
    h('dl', { class: 'fields compact' }, [
      ['Project', h('a', { href: `#/projects/${encodeURIComponent(r.projectCode)}` }, r.projectCode)],
      ['Requested by', personName(r.requester)],
      ['Created', timeEl(r.createdAt)],
      ['Submitted', timeEl(r.submittedAt)],
      ['Access until', date(r.accessEnd)],
      ['Ethics approval', r.ethicsReference],
      ['Intended use', tagList(r.intendedUse, 'data-use', 'Intended use')],
      ['Purpose in plain words', r.layPurpose],
      ['Scientific purpose', r.scientificPurpose],
    ].filter(([, v]) => v).map(([label, value]) => h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, value)))),
    h('div', { class: 'button-row' },
      allowed.has('edit') ? h('a', { class: 'btn', id: 'request-edit', href: `#/requests/${encodeURIComponent(r.id)}/edit` }, 'Change the request') : null,
      allowed.has('submit') ? h('button', { type: 'button', class: 'btn btn-primary', id: 'request-submit',
        onclick: () => act(() => json(`${path}/submit`, { method: 'POST' }), 'The request could not be submitted') },
      changes ? 'Submit again' : 'Submit to the committee') : null,
      allowed.has('withdraw') ? h('button', { type: 'button', class: 'btn', id: 'request-withdraw',
        onclick: () => act(() => json(`${path}/withdraw`, { method: 'POST' }), 'The request could not be withdrawn') }, 'Withdraw') : null));
}

function backLink(id) {
  const reviewer = hasRole('DAC_MEMBER') || hasRole('ADMIN');
  return h('p', { class: 'breadcrumb' }, id
    ? h('a', { href: `#/requests/${encodeURIComponent(id)}` }, '← Back to the request')
    : [h('a', { href: '#/requests' }, '← My requests'), reviewer ? [' · ', h('a', { href: '#/review' }, 'Review queue')] : null]);
}
