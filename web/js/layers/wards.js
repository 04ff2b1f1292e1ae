// Electoral wards: thin outlines plus a permanent label for each ward at the server's label
// point (a point inside the ward). Each label is a Leaflet tooltip whose element has the class
// `ward-label` and holds exactly the ward's name as text. At street zoom the outlines grow heavier
// (layers/streetZoom.js), so a ward's edge still reads where its label is out of view.
import * as L from 'leaflet';
import { followZoom, wardLineFor } from './streetZoom.js';

function label(feature, pane) {
  const { name, labelLat, labelLon } = feature.properties;
  const tooltip = L.tooltip({
    permanent: true,
    direction: 'center',
    className: 'ward-label',
    interactive: false,
    opacity: 1,
    pane,
  });
  // A text node, not a string: Leaflet would parse a string as HTML.
  return tooltip.setLatLng([labelLat, labelLon]).setContent(document.createTextNode(name));
}

/**
 * @param {object} options
 * @param {object} options.collection GeoJSON FeatureCollection of wards (WGS84)
 * @param {string} [options.linePane] pane for the outlines
 * @param {string} [options.labelPane] pane for the labels
 * @param {boolean} [options.streetZoom] heavier outlines at street zoom (the main map; a report
 *   map's own subject outline is the heavy one)
 * @returns {L.LayerGroup} outlines and labels together
 */
export function wardsLayer({ collection, linePane = 'overlayPane', labelPane = 'tooltipPane', streetZoom = true }) {
  const outlines = L.geoJSON(collection, {
    pane: linePane,
    interactive: false,
    style: { ...wardLineFor({ street: false }), fill: false, className: 'ward-line' },
  });
  if (streetZoom) followZoom(outlines, (look) => outlines.setStyle(wardLineFor(look)));
  const labels = collection.features
    .filter((f) => Number.isFinite(f.properties.labelLat) && Number.isFinite(f.properties.labelLon))
    .map((f) => label(f, labelPane));
  return L.layerGroup([outlines, ...labels]);
}
