// Every name on the main map, kept from piling up (lib/declutter.js), by importance: ward names
// (or, while shown, the neighbourhoods' names, which stand in for wards and towns, see atlas.css),
// then towns and villages, then at street zoom the small areas' names. Where a name has no room
// it is hidden until zooming in makes room; the ward table lists every ward meanwhile.
import * as L from 'leaflet';
import * as api from '../api.js';
import { declutterLabels } from '../lib/declutter.js';
import { smallAreaLabels } from './smallAreaLabels.js';

const labelsOf = (group) => group.getLayers().filter((layer) => layer instanceof L.Tooltip);

const bbox = (b) => ({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });

/**
 * @param {object} options
 * @param {L.Map} options.map
 * @param {L.LayerGroup} options.wardLayer from layers/wards.js
 * @param {L.LayerGroup} options.placeLayer from layers/places.js
 * @param {object} options.smallAreas the small areas the map was drawn from
 * @param {boolean} options.tiles true when their outlines come from vector tiles, so
 *   `smallAreas` has none and the names' areas are fetched for the view, with outlines
 * @param {Map<string, string>} options.wardNames ward code → name
 * @returns {(neighbourhoodLabels: L.Tooltip[]) => void} shows neighbourhood labels instead of
 *   ward and town names (none: back to them)
 */
export function mapLabels({ map, wardLayer, placeLayer, smallAreas, tiles, wardNames }) {
  let neighbourhoodLabels = [];
  let areaLabels = { labels: () => [] };
  const relabel = declutterLabels({
    map,
    optional: () => [
      ...(neighbourhoodLabels.length ? neighbourhoodLabels : [...labelsOf(wardLayer), ...labelsOf(placeLayer)]),
      ...areaLabels.labels(),
    ],
  });
  // A street-zoom view holds a handful of areas: their outlines are a small download.
  const featuresIn = tiles
    ? async (bounds) => (await api.getSmallAreas(bbox(bounds))).features
    : async () => smallAreas.features;
  areaLabels = smallAreaLabels({ map, featuresIn, wardNames, onChange: () => relabel() });
  return (labels) => {
    neighbourhoodLabels = labels;
    map.getContainer().classList.toggle('neighbourhoods-shown', labels.length > 0);
    relabel();
  };
}
