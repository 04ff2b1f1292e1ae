// Gaps in local opportunities as a ward choropleth: the share of residents (or of residents
// aged 65+) living farther than the chosen distance from the nearest asset of a category.
// Colours are ColorBrewer YlOrRd (darker = more people beyond reach); each ward also says its
// figure in text, in a tooltip and in the gaps table, so colour is never the only cue.
import * as L from 'leaflet';

export const GAP_CLASSES = [
  { upTo: 0.2, colour: '#ffffb2', label: 'Under 20%' },
  { upTo: 0.4, colour: '#fecc5c', label: '20% to under 40%' },
  { upTo: 0.6, colour: '#fd8d3c', label: '40% to under 60%' },
  { upTo: 0.8, colour: '#f03b20', label: '60% to under 80%' },
  { upTo: Infinity, colour: '#bd0026', label: '80% or more' },
];
export const NO_DATA = '#d9d9d9';

export const percent = (share) => (Number.isFinite(share) ? `${Math.round(share * 1000) / 10}%` : '–');

export function gapColour(share) {
  if (!Number.isFinite(share)) return NO_DATA;
  return GAP_CLASSES.find((c) => share < c.upTo).colour;
}

/**
 * @param {L.Map} map
 * @param {object} options
 * @param {object} options.wards GeoJSON FeatureCollection of wards (WGS84) with `code` and `name`
 * @param {Array<object>} options.rows `areas` of GET /api/assets/access?by=ward
 * @param {'shareBeyond'|'share65PlusBeyond'} [options.measure]
 * @param {number} options.distance metres, for the tooltips
 * @param {string} [options.pane]
 * @returns {L.GeoJSON}
 */
export function assetAccessLayer(map, { wards, rows, measure = 'shareBeyond', distance, pane = 'overlayPane' }) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const who = measure === 'share65PlusBeyond' ? 'residents aged 65+' : 'residents';
  return L.geoJSON(wards, {
    pane,
    className: 'asset-gap-ward',
    style: (f) => ({ color: '#555', weight: 1, fillOpacity: 0.7, fillColor: gapColour(byCode.get(f.properties.code)?.[measure]) }),
    onEachFeature(feature, layer) {
      const row = byCode.get(feature.properties.code);
      const text = `${feature.properties.name}: ${percent(row?.[measure])} of ${who} live over ${distance} m from one`;
      layer.bindTooltip(document.createTextNode(text), { sticky: true });
    },
  });
}
