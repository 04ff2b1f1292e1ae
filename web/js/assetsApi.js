// Every request the asset map makes, in one place, sent through api.js's request (session cookie,
// script marker, problem+json errors whose `problem` keeps errors, currentVersion, current) with
// the CSRF token on changes and the asset's version as If-Match.
import { csrfToken, request } from './api.js';

const CSRF_HEADER = 'X-XSRF-TOKEN';

// Errors are api.js's ApiError, here under the name the asset modules use.
export { ApiError as AssetApiError } from './api.js';

const query = (params = {}) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const bboxParam = (b) => [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((n) => n.toFixed(6)).join(',');

export const assetUrls = Object.freeze({
  assets: (params) => `/api/assets${query(params)}`,
  asset: (id) => `/api/assets/${encodeURIComponent(id)}`,
  categories: '/api/assets/categories',
  clusters: (params) => `/api/assets/clusters${query(params)}`,
  access: (params) => `/api/assets/access${query(params)}`,
  exportCsv: (params) => `/api/assets/export.csv${query(params)}`,
  exportGeoJson: (params) => `/api/assets/export.geojson${query(params)}`,
  openReferral: '/api/assets/export/openreferral.json',
  printPage: (params) => `/assets-print.html${query(params)}`,
  wards: '/api/wards',
  ward: (code) => `/api/wards/${encodeURIComponent(code)}`,
  borough: '/api/borough',
  config: '/api/config',
  me: '/api/me',
  login: '/login',
  logout: '/logout',
});

const getJson = async (url) => (await request(url)).json();

async function csrfHeaders() {
  return { [CSRF_HEADER]: await csrfToken() };
}

async function change(method, url, { body, etag } = {}) {
  const headers = await csrfHeaders();
  if (etag) headers['If-Match'] = etag;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { feature: await response.json(), etag: response.headers.get('ETag') };
}

export const getConfig = () => getJson(assetUrls.config);
export const getBorough = () => getJson(assetUrls.borough);
export const getWards = () => getJson(assetUrls.wards);
export const getWard = (code) => getJson(assetUrls.ward(code));
export const getCategories = () => getJson(assetUrls.categories);

/** A page of assets: FeatureCollection with total and next. `params` as the API's query. */
export const searchAssets = (params) => getJson(assetUrls.assets(params));

/** Follows `next` links; resolves to `{features, attribution}` with every matching Feature. */
export async function allAssets(params) {
  const features = [];
  let page = await searchAssets({ limit: 500, ...params });
  const { attribution } = page;
  features.push(...page.features);
  while (page.next) {
    const next = new URL(page.next, window.location.href);
    page = await getJson(next.pathname + next.search);
    features.push(...page.features);
  }
  return { features, attribution };
}

/** Clusters for a Leaflet map view: `bounds` a LatLngBounds, `filter` {category, q}. */
export const getClusters = (bounds, zoom, filter = {}) =>
  getJson(assetUrls.clusters({ ...filter, bbox: bboxParam(bounds), zoom: Math.round(zoom) }));

/** One asset: `{feature, etag}`; the ETag is its version, needed to edit it. */
export async function getAsset(id) {
  const response = await request(assetUrls.asset(id));
  return { feature: await response.json(), etag: response.headers.get('ETag') };
}

export const createAsset = (feature) => change('POST', '/api/assets', { body: feature });
export const updateAsset = (id, feature, etag) => change('PUT', assetUrls.asset(id), { body: feature, etag });
export const closeAsset = (id, etag) => change('DELETE', assetUrls.asset(id), { etag });
export const reopenAsset = (id, etag) => change('POST', `${assetUrls.asset(id)}/reopen`, { etag });
export const publishAsset = (id, etag) => change('POST', `${assetUrls.asset(id)}/publish`, { etag });

/** Gaps: `{category, distance, by}`; resolves to `{areas, borough, ...}`. */
export const getAccess = (params) => getJson(assetUrls.access(params));

/** The signed-in user `{username, role}`, or null. */
export async function getMe() {
  try {
    return await getJson(assetUrls.me);
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

export async function signIn(username, password) {
  const headers = { ...(await csrfHeaders()), 'Content-Type': 'application/x-www-form-urlencoded' };
  const response = await request(assetUrls.login, { method: 'POST', headers, body: new URLSearchParams({ username, password }) });
  return response.json();
}

export async function signOut() {
  await request(assetUrls.logout, { method: 'POST', headers: await csrfHeaders() });
}
