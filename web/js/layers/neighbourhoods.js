// Neighbourhoods: each outline (`path.neighbourhood[data-id]`) coloured, weighted and dashed by its
// coordinator post's status over a white casing, so it reads over any fill; a neighbourhood that
// is not valid is hatched red (class `invalid`). A label per neighbourhood (class
// `neighbourhood-label`) gives its name, a ⚠ when not valid, and its post if it has one.
import * as L from 'leaflet';
import { postText, statusOf } from '../lib/coordinatorStatus.js';
import { el } from '../lib/html.js';
import { labelPoint } from '../lib/labelPoint.js';
import { ensurePatterns } from '../lib/patterns.js';

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
 * @returns {{layer: L.LayerGroup, labels: L.Tooltip[], labelPoints: Map<number, number[]>,
 *   setVerdicts: (summaries: object[]) => void, moveLabels: (points: Map<number, number[]>) => void}}
 */
export function neighbourhoodsLayer({ collection, linePane = 'overlayPane', labelPane = 'tooltipPane' }) {
  ensurePatterns();
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
    /** Where each neighbourhood's label is anchored on its saved outline: id → `[lat, lon]`. */
    labelPoints: new Map([...labels].map(([id, label]) => [id, [label.getLatLng().lat, label.getLatLng().lng]])),
    /** Re-anchors labels (id → `[lat, lon]`), e.g. when unsaved moves took a label's spot away. */
    moveLabels(points) {
      for (const [id, point] of points) labels.get(id)?.setLatLng(point);
    },
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
