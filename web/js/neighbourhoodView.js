// The signed-in part of the map: the neighbourhood layer and its legend behind the "Show
// neighbourhoods" toggle; the neighbourhood table (the layer as text) whose rows show which small
// areas a neighbourhood is made of; and, for planners and admins, the editor (panels/planner.js),
// whose pending plan recolours the small areas and redraws the boundaries as areas move.
import * as L from 'leaflet';
import * as api from './api.js';
import { neighbourhoodsLayer } from './layers/neighbourhoods.js';
import {
  movedAreasLayer, neighbourhoodColours, neighbourhoodMeasure, pendingBoundariesLayer, pendingLabelPoints,
} from './layers/pendingNeighbourhoods.js';
import { areaGraph } from './lib/areaGraph.js';
import { formatCount } from './lib/scales.js';
import { showAreaList } from './panels/areaList.js';
import { neighbourhoodLegend } from './panels/neighbourhoodLegend.js';
import { neighbourhoodTable } from './panels/neighbourhoodTable.js';
import { plannerPanel } from './panels/planner.js';
import { generatePanel } from './panels/generatePanel.js';

const EDITORS = new Set(['PLANNER', 'ADMIN']);
const MEMBER_STYLE = { color: '#000000', weight: 2.5, dashArray: '5 4', opacity: 1, fillColor: '#ffffff', fillOpacity: 0.4 };
const verdictText = (s) => (s.valid ? 'Valid' : `⚠ ${s.problems.join('; ')}`);
const byId = (id) => document.getElementById(id);

/**
 * @param {object} options
 * @param {L.Map} options.map
 * @param {{username: string, role: string}} options.me the signed-in user
 * @param {object} options.smallAreas the GeoJSON FeatureCollection of small areas on the map
 * @param {{areas: object, info: object, showMeasure: (measure: object|null) => void}} options.choropleth
 *   the small-area layer and info panel; `showMeasure(null)` goes back to the chosen measure
 * @param {(labels: L.Tooltip[]) => void} options.setLabels hands neighbourhood labels to the declutterer
 * @param {{lines: string, labels: string, highlight: string}} options.panes
 * @returns {Promise<{remove: () => void}>} `remove` takes it all away again (on signing out)
 */
