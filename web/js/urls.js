// Every URL the browser uses, in one place. Paths are same-origin and absolute.

/** Formats a WGS84 bounding box as the API's `bbox=minLon,minLat,maxLon,maxLat`. */
function bboxParam({ west, south, east, north }) {
  return [west, south, east, north].map((n) => n.toFixed(6)).join(',');
}

/** Query string from an object, leaving out empty values. */
function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  });
  return search.toString();
}

/** A path with its query string, if any. */
function withQuery(path, params) {
  const search = query(params);
  return search ? `${path}?${search}` : path;
}

/**
 * The council named in the page's address (`?council=E06000034`): on a server holding several,
 * public pages say which one they show. Signed-in users always see their own council.
 */
export const pageCouncil = new URLSearchParams(window.location.search).get('council');

/** Adds the page's council to a same-origin API, OGC or tile URL that does not name one. */
export function withCouncil(url) {
  if (!pageCouncil || !/^\/(api|ogc|tiles)\//.test(url) || /[?&]council=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}council=${encodeURIComponent(pageCouncil)}`;
}

export const urls = Object.freeze({
  config: '/api/config',
  council: '/api/council',
  councils: '/api/councils',
  councilSettings: '/api/council/settings',
  /** @param bands `["8000-12000", …]`, or none for the council's own and common ones */
  bands: (bands = []) => `/api/neighbourhoods/bands${bands.length ? `?${bands.map((b) => `band=${encodeURIComponent(b)}`).join('&')}` : ''}`,
  generate: '/api/neighbourhoods/generate',
  users: '/api/admin/users',
  user: (username) => `/api/admin/users/${encodeURIComponent(username)}`,
  imports: '/api/admin/imports',
  importJob: (id) => `/api/admin/imports/${encodeURIComponent(id)}`,
  borough: '/api/borough',
  wards: '/api/wards',
  places: '/api/places',
  /** Towns, wards and postcode sectors whose names match `q` (2–60 characters). */
  placeSearch: (q) => withQuery('/api/places/search', { q }),
  smallAreas: (bbox) => `/api/small-areas?bbox=${bboxParam(bbox)}`,
  /** The small areas' figures without their outlines (null geometry), for a map drawn from tiles. */
  smallAreaFigures: (bbox) => `/api/small-areas?bbox=${bboxParam(bbox)}&geometry=false`,
  /** One small area with its outline (OGC API – Features). */
  smallArea: (code) => `/ogc/collections/small-areas/items/${encodeURIComponent(code)}`,
  /** A vector tile layer's URL template for Leaflet, `{z}/{x}/{y}` left in. */
  tiles: (layer, params = {}) => {
    const search = query(params);
    return withCouncil(`/tiles/${encodeURIComponent(layer)}/{z}/{x}/{y}.mvt${search ? `?${search}` : ''}`);
  },
  neighbourhoods: '/api/neighbourhoods',
  neighbourhoodPreview: '/api/neighbourhoods/preview',
  neighbourhoodMoves: '/api/neighbourhoods/moves',
  coordinators: '/api/coordinators',
  myPost: '/api/coordinators/mine',
  postHolders: '/api/coordinators/holders',
  postHolder: (id) => `/api/coordinators/${encodeURIComponent(id)}/holder`,
  wardCoverage: (code) => `/api/wards/${encodeURIComponent(code)}/coverage`,
  wardPage: (code) => `/wards/${encodeURIComponent(code)}`,
  coverage: '/api/coverage',
  plan: '/api/scenarios/plan',
  fullCoverage: '/api/scenarios/full-coverage',
  costCurve: (most) => `/api/scenarios/cost-curve?most=${encodeURIComponent(most)}`,
  scenarios: '/api/scenarios',
  scenario: (id) => `/api/scenarios/${encodeURIComponent(id)}`,
  scenarioExport: (id, type) => `/api/scenarios/${encodeURIComponent(id)}/export.${type}`,
  compareScenarios: (ids) => `/api/scenarios/compare?ids=${ids.map(encodeURIComponent).join(',')}`,
  businessCase: (id) => `/business-case.html?scenario=${encodeURIComponent(id)}`,
  me: '/api/me',
  ward: (code) => `/api/wards/${encodeURIComponent(code)}`,
  assets: (params = {}) => withQuery('/api/assets', params),
  asset: (id) => `/api/assets/${encodeURIComponent(id)}`,
  assetCategories: '/api/assets/categories',
  assetClusters: (params) => withQuery('/api/assets/clusters', params),
  assetAccess: (params) => withQuery('/api/assets/access', params),
  assetExportCsv: (params) => withQuery('/api/assets/export.csv', params),
  assetExportGeoJson: (params) => withQuery('/api/assets/export.geojson', params),
  assetsPrint: (params) => withQuery('/assets-print.html', params),
  introductions: '/api/introductions',
  introductionSectors: '/api/introductions/sectors',
  introductionReleases: '/api/introductions/releases',
  /** @param params `{by, from, to}`, months written 2013-06 */
  introductionSummary: (params) => `/api/introductions/summary?${query(params)}`,
  introductionSummaryCsv: (params) => `/api/introductions/summary.csv?${query(params)}`,
  caseload: (params) => `/api/introductions/caseload?${query(params)}`,
  /** @param params `{cellSize, from, to, geometry}`, cellSize the hexagons' edge in metres, geometry `centre` for points */
  introductionDensity: (params) => `/api/introductions/density?${query(params)}`,
  login: '/login',
  logout: '/logout',
  loginPage: '/login.html',
  /** The sign-in page, coming back to `next` (this page, by default) once signed in. */
  signInThenBack: (next = window.location.pathname + window.location.search) => `/login.html?next=${encodeURIComponent(next)}`,
  home: '/',
});
