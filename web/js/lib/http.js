// The only module that calls fetch (api.js names every call on top of it). Every request is
// same-origin, says it comes from script (X-Requested-With, so the server sends no Basic-auth
// challenge), and turns an application/problem+json answer into an ApiError whose message is
// the problem's detail.
import { urls, withCouncil } from '../urls.js';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

/**
 * An HTTP error; `message` is text fit to show a person, `status` the HTTP status, `problem`
 * the problem+json body if there was one (e.g. a stale save's `currentVersion`), `field` the
 * request field the problem names, if any.
 */
export class ApiError extends Error {
  constructor(message, status, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.field = problem?.field;
  }
}

function readCookie(name) {
  const prefix = `${name}=`;
  const found = document.cookie.split(/;\s*/).find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

async function errorFrom(response) {
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      const text = problem.detail || problem.title;
      // A refusal that carries an answer of its own (a 422 proposal, say) keeps it as `problem`.
      return new ApiError(text || `The server answered ${response.status} ${response.statusText}.`.trim(),
        response.status, problem);
    } catch {
      // Not valid JSON after all: fall through to the generic message.
    }
  }
  return new ApiError(`The server answered ${response.status} ${response.statusText}.`.trim(), response.status);
}

/** fetch with the session cookie, the script marker and problem+json errors; resolves to the Response. */
export async function request(url, init = {}) {
  let response;
  try {
    response = await fetch(withCouncil(url), {
      credentials: 'same-origin',
      ...init,
      headers: { 'X-Requested-With': 'fetch', Accept: 'application/geo+json, application/json', ...init.headers },
    });
  } catch {
    throw new ApiError('The server could not be reached. Check your connection and try again.', 0);
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

export async function getJson(url) {
  const response = await request(url);
  return response.json();
}

/**
 * A newline-delimited JSON answer (application/x-ndjson) read as it arrives: `onItem` gets
 * each line's value as soon as the line is complete. Resolves once the answer has ended.
 */
export async function getLines(url, onItem) {
  const response = await request(url, { headers: { Accept: 'application/x-ndjson, application/problem+json' } });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split('\n');
    pending = lines.pop();
    lines.filter((line) => line.trim()).forEach((line) => onItem(JSON.parse(line)));
    if (done) break;
  }
  if (pending.trim()) onItem(JSON.parse(pending));
}

/** The CSRF token to send as X-XSRF-TOKEN on a change (fetched first if the cookie is not set yet). */
export async function csrfToken() {
  if (!readCookie(CSRF_COOKIE)) await request(urls.me).catch(() => undefined);
  return readCookie(CSRF_COOKIE) || '';
}

export async function post(url, form) {
  const headers = { [CSRF_HEADER]: await csrfToken() };
  const init = { method: 'POST', headers };
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form);
  }
  return request(url, init);
}

export async function sendJson(method, url, body, extraHeaders = {}) {
  const headers = { [CSRF_HEADER]: await csrfToken(), 'Content-Type': 'application/json', ...extraHeaders };
  const response = await request(url, { method, headers, body: JSON.stringify(body) });
  return response.json();
}


/**
 * A change to a versioned resource (an asset): JSON body, If-Match with its version when given;
 * resolves to `{feature, etag}`, the saved body and its new version.
 */
export async function sendVersioned(method, url, { body, etag } = {}) {
  const headers = { [CSRF_HEADER]: await csrfToken() };
  if (etag) headers['If-Match'] = etag;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { feature: await response.json(), etag: response.headers.get('ETag') };
}
