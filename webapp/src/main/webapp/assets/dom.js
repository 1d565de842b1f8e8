// Small DOM helpers. Every piece of data reaches the page as a text node or an
// attribute value set through the DOM API, never as parsed HTML.

/**
 * Creates an element. `attrs` keys: `class`, `text`, `dataset` (object),
 * `on<event>` (listener), anything else becomes an attribute; `null`,
 * `undefined` and `false` are skipped, `true` sets an empty attribute.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children (nodes, strings, numbers, nested arrays); skips empty ones. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An element hidden visually but read by screen readers. */
export function srOnly(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

/** Returns the URL if it is http(s) or mailto, otherwise null. */
export function safeUrl(url) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim(), window.location.href);
    if (['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return parsed.href;
  } catch {
    // not a URL
  }
  return null;
}

/** A link opening outside the app, or plain text when the URL is unsafe. */
export function extLink(url, text, attrs = {}) {
  const href = safeUrl(url);
  const label = text ?? url ?? '';
  if (!href) return document.createTextNode(String(label));
  return h(
    'a',
    { href, rel: 'noopener noreferrer', target: '_blank', class: 'ext', ...attrs },
    label,
    srOnly(' (opens in a new tab)'),
  );
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+$/;

/** A mailto link, or plain text when the value does not look like an address. */
export function mailLink(email) {
  if (typeof email !== 'string') return null;
  const address = email.replace(/^mailto:/i, '').trim();
  if (!EMAIL.test(address)) return document.createTextNode(email);
  return h('a', { href: `mailto:${address}` }, address);
}

/** An alert box for an ApiError (or any Error). */
export function problemBox(error, context) {
  const problem = error?.problem || {};
  const title = problem.title || context || 'Something went wrong';
  const detail = problem.detail || (error?.problem ? '' : error?.message) || '';
  const fields = Array.isArray(problem.errors) ? problem.errors : [];
  return h(
    'div',
    { class: 'alert alert-error', role: 'alert', 'data-test': 'problem' },
    h('p', { class: 'alert-title' }, h('strong', {}, title)),
    detail ? h('p', { class: 'problem-detail' }, detail) : null,
    fields.length
      ? h(
          'ul',
          { class: 'problem-fields' },
          fields.map((f) =>
            h('li', {}, f.field ? h('code', {}, f.field) : null, f.field ? ': ' : '', f.message || ''),
          ),
        )
      : null,
  );
}

/** Sets the page title. */
export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), 'Imaging Hub'].join(' · ');
}

/** Moves focus to an element without scrolling surprises (for route changes). */
export function focusHeading(el) {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

/** A labelled form field with an optional hint the input is described by. */
export function formField(id, label, input, hint) {
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'form-field' }, h('label', { for: id }, label), input,
    hint ? h('p', { id: `${id}-hint`, class: 'muted small' }, hint) : null);
}
