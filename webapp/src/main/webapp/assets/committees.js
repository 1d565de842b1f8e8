// Data-access committees: the list (admins see all, members theirs), one committee with its
// history, and the form admins set one up or redefine it with.
import { json } from './api.js';
import { currentUser, hasRole } from './auth.js';
import { formField as field, h, mailLink, problemBox, setTitle } from './dom.js';
import { personName, timeEl } from './format.js';

const QUORUM_LABELS = { MAJORITY: 'Majority', UNANIMOUS: 'Unanimous', N_OF_M: 'N of M' };

let heading = null;

export function committeesHeading() {
  return heading;
}

/** The list of committees, or one committee when an id is given. */
export async function showCommittees(main, id) {
  heading = h('h1', { id: 'committees-heading', tabindex: '-1' }, id ? 'Data-access committee' : 'Data-access committees');
  setTitle(id ? 'Data-access committee' : 'Data-access committees');
  const body = h('div', { id: 'committees-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'projects-page committees-page' }, heading, body));
  if (!currentUser().authenticated) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { class: 'alert alert-info', role: 'status' }, 'Sign in to see data-access committees.'));
    return;
  }
  if (id) await showCommittee(body, id);
  else await showList(body);
  body.removeAttribute('aria-busy');
}

async function showList(body) {
  let committees;
  try {
    committees = await json('committees');
  } catch (error) {
    body.replaceChildren(problemBox(error, 'The committees could not be loaded'));
    return;
  }
  body.replaceChildren(
    h('p', { class: 'lead' }, 'A data-access committee decides on requests for the datasets it governs, ' +
      'named one by one or as every dataset of a node. Admins set committees up; members see theirs.'),
    committees.length ? listTable(committees) : h('p', { class: 'muted', id: 'no-committees' }, 'No committee yet.'),
    hasRole('ADMIN') ? await formSection(null) : '',
  );
}

function listTable(committees) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'committees-caption' },
    h(
      'table',
      { id: 'committees-table', class: 'data-table' },
      h('caption', { id: 'committees-caption' }, `${committees.length} ${committees.length === 1 ? 'committee' : 'committees'}`),
      h('thead', {}, h('tr', {}, ['Committee', 'Chair', 'Members', 'Governs', 'Quorum', 'Time to vote'].map((t) =>
        h('th', { scope: 'col' }, t)))),
      h('tbody', {}, committees.map((c) =>
        h(
          'tr',
          { class: 'committee-row', 'data-id': c.id },
          h('th', { scope: 'row' }, h('a', { href: `#/committees/${encodeURIComponent(c.id)}` }, c.name)),
          h('td', {}, personName(chair(c))),
          h('td', {}, c.members.filter((m) => !m.chair).map(personName).join(', ') || '—'),
          h('td', {}, governs(c)),
          h('td', {}, quorumLabel(c)),
          h('td', {}, `${c.voteDays} days`),
        ))),
    ),
  );
}

async function showCommittee(body, id) {
  let committee;
  let changes;
  try {
    [committee, changes] = await Promise.all([
      json(`committees/${encodeURIComponent(id)}`),
      json(`committees/${encodeURIComponent(id)}/changes`),
    ]);
  } catch (error) {
    body.replaceChildren(problemBox(error, 'The committee could not be loaded'), backLink());
    return;
  }
  heading.textContent = committee.name;
  setTitle(committee.name);
  body.replaceChildren(
    backLink(),
    h('section', { class: 'card', 'aria-labelledby': 'committee-about-heading' },
      h('h2', { id: 'committee-about-heading' }, 'About'),
      h('dl', { class: 'proof', id: 'committee-facts' },
        h('dt', {}, 'Chair'), h('dd', { id: 'committee-chair' }, personName(chair(committee))),
        h('dt', {}, 'Quorum'), h('dd', { id: 'committee-quorum-rule' }, quorumLabel(committee)),
        h('dt', {}, 'Time to vote'), h('dd', {}, `${committee.voteDays} days`),
        h('dt', {}, 'Governs'), h('dd', {}, governs(committee)),
        h('dt', {}, 'Set up'), h('dd', {}, timeEl(committee.createdAt)))),
    h('section', { class: 'card', 'aria-labelledby': 'committee-members-heading' },
      h('h2', { id: 'committee-members-heading' }, 'Members'),
      h('ul', { id: 'committee-members', class: 'member-list' }, committee.members.map((m) =>
        h('li', { class: 'committee-member', 'data-subject': m.subject },
          h('strong', {}, personName(m)), m.chair ? ' (chair)' : null,
          m.email ? [' — ', mailLink(m.email)] : null)))),
    historySection(changes),
    (committee.allowedActions || []).includes('edit') ? await formSection(committee) : null,
  );
}

function historySection(changes) {
  return h('section', { class: 'card', 'aria-labelledby': 'committee-history-heading' },
    h('h2', { id: 'committee-history-heading' }, 'History'),
    h('ol', { id: 'committee-history', class: 'project-history' }, (changes || []).map((c) =>
      h('li', { 'data-kind': c.kind },
        timeEl(c.at), ' ', h('strong', {}, c.kind === 'CREATED' ? 'Set up' : 'Changed'),
        ' by ', personName(c.actor),
        h('ul', {}, c.changes.map((i) => h('li', {}, changeText(i))))))));
}

