// A small static map for the printable pages (ward, business case): patches outlined by their
// post's status (colour, weight and dashes, as on the main map) over an optional outline, with a
// text legend, and (given them) ward outlines with names and town names, so the map reads
// without a basemap. The figures tables on each page are the text alternative.
import * as L from 'leaflet';
import { placesLayer } from '../layers/places.js';
import { wardsLayer } from '../layers/wards.js';
import { POST_STATUSES, statusOf } from '../lib/coordinatorStatus.js';
import { declutterLabels } from '../lib/declutter.js';
import { el } from '../lib/html.js';
import { preparePrinting } from '../lib/print.js';

const labelsOf = (group) => group.getLayers().filter((l) => l instanceof L.Tooltip);

/**
 * Ward outlines (always) with names, and town names. On a map this small not every name
 * fits, so only the subject's own name is always shown; towns, then other wards, are shown
 * where there is room, and no two shown names overlap.
 */
function orientation(map, wards, places, subject) {
  const wardLayer = wards ? wardsLayer({ collection: wards, streetZoom: false }).addTo(map) : null;
  const placeLayer = places ? placesLayer({ collection: places }).addTo(map) : null;
  if (!wardLayer && !placeLayer) return;
  const wardLabels = wardLayer ? labelsOf(wardLayer) : [];
  const isSubject = (t) => Boolean(subject) && t.getContent().textContent === subject;
  declutterLabels({
    map,
    required: wardLabels.filter(isSubject),
    optional: [...(placeLayer ? labelsOf(placeLayer) : []), ...wardLabels.filter((t) => !isSubject(t))],
  });
}

/**
 * @param {object} options
 * @param {HTMLElement} options.element the map's container
 * @param {object[]} options.patches GeoJSON features whose `properties.status` is IN_POST, VACANT or PROPOSED
 * @param {object} [options.outline] a GeoJSON feature drawn under the patches and fitted into view (e.g. a ward)
 * @param {string} [options.patchClass] an extra class on each patch's path
 * @param {object} [options.wards] GeoJSON FeatureCollection of wards, outlined and named (the
 *   outline's own name always shown, the others where there is room)
 * @param {object} [options.places] GeoJSON FeatureCollection of town points, named
 * @returns {L.Map}
 */
export function reportMap({ element, patches, outline, patchClass = '', wards, places }) {
  const map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution('Boundaries © Crown copyright and database right, ONS');
  let fit = null;
  if (outline) {
    fit = L.geoJSON(outline, {
      interactive: false,
      style: { color: '#0b0c0c', weight: 3, fillColor: '#f2f0eb', fillOpacity: 1, className: 'report-outline' },
    }).addTo(map);
  }
  const drawn = L.geoJSON({ type: 'FeatureCollection', features: patches }, {
    interactive: false,
    style: (f) => {
      const s = statusOf({ status: f.properties.status });
      return { color: s.colour, weight: s.weight, dashArray: s.dashArray, fillColor: s.colour, fillOpacity: 0.15, className: `report-patch ${patchClass}`.trim() };
    },
  }).addTo(map);
  const bounds = (fit || drawn).getBounds();
  const refit = () => {
    map.invalidateSize({ pan: false });
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], animate: false });
  };
  refit();
  orientation(map, wards, places, outline?.properties?.name);
  // A report map shows the whole of its subject at any size, on screen and in print. Before
  // printing, the map takes its printed size (body.printing, report.css) so Leaflet fits the
  // subject into the box that is printed, not the screen's (which cut the east of wide wards).
  new ResizeObserver(refit).observe(element);
  preparePrinting({ map, fit: refit });
  window.matchMedia('print').addEventListener('change', refit);
  return map;
}

/** A legend for the statuses present, as a list of text with a line sample each. */
export function statusLegend(statuses) {
  const list = el('ul', { className: 'report-legend' });
  for (const s of POST_STATUSES.filter((x) => statuses.has(x.key))) {
    const item = el('li');
    const swatch = el('span', { className: 'report-swatch' });
    swatch.style.borderTop = `${s.weight}px ${s.dashArray ? (s.key === 'PROPOSED' ? 'dotted' : 'dashed') : 'solid'} ${s.colour}`;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, ` ${s.label.replace(/ \(.*\)$/, '')}`);
    list.append(item);
  }
  return list;
}
