// Projects: the signed-in person's projects, creating one, and one project's members and history.
import { json } from './api.js';
import { currentUser, hasRole, loadMe } from './auth.js';
import { formField as field, h, mailLink, problemBox, setTitle } from './dom.js';
import { humanize, personName, timeEl } from './format.js';

const EVENT_LABELS = {
  CREATED: 'Project created',
  MEMBER_ADDED: 'Member added',
  MEMBER_REMOVED: 'Member removed',
  CLOSED: 'Project closed',
};

let heading = null;

export function projectsHeading() {
  return heading;
}

/** The list of projects, or one project when a code is given. */
export async function showProjects(main, code) {
  heading = h('h1', { id: 'projects-heading', tabindex: '-1' }, code ? `Project ${code}` : 'Projects');
  setTitle(code ? `Project ${code}` : 'Projects');
  const body = h('div', { id: 'projects-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'projects-page' }, heading, body));
  if (!currentUser().authenticated) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { class: 'alert alert-info', role: 'status' }, 'Sign in to see and create projects.'));
    return;
  }
  if (code) await showProject(body, code);
  else await showList(body);
  body.removeAttribute('aria-busy');
}

async function showList(body) {
  let projects;
  try {
    projects = await json('projects');
  } catch (error) {
    body.replaceChildren(problemBox(error, 'The projects could not be loaded'));
    return;
  }
  body.replaceChildren(
    h('p', { class: 'lead' }, 'Projects are the teams to which access to datasets is granted. ' +
      'Their principal investigator adds and removes members.'),
    projects.length ? listTable(projects) : h('p', { class: 'muted', id: 'no-projects' }, 'You belong to no project yet.'),
    hasRole('RESEARCHER') || hasRole('ADMIN') ? createForm() : '',
  );
}

function listTable(projects) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'projects-caption' },
    h(
      'table',
      { id: 'projects-table', class: 'data-table' },
      h('caption', { id: 'projects-caption' }, `${projects.length} ${projects.length === 1 ? 'project' : 'projects'}`),
      h('thead', {}, h('tr', {}, ['Project', 'Principal investigator', 'Members', 'Your role', 'Status'].map((t) =>
        h('th', { scope: 'col', class: t === 'Members' ? 'num' : null }, t)))),
      h('tbody', {}, projects.map((p) =>
        h(
          'tr',
          { class: 'project-row', 'data-code': p.code },
          h('th', { scope: 'row' }, h('a', { href: `#/projects/${encodeURIComponent(p.code)}` }, p.title),
            h('div', { class: 'muted small' }, h('code', {}, p.code))),
          h('td', {}, personName(p.principalInvestigator)),
          h('td', { class: 'num' }, String(p.members)),
          h('td', {}, p.yourRole ? roleLabel(p.yourRole) : '—'),
          h('td', {}, p.closed ? 'Closed' : 'Open'),
        ))),
    ),
  );
}

function createForm() {
  const code = h('input', { id: 'project-code', name: 'code', type: 'text', required: true, size: 20, maxlength: 32, autocapitalize: 'characters', spellcheck: 'false' });
  const title = h('input', { id: 'project-title', name: 'title', type: 'text', required: true, size: 40, maxlength: 300 });
  const description = h('textarea', { id: 'project-description', name: 'description', rows: 3, cols: 40, maxlength: 4000 });
  const pi = hasRole('ADMIN') ? h('input', { id: 'project-pi', name: 'piEmail', type: 'email', size: 30 }) : null;
  const result = h('div', { id: 'project-create-result', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { id: 'project-create-form', class: 'project-form', 'aria-labelledby': 'project-create-heading', novalidate: true },
    field('project-code', 'Code', code, '3–32 letters, digits or dashes, e.g. LUNG-AI-2026'),
    field('project-title', 'Title', title),
    field('project-description', 'Description (optional)', description),
    pi ? field('project-pi', 'Principal investigator’s e-mail (optional)', pi, 'Leave empty to lead the project yourself.') : null,
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'project-create' }, 'Create project'),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await json('projects', {
        method: 'POST',
        body: { code: code.value.trim(), title: title.value, description: description.value, piEmail: pi?.value.trim() || null },
      });
      await loadMe();
      window.location.hash = `#/projects/${encodeURIComponent(created.code)}`;
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The project could not be created'));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'project-create-heading' },
    h('h2', { id: 'project-create-heading' }, 'New project'), form);
}

