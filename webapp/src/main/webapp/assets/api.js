// Access to the hub's JSON API under api/ (relative to the page, so the UI
// works at any context root). Credentials of the development login are kept in
// sessionStorage and sent as HTTP Basic on every call.

const CREDENTIALS_KEY = 'imaging-hub.basic-credentials';
const API_BASE = new URL('api/', document.baseURI);

/** An API failure carrying the RFC 9457 problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
  }
}

/** Listeners told when stored credentials were refused and dropped. */
const credentialListeners = new Set();
export function onCredentialsRejected(listener) {
  credentialListeners.add(listener);
}

export function storedCredentials() {
  try {
    return sessionStorage.getItem(CREDENTIALS_KEY);
  } catch {
    return null;
  }
}

export function storeCredentials(token) {
  try {
    if (token) sessionStorage.setItem(CREDENTIALS_KEY, token);
    else sessionStorage.removeItem(CREDENTIALS_KEY);
  } catch {
    // storage unavailable (private mode): the sign-in lasts until reload
  }
  memoryToken = token || null;
}

let memoryToken = null;

function currentToken() {
  return storedCredentials() || memoryToken;
}

/** Base64 of "user:password" in UTF-8, as HTTP Basic expects. */
export function basicToken(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
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

/**
 * Calls the API. Options: method, accept, body (object -> JSON), signal, and
 * token (Basic credentials to use instead of the stored ones; '' for none).
 */
export async function request(path, options = {}) {
  const { method = 'GET', accept = 'application/json', body, signal, params } = options;
  const headers = { Accept: accept };
  const token = options.token !== undefined ? options.token : currentToken();
  if (token) headers.Authorization = `Basic ${token}`;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(apiUrl(path, params), {
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
    if (response.status === 401 && options.token === undefined && token) {
      storeCredentials(null);
      for (const listener of credentialListeners) listener(problem);
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
