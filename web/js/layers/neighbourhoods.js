// Neighbourhoods: each outline (`path.neighbourhood[data-id]`) coloured, weighted and dashed by its
// coordinator post's status over a white casing, so it reads over any fill; a neighbourhood that
// is not valid is hatched red (class `invalid`). A label per neighbourhood (class
// `neighbourhood-label`) gives its name, a ⚠ when not valid, and its post if it has one.
import * as L from 'leaflet';
import { postText, statusOf } from '../lib/coordinatorStatus.js';
import { el, svgEl } from '../lib/html.js';
import { labelPoint } from '../lib/labelPoint.js';

export const HATCH_ID = 'neighbourhood-invalid-hatch';

/** The red hatching that fills invalid neighbourhoods (CSS refers to it by id). */
function ensureHatch() {
  if (document.getElementById(HATCH_ID)) return;
  const pattern = svgEl('pattern', {
    id: HATCH_ID, width: '9', height: '9', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
  });
  pattern.append(svgEl('line', { x1: '0', y1: '0', x2: '0', y2: '9', stroke: '#c0281a', 'stroke-width': '3', 'stroke-opacity': '0.75' }));
  const defs = svgEl('defs', {});
  defs.append(pattern);
  const svg = svgEl('svg', { class: 'svg-defs', width: '0', height: '0', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(defs);
  document.body.append(svg);
}

function labelContent(p) {
  const box = el('span', { className: p.valid ? 'valid' : 'invalid' });
  box.append(el('span', { className: 'neighbourhood-name', text: p.valid ? p.name : `⚠ ${p.name}` }));
  // "No coordinator" is the thin line's job: sixteen labels saying so would crowd the names out.
  if (p.coordinator) box.append(el('span', { className: 'neighbourhood-post', text: postText(p.coordinator) }));
  return box;
}

function makeLabel(feature, pane) {
  const point = labelPoint(feature.geometry);
  if (!point) return null;
  return L.tooltip({ permanent: true, direction: 'center', className: 'neighbourhood-label', interactive: false, opacity: 1, pane })
    .setLatLng(point)
    .setContent(labelContent(feature.properties));
}

function lineStyle(feature) {
  const status = statusOf(feature.properties.coordinator);
  return { color: status.colour, weight: status.weight, dashArray: status.dashArray, opacity: 1, fill: false };
}

/**
 * @param {object} options
 * @param {object} options.collection GeoJSON FeatureCollection from /api/neighbourhoods (WGS84)
 * @param {string} [options.linePane] pane for the outlines (one that lets the pointer through)
 * @param {string} [options.labelPane] pane for the labels
 * @returns {{layer: L.LayerGroup, labels: L.Tooltip[], setVerdicts: (summaries: object[]) => void}}
 */
export function neighbourhoodsLayer({ collection, linePane = 'overlayPane', labelPane = 'tooltipPane' }) {
  ensureHatch();
  const features = collection.features.filter((f) => f.geometry);
  const current = new Map(features.map((f) => [f.properties.id, { ...f.properties }]));
  const outlines = new Map();
  const labels = new Map();

  const casing = L.geoJSON(features, {
    pane: linePane,
    interactive: false,
    style: (f) => ({ className: 'neighbourhood-casing', color: '#ffffff', weight: lineStyle(f).weight + 3, opacity: 0.95, fill: false }),
  });
  const lines = L.geoJSON(features, {
    pane: linePane,
    interactive: false,
    style: (f) => ({ ...lineStyle(f), className: 'neighbourhood' }),
    onEachFeature(feature, layer) {
      const { id } = feature.properties;
      outlines.set(id, layer);
      layer.on('add', () => {
        const node = layer.getElement();
        node.dataset.id = String(id);
        node.dataset.status = statusOf(feature.properties.coordinator).key;
        node.classList.toggle('invalid', !current.get(id).valid);
      });
    },
  });
  for (const feature of features) {
    const label = makeLabel(feature, labelPane);
    if (label) labels.set(feature.properties.id, label);
  }

  return {
    layer: L.layerGroup([casing, lines, ...labels.values()]),
    labels: [...labels.values()],
    /** Shows fresh verdicts (from a preview, say): `[{id, valid, problems}]`; others keep theirs. */
    setVerdicts(summaries) {
      for (const s of summaries) {
        const p = current.get(s.id);
        if (!p || p.valid === s.valid) continue;
        p.valid = s.valid;
        outlines.get(s.id)?.getElement()?.classList.toggle('invalid', !s.valid);
        labels.get(s.id)?.setContent(labelContent(p));
      }
    },
  };
}
