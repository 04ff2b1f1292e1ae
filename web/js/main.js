// Wires the page together: council name, sign-in state, the map and its layers, the measure
// switch, the legend, the info panel and the ward table; once someone is signed in, the
// neighbourhoods (neighbourhoodView.js).
import * as L from 'leaflet';
import * as api from './api.js';
import { showSignInState } from './auth.js';
import { showNeighbourhoods } from './neighbourhoodView.js';
import { showPlanning, showWorkspace } from './planningView.js';
import { boroughLayer } from './layers/borough.js';
import { mapLabels } from './layers/mapLabels.js';
import { placesLayer } from './layers/places.js';
import { smallAreaTilesLayer } from './layers/smallAreaTiles.js';
import { smallAreasLayer } from './layers/smallAreas.js';
import { wardsLayer } from './layers/wards.js';
import { keepControlsApart } from './lib/controlLayout.js';
import { el, escapeHtml } from './lib/html.js';
import { scrollTablesWhenTooWide } from './lib/tableScroll.js';
import { preparePrinting } from './lib/print.js';
import { measures } from './lib/scales.js';
import { infoControl } from './panels/info.js';
import { showCaseload } from './panels/caseload.js';
import { showIntroductions } from './panels/introductions.js';
import { legendControl } from './panels/legend.js';
import { renderWardTable } from './panels/wardTable.js';
import { assetPanel } from './panels/assetPanel.js';
import { showMyPatch } from './panels/myPatch.js';
import { moveMapTo, placeSearch } from './panels/placeSearch.js';
import { pageCouncil, urls } from './urls.js';

const EMPTY = { type: 'FeatureCollection', features: [] };
const mapElement = document.getElementById('map');

function showCouncil(council) {
  document.title = `LAC Atlas — ${council.name}`;
  document.body.dataset.council = council.code;
  document.querySelectorAll('[data-council-name]').forEach((node) => {
    node.textContent = council.name;
  });
  mapElement.setAttribute('aria-label', `Map of ${council.name}: small areas coloured by the chosen measure, with ward boundaries and names`);
}

/** On a server with several councils and none named: links to each council's map. */
async function showCouncilChoice() {
  const councils = await api.getCouncils();
  const status = document.getElementById('status');
  status.hidden = false;
  status.setAttribute('role', 'status');
  const list = el('ul', { className: 'council-choice' });
  councils.forEach((c) => {
    const link = el('a', { text: `${c.name} (${c.kind})` });
    link.href = `/?council=${encodeURIComponent(c.code)}`;
    const item = el('li');
    item.append(link);
    list.append(item);
  });
  status.replaceChildren(el('span', { text: councils.length
    ? 'This LAC Atlas serves several councils. Choose one, or sign in to see your own:'
    : 'No council has been loaded yet. A service administrator adds one (see the README).' }), list);
  document.body.dataset.mapError = 'no council chosen';
}

/** Panes above the choropleth that never catch the pointer, so hover reaches the areas. */
function addPane(map, name, zIndex) {
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
}

function createMap(config, council) {
  const map = L.map(mapElement, { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 8 });
  addPane(map, 'wardLines', 420);
  addPane(map, 'neighbourhoodLines', 425);
  addPane(map, 'highlight', 430);
  addPane(map, 'boroughLine', 440);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  if (council.attribution) map.attributionControl.addAttribution(escapeHtml(council.attribution));
  const basemap = config.basemap || {};
  if (basemap.url) {
    L.tileLayer(basemap.url, { attribution: escapeHtml(basemap.attribution || ''), maxZoom: 19 }).addTo(map);
    mapElement.classList.add('has-basemap');
  }
  new ResizeObserver(() => map.invalidateSize()).observe(mapElement);
  keepControlsApart(map);
  // The zoom the map shows, for the looks and labels that follow it (layers/streetZoom.js).
  map.on('zoomend', () => { mapElement.dataset.zoom = String(map.getZoom()); });
  return map;
}

function boundsToBbox(bounds) {
  return { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() };
}

/** Fits the borough into the map, above the legend and attribution in the bottom-right corner. */
function fitBorough(map, bounds) {
  map.invalidateSize({ pan: false }); // the page may have grown a scrollbar since Leaflet measured
  const corner = mapElement.querySelector('.leaflet-bottom.leaflet-right');
  const reserved = Math.min(corner ? corner.offsetHeight : 0, map.getSize().y / 3);
  map.fitBounds(bounds, { paddingTopLeft: [16, 16], paddingBottomRight: [16, reserved + 8], animate: false });
}

function selectedMeasure(form) {
  return measures[new FormData(form).get('measure')] || measures.density;
}

/**
 * Draws the small areas, from GeoJSON or (`tiles`) from vector tiles; `showMeasure(measure)` shows
 * another measure than the form's until `showMeasure(null)`.
 */