async function showProject(body, code) {
  let project;
  let events;
  try {
    [project, events] = await Promise.all([
      json(`projects/${encodeURIComponent(code)}`),
      json(`projects/${encodeURIComponent(code)}/events`),
    ]);
  } catch (error) {
    body.replaceChildren(problemBox(error, 'The project could not be loaded'), backLink());
    return;
  }
  const result = h('div', { id: 'project-result', role: 'status', 'aria-live': 'polite' });
  const reload = () => showProject(body, code);
  const act = async (call, failure) => {
    try {
      await call();
      await loadMe();
      await reload();
      document.getElementById('project-result')?.replaceChildren(h('p', { class: 'alert alert-success' }, 'Saved.'));
    } catch (error) {
      result.replaceChildren(problemBox(error, failure));
    }
  };
  const path = `projects/${encodeURIComponent(project.code)}`;
  body.replaceChildren(
    backLink(),
    h('section', { class: 'card', 'aria-labelledby': 'project-about-heading' },
      h('h2', { id: 'project-about-heading' }, project.title),
      project.description ? h('p', {}, project.description) : null,
      h('p', {}, 'Principal investigator: ', h('strong', { id: 'project-pi-name' }, personName(project.principalInvestigator)),
        project.principalInvestigator?.email ? [' (', mailLink(project.principalInvestigator.email), ')'] : null),
      h('p', { id: 'project-status' }, project.closed ? ['Closed ', timeEl(project.closedAt)] : ['Open since ', timeEl(project.createdAt)]),
      project.youMayManage
        ? h('button', { type: 'button', class: 'btn', id: 'project-close',
            onclick: () => act(() => json(`${path}/close`, { method: 'POST' }), 'The project could not be closed') }, 'Close project')
        : null),
    result,
    membersSection(project, path, act),
    historySection(events),
  );
}

function membersSection(project, path, act) {
  const members = project.members || [];
  const rows = members.map((m) =>
    h('li', { class: 'project-member', 'data-subject': m.person.subject },
      h('strong', {}, personName(m.person)),
      m.person.email ? [' — ', mailLink(m.person.email)] : null,
      project.youMayManage
        ? h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `Remove ${personName(m.person)}`,
            onclick: () => act(() => json(`${path}/members/${encodeURIComponent(m.person.email || m.person.subject)}`, { method: 'DELETE' }),
              'The member could not be removed') }, 'Remove')
        : null));
  let form = null;
  if (project.youMayManage) {
    const email = h('input', { id: 'member-email', name: 'email', type: 'email', required: true, size: 30, autocomplete: 'off' });
    form = h('form', { id: 'member-add-form', class: 'project-form', 'aria-label': 'Add a member' },
      field('member-email', 'E-mail of the person to add', email, 'They must have signed in to the hub at least once.'),
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'member-add' }, 'Add member'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => json(`${path}/members`, { method: 'POST', body: { email: email.value.trim() } }), 'The member could not be added');
    });
  }
  return h('section', { class: 'card', 'aria-labelledby': 'project-members-heading' },
    h('h2', { id: 'project-members-heading' }, 'Members'),
    members.length ? h('ul', { id: 'project-members', class: 'member-list' }, rows) : h('p', { class: 'muted' }, 'No members besides the principal investigator.'),
    form);
}

function historySection(events) {
  return h('section', { class: 'card', 'aria-labelledby': 'project-history-heading' },
    h('h2', { id: 'project-history-heading' }, 'History'),
    h('ol', { id: 'project-history', class: 'project-history' }, (events || []).map((e) =>
      h('li', { 'data-type': e.type },
        timeEl(e.at), ' ', h('strong', {}, EVENT_LABELS[e.type] || humanize(e.type)),
        e.member ? [': ', personName(e.member)] : null,
        ' by ', personName(e.actor)))));
}

function backLink() {
  return h('p', {}, h('a', { href: '#/projects' }, '← All projects'));
}

function roleLabel(role) {
  return role === 'PI' ? 'Principal investigator' : 'Member';
}
