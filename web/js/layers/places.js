// Town and village names, labelled in a different style from wards (class `place-label`).
import * as L from 'leaflet';

/**
 * @param {object} options
 * @param {object} options.collection GeoJSON FeatureCollection of Points with `name`
 * @param {string} [options.pane] pane for the labels
 */
export function placesLayer({ collection, pane = 'tooltipPane' }) {
  const labels = collection.features
    .filter((f) => f.geometry && f.geometry.type === 'Point')
    .map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      return L.tooltip({ permanent: true, direction: 'center', className: 'place-label', interactive: false, opacity: 1, pane })
        .setLatLng([lat, lon])
        .setContent(document.createTextNode(f.properties.name));
    });
  return L.layerGroup(labels);
}