function changeText(item) {
  if (item.from == null) return `${item.field}: ${item.to}`;
  if (item.to == null) return `${item.field} removed: ${item.from}`;
  return `${item.field}: ${item.from} → ${item.to}`;
}

/** The form admins set up a committee with, or redefine one with (all fields, each time). */
async function formSection(committee) {
  let nodes = [];
  try {
    nodes = await json('nodes');
  } catch {
    // without the list, nodes already governed are still shown and kept
  }
  const c = committee || { name: '', quorum: { kind: 'MAJORITY' }, voteDays: 14, members: [], datasetIds: [], nodeIds: [] };
  const name = h('input', { id: 'committee-name', type: 'text', required: true, size: 40, maxlength: 200, value: c.name });
  const kind = h('select', { id: 'committee-quorum' }, Object.entries(QUORUM_LABELS).map(([value, label]) =>
    h('option', { value, selected: c.quorum.kind === value }, label)));
  const n = h('input', { id: 'committee-quorum-n', type: 'number', min: 1, size: 4, value: c.quorum.n ?? '' });
  const voteDays = h('input', { id: 'committee-vote-days', type: 'number', min: 1, max: 365, required: true, size: 4, value: c.voteDays });
  const chairEmail = h('input', { id: 'committee-chair', type: 'email', required: true, size: 30, autocomplete: 'off',
    value: chair(c)?.email || '' });
  const others = h('textarea', { id: 'committee-members', rows: 3, cols: 40 });
  others.value = c.members.filter((m) => !m.chair).map((m) => m.email || m.subject).join('\n');
  const datasets = h('textarea', { id: 'committee-datasets', rows: 3, cols: 40 });
  datasets.value = c.datasetIds.join('\n');
  const nodeIds = [...new Set([...nodes.map((x) => x.id), ...c.nodeIds])];
  const boxes = nodeIds.map((id) => h('input', { type: 'checkbox', id: `committee-node-${id}`, value: id, checked: c.nodeIds.includes(id) }));
  const result = h('div', { id: 'committee-result', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { id: 'committee-form', class: 'project-form', 'aria-labelledby': 'committee-form-heading', novalidate: true },
    field('committee-name', 'Name', name),
    field('committee-quorum', 'Quorum rule', kind, 'Majority: more than half of the members; N of M: at least N members.'),
    field('committee-quorum-n', 'N (for N of M)', n, 'At most the number of members, chair included.'),
    field('committee-vote-days', 'Days a member has to vote', voteDays),
    field('committee-chair', 'Chair’s e-mail', chairEmail, 'People sit on committees after their first sign-in.'),
    field('committee-members', 'Other members’ e-mails, one per line', others),
    field('committee-datasets', 'Datasets governed (ids, one per line)', datasets),
    h('fieldset', { class: 'form-field', id: 'committee-nodes' },
      h('legend', {}, 'Nodes governed as a whole'),
      boxes.map((box, i) => h('div', {}, box, ' ', h('label', { for: box.id }, nodeLabel(nodes, nodeIds[i]))))),
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'committee-save' }, committee ? 'Save changes' : 'Set up committee'),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
    const payload = {
      name: name.value,
      quorum: { kind: kind.value, n: kind.value === 'N_OF_M' ? Number(n.value) : null },
      voteDays: Number(voteDays.value),
      members: [{ email: chairEmail.value.trim(), chair: true }, ...lines(others.value).map((email) => ({ email, chair: false }))],
      datasetIds: lines(datasets.value),
      nodeIds: boxes.filter((b) => b.checked).map((b) => b.value),
    };
    try {
      const saved = committee
        ? await json(`committees/${encodeURIComponent(committee.id)}`, { method: 'PUT', body: payload })
        : await json('committees', { method: 'POST', body: payload });
      if (committee) {
        await showCommittee(document.getElementById('committees-body'), saved.id);
        document.getElementById('committee-result')?.replaceChildren(h('p', { class: 'alert alert-success' }, 'Saved.'));
      } else {
        window.location.hash = `#/committees/${encodeURIComponent(saved.id)}`;
      }
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The committee could not be saved'));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'committee-form-heading' },
    h('h2', { id: 'committee-form-heading' }, committee ? 'Edit committee' : 'New committee'), form);
}

function nodeLabel(nodes, id) {
  const node = nodes.find((x) => x.id === id);
  return node?.name ? `${node.name} (${id})` : id;
}

function governs(c) {
  const parts = [];
  if (c.nodeIds.length) parts.push(`${c.nodeIds.length === 1 ? 'node' : 'nodes'} ${c.nodeIds.join(', ')}`);
  if (c.datasetIds.length > 3) parts.push(`datasets ${c.datasetIds.slice(0, 3).join(', ')} and ${c.datasetIds.length - 3} more`);
  else if (c.datasetIds.length) parts.push(`${c.datasetIds.length === 1 ? 'dataset' : 'datasets'} ${c.datasetIds.join(', ')}`);
  return parts.join('; ') || '—';
}

function quorumLabel(c) {
  return c.quorum.kind === 'N_OF_M' ? `${c.quorum.n} of ${c.members.length}` : QUORUM_LABELS[c.quorum.kind] || c.quorum.kind;
}

function chair(c) {
  return c.members.find((m) => m.chair);
}

function backLink() {
  return h('p', {}, h('a', { href: '#/committees' }, '← All committees'));
}
