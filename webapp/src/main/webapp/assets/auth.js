// Who is signed in, the development-login banner, and the sign-in form.
import { authRequest, json, onSessionEnded, setCsrfToken } from './api.js';
import { h } from './dom.js';

const ANONYMOUS = { authenticated: false, roles: [], nodes: [], loginMode: 'none' };
const ROLE_LABELS = {
  ADMIN: 'Admin',
  NODE_OPERATOR: 'Node operator',
  RESEARCHER: 'Researcher',
  DAC_MEMBER: 'Data access committee',
};

let me = { ...ANONYMOUS };
let loginMessage = '';
let changeListener = () => {};
let bannerSlot = null;
let authSlot = null;

export function currentUser() {
  return me;
}

export function hasRole(role) {
  return Array.isArray(me.roles) && me.roles.includes(role);
}

/** The nodes the signed-in person runs: all for admins, their own for operators, else none. */
export function operatedNodes(nodes) {
  if (hasRole('ADMIN')) return nodes;
  const own = new Set(me.nodes || []);
  return hasRole('NODE_OPERATOR') ? nodes.filter((n) => own.has(n.id)) : [];
}

/** Reads /api/me: who the session cookie (if any) signs in, and the session's CSRF token. */
export async function loadMe() {
  try {
    me = { ...ANONYMOUS, ...(await json('me')) };
  } catch {
    me = { ...ANONYMOUS };
  }
  setCsrfToken(me.csrfToken);
  return me;
}

/** Wires the auth area; `onChange` is called after sign-in or sign-out. */
export function initAuth({ banner, area, onChange }) {
  bannerSlot = banner;
  authSlot = area;
  changeListener = onChange;
  onSessionEnded(async () => {
    loginMessage = 'Your session has ended; sign in again.';
    await loadMe();
    renderAuth();
    changeListener();
  });
}

export function renderAuth() {
  renderBanner();
  if (!authSlot) return;
  if (me.authenticated) authSlot.replaceChildren(signedIn());
  else if (me.loginMode === 'dev') authSlot.replaceChildren(signInForm());
  else if (me.loginMode === 'oidc') authSlot.replaceChildren(providerSignIn());
  else authSlot.replaceChildren(h('p', { class: 'auth-note' }, 'Public, read-only catalogue'));
}

function renderBanner() {
  if (!bannerSlot) return;
  if (me.loginMode !== 'dev') {
    bannerSlot.replaceChildren();
    return;
  }
  bannerSlot.replaceChildren(
    h(
      'div',
      { class: 'dev-banner', role: 'note', 'aria-label': 'Warning' },
      h('span', { class: 'dev-banner-icon', 'aria-hidden': 'true' }, '⚠'),
      h('strong', { id: 'dev-banner' }, 'Development login — demo users only, not for production'),
      h('span', { class: 'dev-banner-hint' }, 'Users admin, operator, researcher, committee; password = user name'),
    ),
  );
}

function signedIn() {
  const roles = (me.roles || []).map((r) => ROLE_LABELS[r] || r);
  return h(
    'div',
    { class: 'signed-in' },
    h(
      'p',
      { id: 'whoami', class: 'whoami', 'data-subject': me.subject || null },
      h('span', { class: 'visually-hidden' }, 'Signed in as '),
      h('strong', {}, me.displayName || me.subject || 'Signed in'),
      roles.length ? h('span', { class: 'roles' }, roles.join(', ')) : null,
    ),
    h('button', { type: 'button', id: 'logout-button', class: 'btn btn-small', onclick: signOut }, 'Sign out'),
  );
}

function signInForm() {
  const user = h('input', {
    id: 'login-user',
    name: 'user',
    type: 'text',
    autocomplete: 'username',
    autocapitalize: 'none',
    spellcheck: 'false',
    required: true,
    size: 10,
  });
  const password = h('input', {
    id: 'login-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    size: 10,
  });
  const message = h('p', { id: 'login-error', class: 'login-error', role: 'alert' }, loginMessage);
  const button = h('button', { type: 'submit', id: 'login-button', class: 'btn btn-small btn-primary' }, 'Sign in');
  const form = h(
    'form',
    { id: 'login-form', class: 'login-form', 'aria-label': 'Development sign-in', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'login-user' }, 'User'), user),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    button,
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = user.value.trim();
    if (!name || !password.value) {
      message.textContent = 'Enter a user name and a password.';
      (name ? password : user).focus();
      return;
    }
    button.disabled = true;
    message.textContent = '';
    try {
      await authRequest('dev-login', { method: 'POST', body: { user: name, password: password.value } });
      await loadMe();
      if (!me.authenticated) throw new Error('The hub did not accept this sign-in.');
      loginMessage = '';
      renderAuth();
      changeListener();
      document.getElementById('logout-button')?.focus();
    } catch (error) {
      message.textContent = error.problem?.detail || error.message || 'Sign-in failed.';
      button.disabled = false;
      password.select();
      password.focus();
    }
  });
  return form;
}

/** With an OpenID provider, signing in happens on its own page: a plain link there. */
function providerSignIn() {
  return h('a', { id: 'login-button', class: 'btn btn-small btn-primary', href: 'auth/login' }, 'Sign in');
}

async function signOut() {
  try {
    const answer = await authRequest('logout', { method: 'POST' });
    // with an OpenID provider, its session ends too: the hub names where to go
    const next = answer.status === 200 ? (await answer.json()).logoutUrl : null;
    if (next) {
      window.location.assign(next);
      return;
    }
    loginMessage = '';
  } catch (error) {
    loginMessage = error.problem?.detail || 'Signing out failed.';
  }
  await loadMe();
  renderAuth();
  changeListener();
  document.getElementById('login-user')?.focus();
}
