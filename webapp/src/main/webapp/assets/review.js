// The review queue of committee members: the request parts waiting for the signed-in member's committees, how long
// they have waited and whose vote is missing, with the CSV export of the committees' requests and the entitlements
// the committees granted.
import { apiUrl, json } from './api.js';
import { currentUser, hasRole } from './auth.js';
import { h, problemBox, setTitle } from './dom.js';
import { grantedEntitlementsSection } from './entitlements.js';
import { humanize, personName, plural, timeEl } from './format.js';

let heading = null;

export function reviewHeading() {
  return heading;
}

export async function showReview(main) {
  heading = h('h1', { id: 'review-heading', tabindex: '-1' }, 'Review queue');
  setTitle('Review queue');
  const body = h('div', { id: 'review-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'projects-page review-page' }, heading, body));
  if (!currentUser().authenticated || !(hasRole('DAC_MEMBER') || hasRole('ADMIN'))) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { class: 'alert alert-info', role: 'status' },
      'This queue is for members of a data access committee.'));
    return;
  }
  let queue;
  let granted;
  try {
    [queue, granted] = await Promise.all([json('committee/queue'), grantedEntitlementsSection()]);
  } catch (error) {
    body.replaceChildren(problemBox(error, 'The queue could not be loaded'));
    body.removeAttribute('aria-busy');
    return;
  }
  body.replaceChildren(
    h('p', { class: 'lead' }, 'Requests waiting for your committees, oldest first. A part is decided as soon as its quorum is met, or by the chair.'),
    h('p', {}, h('a', { href: apiUrl('requests/export').href, download: 'access-requests.csv', id: 'requests-export', class: 'btn btn-small' },
      'Export the requests as CSV')),
    queue.length ? table(queue) : h('p', { class: 'muted', id: 'queue-empty' }, 'Nothing is waiting for your committees.'),
    granted,
  );
  body.removeAttribute('aria-busy');
}

function table(queue) {
  const sorted = [...queue].sort((a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'queue-caption' },
    h('table', { id: 'queue-table', class: 'data-table' },
      h('caption', { id: 'queue-caption' }, `${queue.length} waiting`),
      h('thead', {}, h('tr', {}, ['Request', 'Project', 'Committee', 'Submitted', 'Age', 'Votes missing', 'Your vote'].map((t) =>
        h('th', { scope: 'col', class: t === 'Age' ? 'num' : null }, t)))),
      h('tbody', {}, sorted.map((q) => h('tr', { class: 'queue-row', 'data-request': q.requestId, 'data-part': q.partId },
        h('th', { scope: 'row' }, h('a', { href: `#/requests/${encodeURIComponent(q.requestId)}` }, q.title || q.requestId)),
        h('td', {}, h('code', {}, q.projectCode)),
        h('td', {}, q.committee?.name),
        h('td', {}, timeEl(q.submittedAt)),
        h('td', { class: 'num queue-age' }, plural(q.ageDays ?? 0, 'day')),
        h('td', { class: 'queue-missing' }, (q.missingVoters || []).map(personName).join(', ') || 'None'),
        h('td', { class: 'queue-my-vote' }, q.myVote ? humanize(q.myVote) : 'Not yet'))))));
}
