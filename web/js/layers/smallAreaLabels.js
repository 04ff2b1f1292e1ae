// Small-area names at street zoom. From streetZoom.js's STREET_FROM on, each small area in view is
// named at a point inside it (lib/labelPoint.js), with the ward it lies in under its name, so a map
// zoomed in to a few streets still says where it is without a basemap, even where no ward label
// is in view. Class `small-area-label`, `data-code`. They are the last labels lib/declutter.js
// places: where one would overprint a ward, a town or another area's name, it is hidden.
import * as L from 'leaflet';
import { el } from '../lib/html.js';
import { labelPoint } from '../lib/labelPoint.js';
import { STREET_FROM } from './streetZoom.js';

function content(p, wardName) {
  const box = el('span');
  box.append(el('span', { className: 'small-area-name', text: p.name }));
  if (wardName) box.append(el('span', { className: 'small-area-ward', text: wardName }));
  return box;
}

/**
 * @param {object} options
 * @param {L.Map} options.map
 * @param {(bounds: L.LatLngBounds) => Promise<object[]>} options.featuresIn small-area GeoJSON
 *   Features (WGS84, with outlines and `code`, `name`, `wardCode`) meeting the bounds, or more
 * @param {Map<string, string>} options.wardNames ward code → name
 * @param {() => void} [options.onChange] called after labels were added or removed
 * @param {string} [options.pane]
 * @returns {{labels: () => L.Tooltip[]}} the labels on the map now
 */
export function smallAreaLabels({ map, featuresIn, wardNames, onChange = () => {}, pane = 'tooltipPane' }) {
  const group = L.layerGroup().addTo(map);
  const made = new Map(); // code → its label, or null where the area has no inside point
  let latest = 0;

  function labelOf(feature) {
    const { code } = feature.properties;
    if (!made.has(code)) {
      const point = labelPoint(feature.geometry);
      const label = point && L.tooltip({ permanent: true, direction: 'center', className: 'small-area-label', interactive: false, opacity: 1, pane })
        .setLatLng(point)
        .setContent(content(feature.properties, wardNames.get(feature.properties.wardCode)));
      label?.on('add', () => { label.getElement().dataset.code = code; });
      made.set(code, label);
    }
    return made.get(code);
  }

  function show(wanted) {
    const before = group.getLayers().length;
    group.eachLayer((label) => !wanted.has(label) && group.removeLayer(label));
    wanted.forEach((label) => !group.hasLayer(label) && group.addLayer(label));
    if (before || wanted.size) onChange();
  }

  async function update() {
    const ticket = ++latest;
    if (map.getZoom() < STREET_FROM) {
      show(new Set());
      return;
    }
    const around = map.getBounds().pad(0.2);
    try {
      const features = await featuresIn(around);
      if (ticket !== latest) return; // the map has moved on since
      show(new Set(features.map(labelOf).filter((label) => label && around.contains(label.getLatLng()))));
    } catch {
      show(new Set()); // names only help: a map without them still works
    }
  }

  map.on('moveend', update); // a zoom ends with a moveend too
  update();
  return { labels: () => group.getLayers() };
}
