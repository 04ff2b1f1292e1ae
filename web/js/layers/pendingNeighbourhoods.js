// While a planner edits: small areas coloured by the neighbourhood they will be in, the
// boundaries between neighbourhoods as they will be (drawn along the edges small areas share),
// the areas moved so far dotted, and labels kept inside their neighbourhoods.
import * as L from 'leaflet';
import { contains, labelPoint, roughArea } from '../lib/labelPoint.js';
import { NO_DATA_COLOUR } from '../lib/scales.js';

// ColorBrewer Set3 without its grey (kept for "no data"): light, so black lines and labels read.
const SET3 = [
  '#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462',
  '#b3de69', '#fccde5', '#bc80bd', '#ccebc5', '#ffed6f',
];

/**
 * A colour per neighbourhood, none shared with a neighbour where the palette allows (greedy, in
 * id order). Computed once from the saved plan, so colours stay put while areas move.
 * @param {Map<string, number>} assignment small-area code → neighbourhood id
 * @param {{shared: {codes: string[]}[]}} graph from lib/areaGraph.js
 */
export function neighbourhoodColours(assignment, graph) {
  const touching = new Map();
  for (const { codes: [a, b] } of graph.shared) {
    const [na, nb] = [assignment.get(a), assignment.get(b)];
    if (na === undefined || nb === undefined || na === nb) continue;
    if (!touching.has(na)) touching.set(na, new Set());
    if (!touching.has(nb)) touching.set(nb, new Set());
    touching.get(na).add(nb);
    touching.get(nb).add(na);
  }
  const ids = [...new Set(assignment.values())].sort((a, b) => a - b);
  // Without the areas' outlines (a map drawn from tiles) nothing is known to touch: give the
  // colours in turn rather than one colour to all.
  if (graph.shared.length === 0) return new Map(ids.map((id, i) => [id, SET3[i % SET3.length]]));
  const colours = new Map();
  for (const id of ids) {
    const used = new Set([...(touching.get(id) || [])].map((n) => colours.get(n)));
    colours.set(id, SET3.find((c) => !used.has(c)) || SET3[id % SET3.length]);
  }
  return colours;
}

/** A measure (as in lib/scales.js) that colours each small area by its neighbourhood. */
export function neighbourhoodMeasure(assignment, colours) {
  return {
    id: 'neighbourhood',
    label: 'Neighbourhoods, with your unsaved moves',
    unit: 'Each colour is one neighbourhood; black lines are its boundaries after your moves. Areas you moved are dotted.',
    value: (p) => assignment.get(p.code) ?? null,
    scaleFor: () => ({ classes: [], colourFor: (id) => colours.get(id) || NO_DATA_COLOUR }),
  };
}

/**
 * @param {object} options
 * @param {{shared: {codes: string[], line: number[][]}[]}} options.graph from lib/areaGraph.js
 * @param {string} [options.pane] pane for the lines
 * @returns {{layer: L.LayerGroup, update: (assignment: Map<string, number>) => void}}
 */
export function pendingBoundariesLayer({ graph, pane = 'overlayPane' }) {
  const group = L.layerGroup();
  return {
    layer: group,
    update(assignment) {
      const lines = graph.shared.filter(({ codes: [a, b] }) => assignment.get(a) !== assignment.get(b)).map((s) => s.line);
      group.clearLayers();
      if (lines.length === 0) return;
      group.addLayer(L.polyline(lines, { pane, interactive: false, color: '#ffffff', weight: 6, opacity: 0.9 }));
      group.addLayer(L.polyline(lines, { pane, interactive: false, color: '#000000', weight: 3, className: 'pending-boundary' }));
    },
  };
}

/**
 * @param {object} options
 * @param {string} [options.pane] pane above the boundaries
 * @returns {{layer: L.GeoJSON, update: (features: object[]) => void}} `update` shows these small areas dotted
 */
export function movedAreasLayer({ pane = 'overlayPane' }) {
  const layer = L.geoJSON(null, { pane, interactive: false, style: { className: 'moved-area', stroke: false, fillOpacity: 1 } });
  return {
    layer,
    update(features) {
      layer.clearLayers();
      features.forEach((f) => layer.addData(f));
    },
  };
}

/**
 * Label anchors for the pending plan: a label stays put while the small area under it stays in
 * its neighbourhood, else it moves into the neighbourhood's largest remaining small area.
 * @param {object} options
 * @param {Map<number, number[]>} options.saved neighbourhood id → anchor on the saved outline, `[lat, lon]`
 * @param {Map<string, number>} options.assignment small-area code → neighbourhood id, after the moves
 * @param {Map<string, object>} options.features small-area code → GeoJSON feature
 * @returns {Map<number, number[]>} neighbourhood id → `[lat, lon]`
 */
export function pendingLabelPoints({ saved, assignment, features }) {
  const members = new Map();
  for (const [code, id] of assignment) {
    if (!members.has(id)) members.set(id, []);
    if (features.has(code)) members.get(id).push(features.get(code));
  }
  const points = new Map();
  for (const [id, point] of saved) {
    const own = members.get(id) || [];
    if (own.length === 0 || own.some((f) => contains(f.geometry, point))) {
      points.set(id, point);
    } else {
      const largest = own.reduce((a, b) => (roughArea(a.geometry) >= roughArea(b.geometry) ? a : b));
      points.set(id, labelPoint(largest.geometry) || point);
    }
  }
  return points;
}
