// Introductions per 1,000 residents drawn from vector tiles (/tiles/introduction-density/…), for
// councils too big for one GeoJSON answer. It looks as layers/density.js: the same styles, colour
// classes over every hexagon's published rate and "<5" labels, from the density's figures with
// each hexagon as its centre (/api/introductions/density?geometry=centre); the tiles carry the same
// figures, so each hexagon is styled from its own. Hexagons are SVG paths of class `hex`, with
// `data-introductions` as the server published it, one per tile a hexagon crosses.
import * as L from 'leaflet';
import { keepTileScale, loadVectorGrid } from '../lib/vectorGrid.js';
import { urls } from '../urls.js';
import {
  COUNTED, EMPTY, SUPPRESSED, densityScale, describe, ensureHatch, hexClass, hexLabel, isCounted, isSuppressed,
} from './density.js';

const LAYER = 'introduction-density';
const TILE_HATCH_ID = 'hex-hatch-tiles';

/**
 * @param {object} options
 * @param {object} options.collection the density with `geometry=centre` (points, WGS84)
 * @param {{cellSize: number, from: string, to: string}} options.params what the collection was asked for
 * @param {string} [options.pane] pane for the hexagons
 * @param {string} [options.labelPane] pane for the "<5" labels
 * @returns {Promise<{layer: L.LayerGroup, scale: object}>} as densityLayer
 */
export async function densityTilesLayer({ collection, params, pane = 'overlayPane', labelPane = 'tooltipPane' }) {
  // The hatch in the tiles' own scale, so its stripes are as wide as on the GeoJSON layer.
  const hatch = ensureHatch(TILE_HATCH_ID);
  const VL = await loadVectorGrid();
  const scale = densityScale(collection);
  const style = (p) => {
    const base = isSuppressed(p) ? SUPPRESSED : isCounted(p) ? { ...COUNTED, fillColor: scale.colourFor(p.ratePer1000) } : EMPTY;
    return { ...base, fill: true, className: hexClass(p) };
  };
  const grid = VL.vectorGrid.protobuf(urls.tiles(LAYER, params), {
    pane,
    className: 'density-tiles',
    interactive: true,
    rendererFactory: VL.svg.tile,
    getFeatureId: (feature) => feature.properties.id,
    vectorTileLayerStyles: { [LAYER]: style },
    maxZoom: 22,
  });
  keepTileScale(grid, (s) => hatch.setAttribute('patternTransform', `rotate(45) scale(${1 / s})`));
  const tooltip = L.tooltip({ className: 'hex-tooltip', direction: 'auto' });
  grid.on({
    mouseover: (e) => {
      const p = e.layer.properties;
      if (isSuppressed(p) || isCounted(p)) tooltip.setLatLng(e.latlng).setContent(describe(p)).addTo(grid._map);
    },
    mousemove: (e) => tooltip.setLatLng(e.latlng),
    mouseout: () => tooltip.remove(),
    remove: () => tooltip.remove(),
    tileload: (e) => {
      const tile = grid._vectorTiles?.[grid._tileCoordsToKey(e.coords)];
      for (const { feature } of Object.values(tile?._features || {})) {
        feature._path?.setAttribute('aria-label', describe(feature.properties));
        feature._path?.setAttribute('data-introductions', String(feature.properties.introductions));
      }
    },
  });
  const labels = collection.features
    .filter((f) => isSuppressed(f.properties) && f.geometry?.type === 'Point')
    .map((f) => hexLabel(L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), String(f.properties.introductions), labelPane));
  return { layer: L.layerGroup([grid, ...labels]), scale };
}