async function drawChoropleth({ map, collection, wardNames, form, tiles }) {
  const info = infoControl({ wardNames, tiles }).addTo(map);
  const legend = legendControl().addTo(map);
  let selected = null;
  let measure = selectedMeasure(form);
  let override = null;
  const makeLayer = tiles ? smallAreaTilesLayer : smallAreasLayer;
  const areas = await makeLayer({
    collection,
    measure,
    highlightPane: 'highlight',
    onHover: (p) => info.update(p || selected, { selected: !p && Boolean(selected) }),
    onSelect: (p) => {
      selected = p;
      info.update(p, { selected: Boolean(p) });
      if (p) mapElement.dataset.selectedArea = p.code;
      else delete mapElement.dataset.selectedArea;
    },
  });
  areas.layer.addTo(map);
  const showMeasure = () => {
    const shown = override || measure;
    areas.setMeasure(shown);
    const noData = !override && collection.features.some((f) => shown.value(f.properties) === null);
    legend.update(shown, areas.scale, noData);
    mapElement.dataset.measure = shown.id;
    form.querySelector('fieldset').disabled = Boolean(override);
  };
  form.addEventListener('change', () => {
    measure = selectedMeasure(form);
    showMeasure();
  });
  showMeasure();
  return {
    areas,
    info,
    showMeasure(next) {
      override = next;
      showMeasure();
    },
  };
}

async function drawMap(config, council) {
  const map = createMap(config, council);
  const borough = await api.getBorough();
  const outline = boroughLayer({ feature: borough, pane: 'boroughLine' });
  const bounds = outline.getBounds();
  fitBorough(map, bounds);
  map.setMaxBounds(bounds.pad(0.5));
  // A big council's outlines come from vector tiles; its figures still come in one answer, so
  // the colour classes and legend are the same as from GeoJSON.
  const tiles = borough.properties.smallAreas > config.tilesAboveSmallAreas;
  mapElement.dataset.smallAreasFrom = tiles ? 'tiles' : 'geojson';
  const [smallAreas, wards, places] = await Promise.all([
    (tiles ? api.getSmallAreaFigures : api.getSmallAreas)(boundsToBbox(bounds)),
    api.getWards(),
    // Place names only decorate the map: draw it without them rather than not at all.
    api.getPlaces().catch(() => EMPTY),
  ]);
  const wardNames = new Map(wards.features.map((f) => [f.properties.code, f.properties.name]));
  const form = document.getElementById('measure-form');
  const choropleth = await drawChoropleth({ map, collection: smallAreas, wardNames, form, tiles });
  const wardLayer = wardsLayer({ collection: wards, linePane: 'wardLines' }).addTo(map);
  mapElement.classList.add('wards-drawn');
  const placeLayer = placesLayer({ collection: places }).addTo(map);
  outline.addTo(map);
  const setLabels = mapLabels({ map, wardLayer, placeLayer, smallAreas, tiles, wardNames });
  renderWardTable({ table: document.getElementById('ward-table'), wards, borough });
  fitBorough(map, bounds);
  preparePrinting({ map, fit: () => fitBorough(map, bounds) });
  return { map, smallAreas, choropleth, setLabels, tiles, council };
}

function showError(error) {
  const status = document.getElementById('status');
  status.hidden = false;
  status.textContent = `The map could not be loaded: ${error.message}`;
  if (error.status === 401 || error.status === 403) {
    const link = document.createElement('a');
    link.href = urls.loginPage;
    link.textContent = 'Sign in';
    status.append(' ', link);
  }
  document.body.dataset.mapError = error.message;
}

async function start() {
  let neighbourhoods = null;
  let planning = null;
  let workspace = null;
  let signedOut = false;
  const signedIn = showSignInState({
    container: document.getElementById('auth'),
    onSignOut: () => {
      signedOut = true;
      neighbourhoods?.remove();
      planning?.remove();
      workspace?.remove();
    },
  });
  scrollTablesWhenTooWide(document.querySelector('.panel'), { watch: true });
  try {
    const me = await signedIn;
    if (me?.council && pageCouncil && pageCouncil !== me.council) {
      // Signed in, a user sees their own council; another's public map is for signed-out visitors.
      window.location.replace(urls.home);
      return;
    }
    let council;
    try {
      council = await api.getCouncil();
    } catch (error) {
      if (error.status === 400 || error.status === 404) {
        await showCouncilChoice();
        return;
      }
      throw error;
    }
    showCouncil(council);
    if (!signedOut) workspace = showWorkspace(me);
    const config = await api.getConfig();
    const drawn = await drawMap(config, council);
    document.getElementById('place-search-box').append(placeSearch({ id: 'place-search', label: 'Find a place or postcode',
      onChoose: (place) => moveMapTo(drawn.map, place) }));
    showIntroductions({ map: drawn.map, section: document.getElementById('introductions'), tiles: drawn.tiles });
    showCaseload({ section: document.getElementById('caseload'), me });
    requestAnimationFrame(() => {
      document.body.dataset.mapReady = 'true';
    });
    // Neighbourhoods only for whoever is signed in: anonymous visitors see the public map.
    const panes = { lines: 'neighbourhoodLines', labels: 'tooltipPane', highlight: 'highlight' };
    if (me) neighbourhoods = await showNeighbourhoods({ ...drawn, me, panes });
    if (me) {
      const [container, scenarios] = ['planning-side', 'scenarios'].map((id) => document.getElementById(id));
      planning = await showPlanning({ map: drawn.map, me, container, scenarios });
    }
    const assets = me ? await assetPanel(drawn.map, { me, container: document.getElementById('asset-side') }) : null;
    // A coordinator's own patch first, their asset and introduction tools straight after it.
    await showMyPatch({ map: drawn.map, me, section: document.getElementById('my-patch'), openAsset: assets?.showAsset,
      after: ['asset-side', 'introductions', 'caseload'].map((id) => document.getElementById(id)) });
    if (signedOut) neighbourhoods?.remove();
  } catch (error) {
    showError(error);
  }
  // Everything this visitor's role gets has been drawn (or has said why not).
  document.body.dataset.pageReady = 'true';
}

start();
