// Every URL the browser uses, in one place. Paths are same-origin and absolute.

/** Formats a WGS84 bounding box as the API's `bbox=minLon,minLat,maxLon,maxLat`. */
function bboxParam({ west, south, east, north }) {
  return [west, south, east, north].map((n) => n.toFixed(6)).join(',');
}

/** Query string from an object, leaving out empty values. */
function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  });
  return search.toString();
}

export const urls = Object.freeze({
  config: '/api/config',
  borough: '/api/borough',
  wards: '/api/wards',
  places: '/api/places',
  smallAreas: (bbox) => `/api/small-areas?bbox=${bboxParam(bbox)}`,
  /** The small areas' figures without their outlines (null geometry), for a map drawn from tiles. */
  smallAreaFigures: (bbox) => `/api/small-areas?bbox=${bboxParam(bbox)}&geometry=false`,
  /** One small area with its outline (OGC API – Features). */
  smallArea: (code) => `/ogc/collections/small-areas/items/${encodeURIComponent(code)}`,
  /** A vector tile layer's URL template for Leaflet, `{z}/{x}/{y}` left in. */
  tiles: (layer, params = {}) => {
    const search = query(params);
    return `/tiles/${encodeURIComponent(layer)}/{z}/{x}/{y}.mvt${search ? `?${search}` : ''}`;
  },
  neighbourhoods: '/api/neighbourhoods',
  neighbourhoodPreview: '/api/neighbourhoods/preview',
  neighbourhoodMoves: '/api/neighbourhoods/moves',
  coordinators: '/api/coordinators',
  wardCoverage: (code) => `/api/wards/${encodeURIComponent(code)}/coverage`,
  wardPage: (code) => `/wards/${encodeURIComponent(code)}`,
  coverage: '/api/coverage',
  plan: '/api/scenarios/plan',
  scenarios: '/api/scenarios',
  scenario: (id) => `/api/scenarios/${encodeURIComponent(id)}`,
  scenarioExport: (id, type) => `/api/scenarios/${encodeURIComponent(id)}/export.${type}`,
  compareScenarios: (ids) => `/api/scenarios/compare?ids=${ids.map(encodeURIComponent).join(',')}`,
  businessCase: (id) => `/business-case.html?scenario=${encodeURIComponent(id)}`,
  me: '/api/me',
  introductions: '/api/introductions',
  introductionSectors: '/api/introductions/sectors',
  introductionReleases: '/api/introductions/releases',
  /** @param params `{by, from, to}`, months written 2013-06 */
  introductionSummary: (params) => `/api/introductions/summary?${query(params)}`,
  introductionSummaryCsv: (params) => `/api/introductions/summary.csv?${query(params)}`,
  /** @param params `{cellSize, from, to, geometry}`, cellSize the hexagons' edge in metres, geometry `centre` for points */
  introductionDensity: (params) => `/api/introductions/density?${query(params)}`,
  login: '/login',
  logout: '/logout',
  loginPage: '/login.html',
  home: '/',
});
