// Access to the hub's JSON API under api/ (relative to the page, so the UI
// works at any context root). A signed-in person is known by the hub's session
// cookie, which no script can read; the session's CSRF token (from /api/me) is
// kept in memory only and sent with every call that changes something.

const API_BASE = new URL('api/', document.baseURI);
const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An API failure carrying the RFC 9457 problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
  }
}

/** Listeners told when the hub no longer knows the session (expired, or signed out elsewhere). */
const sessionListeners = new Set();
export function onSessionEnded(listener) {
  sessionListeners.add(listener);
}

let csrfToken = null;

/** The CSRF token of the current session, or null when signed out. */
export function setCsrfToken(token) {
  csrfToken = token || null;
}

/** Absolute URL of an API path with optional query parameters (URLSearchParams or object). */
export function apiUrl(path, params) {
  const url = new URL(path.replace(/^\/+/, ''), API_BASE);
  if (params) {
    const search = params instanceof URLSearchParams ? params : new URLSearchParams(params);
    url.search = search.toString();
  }
  return url;
}

async function readProblem(response) {
  const type = response.headers.get('Content-Type') || '';
  try {
    if (type.includes('json')) {
      const body = await response.json();
      if (body && typeof body === 'object') return body;
    }
  } catch {
    // fall through to a generic problem
  }
  return {
    status: response.status,
    title: response.statusText || 'Request failed',
    detail: `The hub answered with HTTP ${response.status}.`,
  };
}

/** Calls the API. Options: method, accept, body (object -> JSON, or a Blob sent as is), contentType, signal, params. */
export async function request(path, options = {}) {
  return send(apiUrl(path, options.params), options);
}

/** Calls the sign-in endpoints under auth/, beside the API. */
export async function authRequest(path, options = {}) {
  return send(new URL(`auth/${path}`, document.baseURI), options);
}

async function send(url, options) {
  const { method = 'GET', accept = 'application/json', body, signal } = options;
  const headers = { Accept: accept };
  if (!SAFE_METHODS.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let payload;
  if (body instanceof Blob) {
    // files (e.g. PDF attachments) go as they are, typed by the caller or by the file
    headers['Content-Type'] = options.contentType || body.type || 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: payload,
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError(0, {
      title: 'The hub could not be reached',
      detail: 'Check your network connection and try again.',
    });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && csrfToken) {
      csrfToken = null;
      for (const listener of sessionListeners) listener(problem);
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** GET/POST returning parsed JSON (null for empty answers). */
export async function json(path, options) {
  const response = await request(path, options);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Serialisations offered for download, with file extensions. */
export const RDF_FORMATS = [
  { key: 'turtle', label: 'Turtle', accept: 'text/turtle', ext: 'ttl' },
  { key: 'jsonld', label: 'JSON-LD', accept: 'application/ld+json', ext: 'jsonld' },
  { key: 'rdfxml', label: 'RDF/XML', accept: 'application/rdf+xml', ext: 'rdf' },
  { key: 'ntriples', label: 'N-Triples', accept: 'application/n-triples', ext: 'nt' },
];

/** Fetches an API resource in an RDF serialisation and saves it as a file. */
export async function downloadAs(path, format, basename, params) {
  const response = await request(path, { accept: format.accept, params });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${basename}.${format.ext}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
