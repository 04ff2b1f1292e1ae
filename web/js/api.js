// Every call the pages make, by name; the transport (session cookie, CSRF, problem+json errors
// as ApiError) is lib/http.js, the URLs urls.js.
import { ApiError, csrfToken, getJson, getLines, post, request, sendJson, sendVersioned } from './lib/http.js';
import { urls } from './urls.js';

export { ApiError, csrfToken, request };

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
  const response = await request(urls.imports, { method: 'POST', headers: { 'X-XSRF-TOKEN': await csrfToken() }, body: form });
  return response.json();
}

/** An import's progress: `{id, state, step, steps, problems, council}`. */
export const getImport = (id) => getJson(urls.importJob(id));
export const getBorough = () => getJson(urls.borough);
export const getWards = () => getJson(urls.wards);
export const getPlaces = () => getJson(urls.places);

/** The council's towns, wards and postcode sectors matching `q`: `{q, places: [{kind, name, label, lon, lat, bbox}]}`. */
export const searchPlaces = (q) => getJson(urls.placeSearch(q));

/** @param bbox WGS84 degrees `{west, south, east, north}` */
export const getSmallAreas = (bbox) => getJson(urls.smallAreas(bbox));

/** Like getSmallAreas but every geometry null: the figures, for a map whose outlines come from tiles. */
export const getSmallAreaFigures = (bbox) => getJson(urls.smallAreaFigures(bbox));

/** One small area as a GeoJSON Feature with its outline (WGS84). */
export const getSmallArea = (code) => getJson(urls.smallArea(code));

/** The council's neighbourhood plan: a FeatureCollection with the plan (`id, version, band`) as `plan`. */
export const getNeighbourhoods = () => getJson(urls.neighbourhoods);
export const getCoordinators = () => getJson(urls.coordinators);

/** The signed-in coordinator's own post: `{post, advice}`, `post` null (and `advice` what to do) when none names them. */
export const getMyPost = () => getJson(urls.myPost);

/** The council's coordinator accounts, each with the post it holds (planners and admins): `[{username, enabled, holds}]`. */
export const getPostHolders = () => getJson(urls.postHolders);

/** Who holds a post: `{post, heldBy}` (`heldBy` absent when nobody does). */
export const getPostHolder = (id) => getJson(urls.postHolder(id));

/** Names `username` (null: nobody) as the holder of the post read at `version`; 412 if changed since, 409 if they hold another. */
export const setPostHolder = (id, username, version) => sendJson('PUT', urls.postHolder(id), { username, version });

/** Totals and verdicts as they would be after `moves` (`[{smallArea, to}]`); nothing is saved. */
export const previewMoves = (moves) => postJson(urls.neighbourhoodPreview, { moves });

/** Saves `moves` made on plan `version`; rejects with status 412 if someone saved since. */
export const saveMoves = (version, moves) => postJson(urls.neighbourhoodMoves, { version, moves });

/** Introductions by patch, ward, neighbourhood, source, level, ageBand or need: `{by, from, to}`. */
export const getIntroductionSummary = (params) => getJson(urls.introductionSummary(params));

/** Hexagons of introductions per 1,000 residents (GeoJSON): `{cellSize, from, to}`. */
export const getIntroductionDensity = (params) => getJson(urls.introductionDensity(params));

export const getIntroductionSectors = () => getJson(urls.introductionSectors);

/** Introductions to each post's patch month by month against the council's caseload: `{from, to}`. */
export const getCaseload = (params) => getJson(urls.caseload(params));

/** The months released so far, the only ones with figures: `{first, latest, mappedFrom, releaseAfterDays}`. */
export const getIntroductionReleases = () => getJson(urls.introductionReleases);

/** Records one introduction; resolves to `{id, release, countedIn}`, rejects with the reason it was refused. */
export const recordIntroduction = (introduction) => postJson(urls.introductions, introduction);

/** A ward's coverage for its councillors: posts, residents covered, assets, gaps and `summary` sentences. */
export const getWardCoverage = (code) => getJson(urls.wardCoverage(code));

/** Coverage of the borough, its wards and neighbourhoods (coordinators in post). */
export const getCoverage = () => getJson(urls.coverage);

/** "Plan N more": the planner's proposed patches and before/after figures; nothing is saved. */
export const planMore = (request) => postJson(urls.plan, request);

/**
 * Cost against coverage for 0 to `most` more coordinators: `onPoint` gets each point
 * `{more, placed, objective, upperBound, ratio, gap, optimal, boundBy, after, cost}` as the
 * server finishes it; resolves when all are in.
 */
export const getCostCurve = (most, onPoint) => getLines(urls.costCurve(most), onPoint);

/** The fewest coordinators covering every resident, proved, with the cost curve from today to full. */
export const getFullCoverage = () => getJson(urls.fullCoverage);

/** The council's saved scenarios, newest first: `[{id, name, version, createdBy, createdAt, posts}]`. */
export const getScenarios = () => getJson(urls.scenarios);

/** Saves a scenario: `{name, fromCurrent: true}` or `{name, fromPlan: <plan request>}`. */
export const createScenario = (body) => postJson(urls.scenarios, body);

/** Renames a scenario at the version the planner saw (412 when changed since): the renamed scenario. */
export const renameScenario = (id, version, name) => sendVersioned('PATCH', urls.scenario(id), { body: { name }, etag: `"${version}"` })
  .then((answer) => answer.feature);

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

// Community assets.
export const getWard = (code) => getJson(urls.ward(code));
export const getAssetCategories = () => getJson(urls.assetCategories);

/** A page of assets: FeatureCollection with total and next. `params` as the API's query. */
export const searchAssets = (params) => getJson(urls.assets(params));

/** Follows `next` links; resolves to `{features, attribution}` with every matching Feature. */
export async function allAssets(params) {
  let page = await searchAssets({ limit: 500, ...params });
  const { attribution } = page;
  const features = [...page.features];
  while (page.next) {
    const next = new URL(page.next, window.location.href);
    page = await getJson(next.pathname + next.search);
    features.push(...page.features);
  }
  return { features, attribution };
}

/** Clusters for a Leaflet map view: `bounds` a LatLngBounds, `filter` {category, q}. */
export const getAssetClusters = (bounds, zoom, filter = {}) =>
  getJson(urls.assetClusters({ ...filter, bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((n) => n.toFixed(6)).join(','), zoom: Math.round(zoom) }));

/** One asset: `{feature, etag}`; the ETag is its version, needed to edit it. */
export async function getAsset(id) {
  const response = await request(urls.asset(id));
  return { feature: await response.json(), etag: response.headers.get('ETag') };
}

export const createAsset = (feature) => sendVersioned('POST', urls.assets(), { body: feature });
export const updateAsset = (id, feature, etag) => sendVersioned('PUT', urls.asset(id), { body: feature, etag });
export const closeAsset = (id, etag) => sendVersioned('DELETE', urls.asset(id), { etag });
export const reopenAsset = (id, etag) => sendVersioned('POST', `${urls.asset(id)}/reopen`, { etag });
export const publishAsset = (id, etag) => sendVersioned('POST', `${urls.asset(id)}/publish`, { etag });

/** Gaps: `{category, distance, by}`; resolves to `{areas, borough, ...}`. */
export const getAssetAccess = (params) => getJson(urls.assetAccess(params));