export async function showNeighbourhoods({ map, me, council, smallAreas, choropleth, setLabels, panes }) {
  const toggle = byId('show-neighbourhoods');
  const features = new Map(smallAreas.features.map((f) => [f.properties.code, f]));
  // Small areas with their outlines: from the map's GeoJSON, or fetched on a map drawn from tiles
  // (whose features have none). `show` draws the latest call's only, however the answers arrive.
  const withOutlines = (codes) => Promise.all(codes.map((code) => (features.get(code)?.geometry
    ? features.get(code) : choropleth.areas.outlineOf?.(code)))).then((found) => found.filter(Boolean));
  const latest = (show) => {
    let asked = 0;
    return (codes) => {
      asked += 1;
      const mine = asked;
      withOutlines(codes).then((found) => mine === asked && show(found));
    };
  };
  const graph = areaGraph(smallAreas);
  const highlight = L.geoJSON(null, { pane: panes.highlight, interactive: false, style: MEMBER_STYLE }).addTo(map);
  const boundaries = pendingBoundariesLayer({ graph, pane: panes.lines });
  const moved = movedAreasLayer({ pane: panes.highlight });
  moved.layer.addTo(map);
  let drawn = null;
  let legend = null;
  let colours = new Map();
  let posts = new Map();
  let state = { editing: false, assignment: new Map(), moved: new Set(), summaries: [], changed: new Set() };
  let shown = null;
  let planner = null;
  let generator = null;
  const highlightAreas = latest((found) => {
    highlight.clearLayers();
    found.forEach((f) => highlight.addData(f));
  });
  const showMoved = latest((found) => moved.update(found));

  function showLayer() {
    const on = toggle.checked && Boolean(drawn);
    if (on) {
      drawn.layer.addTo(map);
      legend.addTo(map);
    } else {
      drawn?.layer.remove();
      legend?.remove();
    }
    if (on && state.editing) boundaries.layer.addTo(map);
    else boundaries.layer.remove();
    setLabels(on ? drawn.labels : []);
  }

  function drawShown() {
    const summary = state.summaries.find((s) => s.id === shown);
    if (!summary) shown = null;
    table.setShown(shown);
    const codes = [...state.assignment].filter(([, id]) => id === shown).map(([code]) => code);
    highlightAreas(codes);
    const members = codes.map((code) => features.get(code)).filter(Boolean);
    showAreaList({ container: byId('neighbourhood-areas'), name: summary?.name ?? null, areas: members.map((f) => f.properties) });
  }

  const table = neighbourhoodTable({
    table: byId('neighbourhood-totals'),
    onShowAreas: (id) => {
      shown = id;
      drawShown();
    },
  });

  function apply(next) {
    if (next.editing !== state.editing) {
      choropleth.areas.setActivate(next.editing ? (p) => planner.moveArea(p) : null);
      map.getContainer().classList.toggle('editing-neighbourhoods', next.editing);
    }
    state = next;
    table.render(state.summaries.map((s) => ({ ...s, ...posts.get(s.id) })), { changed: state.changed });
    drawn?.setVerdicts(state.summaries);
    choropleth.showMeasure(state.editing ? neighbourhoodMeasure(state.assignment, colours) : null);
    choropleth.areas.markAreas('small-area-moved', state.moved);
    showMoved([...state.moved]);
    boundaries.update(state.assignment);
    if (drawn) {
      const { assignment } = state;
      drawn.moveLabels(state.editing ? pendingLabelPoints({ saved: drawn.labelPoints, assignment, features }) : drawn.labelPoints);
    }
    showLayer();
    drawShown();
    choropleth.info.refresh();
  }

  async function load() {
    const [collection, coordinators] = await Promise.all([api.getNeighbourhoods(), api.getCoordinators().catch(() => [])]);
    const supporters = new Map(coordinators.filter((p) => p.supports).map((p) => [p.supports.id, p.name]));
    const saved = collection.features.map((f) => f.properties);
    posts = new Map(saved.map((p) => [p.id, { coordinator: p.coordinator, supportedBy: supporters.get(p.id) }]));
    drawn?.layer.remove();
    legend?.remove();
    drawn = neighbourhoodsLayer({ collection, linePane: panes.lines, labelPane: panes.labels });
    legend = neighbourhoodLegend({ plan: collection.plan });
    const assignment = new Map(saved.flatMap((p) => p.smallAreas.map((code) => [code, p.id])));
    colours = neighbourhoodColours(assignment, graph);
    const { minResidents, maxResidents } = collection.plan;
    byId('neighbourhood-band').textContent = `${formatCount(minResidents)}–${formatCount(maxResidents)}`;
    if (planner) planner.load(collection);
    else apply({ editing: false, assignment, moved: new Set(), summaries: saved, changed: new Set() });
    offerGenerating(collection.plan.version);
  }

  /** Planners may generate neighbourhoods: the first ones (open) or new ones (folded away). */
  function offerGenerating(planVersion) {
    if (!EDITORS.has(me.role)) return;
    generator?.remove();
    const details = byId('generate-details');
    details.hidden = false;
    details.open = planVersion === null;
    generator = generatePanel({
      root: byId('generate'), map, council, planVersion, onSaved: () => window.location.reload(),
    });
  }

  choropleth.info.setExtraRows((p) => {
    const s = state.summaries.find((n) => n.id === state.assignment.get(p.code));
    if (!s) return [];
    const rows = [['Neighbourhood', s.name], ['Verdict', verdictText(s)]];
    if (state.moved.has(p.code)) rows.push(['Moved', 'Yes, not saved yet']);
    return rows;
  });
  toggle.addEventListener('change', showLayer);
  byId('neighbourhood-panel').hidden = false;
  if (EDITORS.has(me.role)) {
    const areaNames = new Map([...features].map(([code, f]) => [code, f.properties.name]));
    planner = plannerPanel({ root: byId('planner'), areaNames, onChange: apply, onReload: load });
  }
  try {
    await load();
  } catch (error) {
    const status = byId('neighbourhood-status');
    status.hidden = false;
    byId('planner').hidden = true;
    if (error.status === 404) {
      status.setAttribute('role', 'status');
      status.textContent = EDITORS.has(me.role) ? 'This council has no neighbourhoods yet: generate them below.'
        : 'This council has no neighbourhoods yet: a planner generates them.';
      offerGenerating(null);
    } else {
      status.textContent = `The neighbourhoods could not be loaded: ${error.message}`;
    }
  }
  document.body.dataset.neighbourhoodsReady = 'true';

  return {
    remove() {
      for (const layer of [drawn?.layer, legend, boundaries.layer, highlight, moved.layer]) layer?.remove();
      setLabels([]);
      choropleth.areas.setActivate(null);
      choropleth.areas.markAreas('small-area-moved', new Set());
      choropleth.info.setExtraRows(null);
      choropleth.showMeasure(null);
      map.getContainer().classList.remove('editing-neighbourhoods');
      byId('neighbourhood-panel').hidden = true;
      byId('planner').hidden = true;
      generator?.remove();
      byId('generate-details').hidden = true;
    },
  };
}
