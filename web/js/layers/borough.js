// The council's outer boundary: a bold outline with no fill, drawn above the small areas.
import * as L from 'leaflet';

/**
 * @param {object} options
 * @param {object} options.feature GeoJSON Feature (WGS84) of the borough
 * @param {string} [options.pane] map pane to draw in
 */
export function boroughLayer({ feature, pane = 'overlayPane' }) {
  return L.geoJSON(feature, {
    pane,
    interactive: false,
    style: { color: '#1b1b1b', weight: 3.5, opacity: 1, fill: false },
  });
}
