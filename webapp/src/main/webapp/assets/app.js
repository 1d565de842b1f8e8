// Entry point: hash routing between the search, dataset, nodes, projects, requests, review queue,
// notifications, committees, traces and admin pages.
import { showAdmin, adminHeading } from './admin.js';
import { currentUser, hasRole, initAuth, loadMe, renderAuth } from './auth.js';
import { committeesHeading, showCommittees } from './committees.js';
import { reviewHeading, showReview } from './review.js';
import { detailHeading, showDetail } from './detail.js';
import { focusHeading, h, setTitle } from './dom.js';
import { nodesHeading, showNodes } from './nodes.js';
import { notificationsHeading, refreshUnread, showNotifications } from './notifications.js';
import { projectsHeading, showProjects } from './projects.js';
import { requestsHeading, showRequests } from './requests.js';
import { searchHeading, showSearch } from './search.js';
import { showTraces, tracesHeading } from './traces.js';

const main = document.getElementById('main');

/** Parses "#/datasets/abc?x=1" into { path: "/datasets/abc", params }. */
function parseHash() {
  let raw = window.location.hash.replace(/^#/, '');
  if (!raw.startsWith('/')) raw = `/${raw}`;
  const cut = raw.indexOf('?');
  const path = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(cut >= 0 ? raw.slice(cut + 1) : '');
  return { path, params };
}

const ROUTES = [
  { name: 'search', pattern: /^\/$/, show: (route, opts) => showSearch(main, route, opts), heading: searchHeading },
  {
    name: 'dataset',
    pattern: /^\/datasets\/([^/]+)$/,
    show: (route) => showDetail(main, decodeURIComponent(route.match[1])),
    heading: detailHeading,
  },
  { name: 'nodes', pattern: /^\/nodes$/, show: () => showNodes(main), heading: nodesHeading },
  { name: 'projects', pattern: /^\/projects$/, show: () => showProjects(main), heading: projectsHeading },
  {
    name: 'projects',
    pattern: /^\/projects\/([^/]+)$/,
    show: (route) => showProjects(main, decodeURIComponent(route.match[1])),
    heading: projectsHeading,
  },
  { name: 'requests', pattern: /^\/requests$/, show: () => showRequests(main, 'list'), heading: requestsHeading },
  {
    name: 'requests',
    pattern: /^\/requests\/new$/,
    show: (route) => showRequests(main, 'new', null, route.params),
    heading: requestsHeading,
  },
  {
    name: 'requests',
    pattern: /^\/requests\/([^/]+)\/edit$/,
    show: (route) => showRequests(main, 'edit', decodeURIComponent(route.match[1])),
    heading: requestsHeading,
  },
  {
    name: 'requests',
    pattern: /^\/requests\/([^/]+)$/,
    show: (route) => showRequests(main, 'detail', decodeURIComponent(route.match[1])),
    heading: requestsHeading,
  },
  { name: 'review', pattern: /^\/review$/, show: () => showReview(main), heading: reviewHeading },
  { name: 'notifications', pattern: /^\/notifications$/, show: () => showNotifications(main), heading: notificationsHeading },
  { name: 'committees', pattern: /^\/committees$/, show: () => showCommittees(main), heading: committeesHeading },
  {
    name: 'committees',
    pattern: /^\/committees\/([^/]+)$/,
    show: (route) => showCommittees(main, decodeURIComponent(route.match[1])),
    heading: committeesHeading,
  },
  { name: 'traces', pattern: /^\/traces$/, show: (route) => showTraces(main, route), heading: tracesHeading },
  { name: 'admin', pattern: /^\/admin$/, show: () => showAdmin(main), heading: adminHeading },
];

let currentView = null;
let firstRender = true;

/**
 * Shows the view of the current hash. `force` rebuilds the view (after sign-in
 * or sign-out); focus moves to the new page's heading only on navigation.
 */
async function route({ force = false } = {}) {
  const parsed = parseHash();
  let view = null;
  let match = null;
  for (const candidate of ROUTES) {
    match = candidate.pattern.exec(parsed.path);
    if (match) {
      view = candidate;
      break;
    }
  }
  updateNav(view?.name);
  const moveFocus = !force && !firstRender;
  firstRender = false;
  if (!view) {
    currentView = null;
    notFound(moveFocus);
    return;
  }
  // Moving within the search page (new filters, paging) keeps the page mounted.
  const entering = force || currentView !== view.name || view.name !== 'search';
  currentView = view.name;
  const shown = view.show({ ...parsed, match }, { fresh: entering });
  if (entering && moveFocus) {
    window.scrollTo(0, 0);
    await shown;
    focusHeading(view.heading());
  }
}

function notFound(moveFocus) {
  const heading = h('h1', { tabindex: '-1', id: 'not-found-heading' }, 'Page not found');
  main.replaceChildren(
    h(
      'div',
      { class: 'not-found' },
      heading,
      h('p', {}, 'There is nothing at this address. ', h('a', { href: '#/' }, 'Search the catalogue'), ' instead.'),
    ),
  );
  setTitle('Page not found');
  if (moveFocus) focusHeading(heading);
}

function updateNav(name) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    const active = link.dataset.nav === name || (name === 'dataset' && link.dataset.nav === 'search');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const adminItem = document.getElementById('nav-admin-item');
  if (adminItem) adminItem.hidden = !hasRole('ADMIN');
  const signedIn = currentUser().authenticated;
  for (const id of ['nav-projects-item', 'nav-requests-item']) {
    const item = document.getElementById(id);
    if (item) item.hidden = !signedIn;
  }
  const reviewItem = document.getElementById('nav-review-item');
  if (reviewItem) reviewItem.hidden = !(hasRole('DAC_MEMBER') || hasRole('ADMIN'));
  // the unread count follows what the person did on the page they leave
  refreshUnread();
  const committeesItem = document.getElementById('nav-committees-item');
  if (committeesItem) committeesItem.hidden = !hasRole('ADMIN') && !hasRole('DAC_MEMBER');
}

/** The skip link must not change the route hash. */
function wireSkipLink() {
  const skip = document.querySelector('.skip-link');
  skip?.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = main.querySelector('h1');
    if (heading) focusHeading(heading);
    else main.focus();
  });
}

async function start() {
  wireSkipLink();
  initAuth({
    banner: document.getElementById('dev-banner-slot'),
    area: document.getElementById('auth'),
    onChange: () => route({ force: true }),
  });
  await loadMe();
  renderAuth();
  window.addEventListener('hashchange', () => route());
  await route({ force: true });
}

start();
