// Admin panel: maintenance actions for administrators.
import { json } from './api.js';
import { currentUser, hasRole } from './auth.js';
import { h, problemBox, setTitle } from './dom.js';
import { num } from './format.js';

let heading = null;

export function adminHeading() {
  return heading;
}

export function showAdmin(main) {
  heading = h('h1', { id: 'admin-heading', tabindex: '-1' }, 'Admin');
  setTitle('Admin');
  const me = currentUser();
  if (!hasRole('ADMIN')) {
    main.replaceChildren(
      h(
        'div',
        { class: 'admin-page', id: 'admin-panel' },
        heading,
        h(
          'div',
          { class: 'alert alert-info', role: 'status' },
          me.authenticated
            ? 'This panel is for administrators. Your account has no admin role.'
            : me.loginMode === 'dev'
              ? 'This panel is for administrators. Sign in as an admin to use it.'
              : 'This panel is for administrators.',
        ),
      ),
    );
    return;
  }
  const result = h('div', { id: 'rebuild-result', class: 'action-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'rebuild-index-button', class: 'btn btn-primary' }, 'Rebuild search index');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    result.replaceChildren(h('p', {}, 'Rebuilding the search index…'));
    try {
      const answer = await json('admin/search-index/rebuild', { method: 'POST' });
      const seconds = Number(answer?.millis) / 1000;
      result.replaceChildren(
        h(
          'p',
          { class: 'alert alert-success' },
          'Search index rebuilt: ',
          h('strong', { id: 'rebuild-indexed' }, num(answer?.indexed) ?? '0'),
          ` datasets indexed in ${Number.isFinite(seconds) ? seconds.toFixed(1) : '?'} s.`,
        ),
      );
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The rebuild failed'));
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  main.replaceChildren(
    h(
      'div',
      { class: 'admin-page', id: 'admin-panel' },
      heading,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'admin-committees-heading' },
        h('h2', { id: 'admin-committees-heading' }, 'Data-access committees'),
        h('p', {}, 'Set up the committees that decide on access to datasets and nodes, and change their members and rules: ',
          h('a', { href: '#/committees', id: 'admin-committees-link' }, 'manage committees'), '.'),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'search-index-heading' },
        h('h2', { id: 'search-index-heading' }, 'Search index'),
        h(
          'p',
          {},
          'Rebuild the full-text and facet index from the database. Use this after restoring a backup ' +
            'or when search results look out of date. Searching keeps working while it runs.',
        ),
        button,
        result,
      ),
    ),
  );
}
