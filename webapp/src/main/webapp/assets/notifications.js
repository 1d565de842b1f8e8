// The signed-in person's notifications, and their unread count in the header.
import { json } from './api.js';
import { currentUser } from './auth.js';
import { h, problemBox, safeUrl, setTitle } from './dom.js';
import { timeEl } from './format.js';

let heading = null;

export function notificationsHeading() {
  return heading;
}

/** Shows the unread count beside the header's link; hides the link when signed out. */
export async function refreshUnread() {
  const item = document.getElementById('nav-notifications-item');
  const count = document.getElementById('unread-count');
  if (!item || !count) return;
  item.hidden = !currentUser().authenticated;
  if (item.hidden) return;
  try {
    const answer = await json('me/notifications');
    showUnread(answer.unread);
  } catch {
    showUnread(0);
  }
}

function showUnread(unread) {
  const count = document.getElementById('unread-count');
  count.hidden = !unread;
  count.replaceChildren(String(unread || 0), h('span', { class: 'visually-hidden' }, ' unread'));
}

export async function showNotifications(main) {
  heading = h('h1', { id: 'notifications-heading', tabindex: '-1' }, 'Notifications');
  setTitle('Notifications');
  const body = h('div', { id: 'notifications-body', 'aria-busy': 'true' }, h('p', { class: 'loading-text' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'projects-page notifications-page' }, heading, body));
  if (!currentUser().authenticated) {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { class: 'alert alert-info', role: 'status' }, 'Sign in to read your notifications.'));
    return;
  }
  await render(body);
  body.removeAttribute('aria-busy');
}

async function render(body) {
  let answer;
  try {
    answer = await json('me/notifications');
  } catch (error) {
    body.replaceChildren(problemBox(error, 'Your notifications could not be loaded'));
    return;
  }
  showUnread(answer.unread);
  const result = h('div', { id: 'notifications-result', role: 'status', 'aria-live': 'polite' });
  const act = async (path, done) => {
    try {
      await json(path, { method: 'POST' });
      await render(body);
      document.getElementById('notifications-result')?.replaceChildren(h('p', {}, done));
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The notification could not be marked as read'));
    }
  };
  // replaceChildren would write out a missing part as "null": leave such parts out
  body.replaceChildren(...[
    h('p', { class: 'lead', id: 'notifications-summary' }, `${answer.unread} unread of ${answer.items.length}.`),
    answer.unread
      ? h('p', {}, h('button', { type: 'button', class: 'btn', id: 'notifications-read-all',
        onclick: () => act('me/notifications/read-all', 'All marked as read.') }, 'Mark all as read'))
      : null,
    result,
    answer.items.length
      ? h('ul', { class: 'notification-list', id: 'notification-list' }, answer.items.map((n) => item(n, act)))
      : h('p', { class: 'muted' }, 'No notification.'),
  ].filter(Boolean));
}

function item(n, act) {
  const link = safeUrl(n.link);
  return h('li', { class: `card notification${n.read ? '' : ' unread'}`, 'data-id': n.id, 'data-read': String(n.read) },
    h('h2', { class: 'subheading' }, n.read ? null : h('span', { class: 'badge status' }, 'New'), ' ', n.subject),
    h('p', { class: 'muted small' }, timeEl(n.at)),
    n.body ? h('p', { class: 'notification-body' }, n.body) : null,
    h('div', { class: 'button-row' },
      link ? h('a', { href: link, 'aria-label': `Open the page of “${n.subject}”` }, 'Open the page') : null,
      n.read ? null : h('button', { type: 'button', class: 'btn btn-small',
        onclick: () => act(`me/notifications/${encodeURIComponent(n.id)}/read`, 'Marked as read.') },
      'Mark as read', h('span', { class: 'visually-hidden' }, `: ${n.subject}`))));
}
