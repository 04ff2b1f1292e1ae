// The only module that calls fetch. Every request is same-origin, says it comes from script
// (X-Requested-With, so the server sends no Basic-auth challenge), and turns an
// application/problem+json answer into an ApiError whose message is the problem's detail.
import { urls, withCouncil } from './urls.js';

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

async function getJson(url) {
  const response = await request(url);
  return response.json();
}

/** Any GET makes the server set the CSRF cookie; make one if we have none yet. */
/** The CSRF token to send as X-XSRF-TOKEN on a change (fetched first if the cookie is not set yet). */
export async function csrfToken() {
  if (!readCookie(CSRF_COOKIE)) await request(urls.me).catch(() => undefined);
  return readCookie(CSRF_COOKIE) || '';
}

async function post(url, form) {
  const headers = { [CSRF_HEADER]: await csrfToken() };
  const init = { method: 'POST', headers };
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form);
  }
  return request(url, init);
}

async function sendJson(method, url, body, extraHeaders = {}) {
  const headers = { [CSRF_HEADER]: await csrfToken(), 'Content-Type': 'application/json', ...extraHeaders };
  const response = await request(url, { method, headers, body: JSON.stringify(body) });
  return response.json();
}

const postJson = (url, body) => sendJson('POST', url, body);

export const getConfig = () => getJson(urls.config);

/** The council the page shows: `{code, name, kind, area, minResidents, maxResidents, attribution}`. */
export const getCouncil = () => getJson(urls.council);

/** Every council on this server: `[{code, name, kind}]`. */
export const getCouncils = () => getJson(urls.councils);

/** The signed-in user's council with its settings (costs, cost equivalents, …) and `version`. */
export const getCouncilSettings = () => getJson(urls.councilSettings);

/** Saves the council's settings made on `version`; rejects with 412 if someone saved since. */
export const saveCouncilSettings = (version, settings) => sendJson('PUT', urls.councilSettings, settings,
  { 'If-Match': `"${version}"` });

/** How many neighbourhoods each band gives: `[{minResidents, maxResidents, fewest, most, aim, feasible, problems}]`. */
export const getBands = (bands) => getJson(urls.bands(bands));

/** Proposes (or with `save`, saves) neighbourhoods: `{minResidents, maxResidents, seed, save, version}`. */
export const generateNeighbourhoods = (request) => postJson(urls.generate, request);

/** The users an administrator manages. */
export const getUsers = () => getJson(urls.users);

/** Creates a user: `{username, password, role, council, wards}`. */
export const createUser = (user) => postJson(urls.users, user);

export const setUserEnabled = (username, enabled) => sendJson('PATCH', urls.user(username), { enabled });

/** Starts importing a council from a manifest and its files (FormData); resolves to the job `{id, …}`. */
export async function startImport(form) {
  const response = await request(urls.imports, { method: 'POST', headers: { [CSRF_HEADER]: await csrfToken() }, body: form });
  return response.json();
}

/** An import's progress: `{id, state, step, steps, problems, council}`. */
export const getImport = (id) => getJson(urls.importJob(id));
export const getBorough = () => getJson(urls.borough);
export const getWards = () => getJson(urls.wards);
export const getPlaces = () => getJson(urls.places);

/** @param bbox WGS84 degrees `{west, south, east, north}` */
export const getSmallAreas = (bbox) => getJson(urls.smallAreas(bbox));

/** Like getSmallAreas but every geometry null: the figures, for a map whose outlines come from tiles. */
export const getSmallAreaFigures = (bbox) => getJson(urls.smallAreaFigures(bbox));

/** One small area as a GeoJSON Feature with its outline (WGS84). */
export const getSmallArea = (code) => getJson(urls.smallArea(code));

/** The council's neighbourhood plan: a FeatureCollection with the plan (`id, version, band`) as `plan`. */
export const getNeighbourhoods = () => getJson(urls.neighbourhoods);
export const getCoordinators = () => getJson(urls.coordinators);

/** Totals and verdicts as they would be after `moves` (`[{smallArea, to}]`); nothing is saved. */
export const previewMoves = (moves) => postJson(urls.neighbourhoodPreview, { moves });

/** Saves `moves` made on plan `version`; rejects with status 412 if someone saved since. */
export const saveMoves = (version, moves) => postJson(urls.neighbourhoodMoves, { version, moves });

/** Introductions by patch, ward, neighbourhood, source, level, ageBand or need: `{by, from, to}`. */
export const getIntroductionSummary = (params) => getJson(urls.introductionSummary(params));

/** Hexagons of introductions per 1,000 residents (GeoJSON): `{cellSize, from, to}`. */
export const getIntroductionDensity = (params) => getJson(urls.introductionDensity(params));

export const getIntroductionSectors = () => getJson(urls.introductionSectors);

/** Records one introduction; resolves to `{id, allocation}`, rejects with the reason it was refused. */
export const recordIntroduction = (introduction) => postJson(urls.introductions, introduction);

/** A ward's coverage for its councillors: posts, residents covered, assets, gaps and `summary` sentences. */
export const getWardCoverage = (code) => getJson(urls.wardCoverage(code));

/** Coverage of the borough, its wards and neighbourhoods (coordinators in post). */
export const getCoverage = () => getJson(urls.coverage);

/** "Plan N more": the planner's proposed patches and before/after figures; nothing is saved. */
export const planMore = (request) => postJson(urls.plan, request);

/** Saves a scenario: `{name, fromCurrent: true}` or `{name, fromPlan: <plan request>}`. */
export const createScenario = (body) => postJson(urls.scenarios, body);

/** A scenario as GeoJSON: one feature per patch, the scenario itself as `scenario`. */
export const getScenario = (id) => getJson(urls.scenario(id));

/** Figures side by side; `'current'` stands for today's posts. */
export const compareScenarios = (ids) => getJson(urls.compareScenarios(ids));

/** The signed-in user `{username, role}`, or null when nobody is signed in. */
export async function getMe() {
  try {
    return await getJson(urls.me);
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

/** Signs in; resolves to `{username, role}`, rejects with the server's reason. */
export async function signIn(username, password) {
  const response = await post(urls.login, { username, password });
  return response.json();
}

export async function signOut() {
  await post(urls.logout);
}
