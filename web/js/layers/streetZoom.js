// How the small areas and wards are drawn as the map zooms in. At borough zoom the fill is the
// message: strong colours, thin white outlines. At street zoom (about 15–17, where a coordinator
// pins an asset) a strong fill hides everything else, so it fades, and the outlines turn dark and
// the ward outlines heavier, so the areas still read over a pale tint, with or without a basemap.
// Looks change at whole zoom levels only, and layers are restyled only when the look changes, so
// a big council's tiles are restyled a few times, not at every step of a zoom.

/** From this zoom the areas are drawn in their street look (and named, layers/smallAreaLabels.js). */
export const STREET_FROM = 14;

// Fill opacity by whole zoom level from STREET_FROM on; above the last, the last.
const STREET_FILL = [0.5, 0.38, 0.26];
const BOROUGH = { street: false, fillOpacity: 0.78, color: '#ffffff', weight: 0.7, opacity: 0.9 };

/**
 * @param {number} zoom the map's zoom (fractional)
 * @returns {{street: boolean, fillOpacity: number, color: string, weight: number, opacity: number}}
 *   the small areas' fill opacity and outline (stroke colour, width in CSS px, opacity)
 */
export function areaLookAt(zoom) {
  const level = Math.floor(zoom + 1e-9) - STREET_FROM;
  if (level < 0) return BOROUGH;
  const fillOpacity = STREET_FILL[Math.min(level, STREET_FILL.length - 1)];
  // #505a5f on white is 7:1; over the faded fills it still reads.
  return { street: true, fillOpacity, color: '#505a5f', weight: 1.2, opacity: 1 };
}

/** Ward outlines for a look of areaLookAt: dashed grey at borough zoom, heavier and near-black at street zoom. */
export function wardLineFor(look) {
  return look.street
    ? { color: '#1b1b1b', weight: 3, opacity: 1, dashArray: '10 4' }
    : { color: '#4a4a4a', weight: 1.5, opacity: 0.9, dashArray: '6 3' };
}

/**
 * Calls `restyle(look)` with `areaLookAt(zoom)` when a layer is added to a map and whenever a
 * zoom ends in another look; returns `layer`.
 * @param {import('leaflet').Layer} layer
 * @param {(look: object) => void} restyle
 */
export function followZoom(layer, restyle) {
  let map = null;
  let shown = null;
  const update = () => {
    const look = areaLookAt(map.getZoom());
    if (look.fillOpacity === shown) return;
    shown = look.fillOpacity;
    restyle(look);
  };
  layer.on({
    add: (e) => {
      map = e.target._map;
      shown = null;
      map.on('zoomend', update);
      update();
    },
    remove: () => {
      map?.off('zoomend', update);
      map = null;
    },
  });
  return layer;
}
