// Loads Leaflet.VectorGrid 1.3.0 (web/vendor/, see its PROVENANCE.md) for the page's ES-module
// Leaflet. VectorGrid is a classic script that extends a global `L`; Leaflet's ES module sets no
// global and its namespace cannot be extended, so VectorGrid gets a plain copy of the namespace as
// `globalThis.L` (its classes are Leaflet's own, so what it makes are ordinary Leaflet layers). That
// global is the price of the plugin; nothing else on the page uses it.
import * as L from 'leaflet';

const SCRIPT = '/vendor/leaflet.vectorgrid-1.3.0/Leaflet.VectorGrid.bundled.js';

let loading = null;

/**
 * VectorGrid's canvas tiles call `L.DomEvent.fakeStop` on click, which Leaflet 1.8 removed. Leaflet
 * 1.9's canvas containers are `_leaflet_disable_events`, so the map ignores their DOM events and the
 * renderer hands every click to the map itself, on the feature if one is hit: do that, as
 * `L.Canvas#_onClick` does, with the point offset to the tile.
 */
function fixCanvasClicks(Tile) {
  Tile.prototype._onClick = function onClick(e) {
    const point = this._map.mouseEventToLayerPoint(e).subtract(this.getOffset());
    let clicked = null;
    for (const layer of Object.values(this._layers)) {
      const click = e.type === 'click' || e.type === 'preclick';
      if (layer.options.interactive && layer._containsPoint(point) && !(click && this._map._draggableMoved(layer))) {
        clicked = layer;
      }
    }
    this._fireEvent(clicked ? [clicked] : false, e);
  };
}

/** Resolves to `L` with VectorGrid's `L.vectorGrid.protobuf`, `L.svg.tile` and `L.canvas.tile`. */
export function loadVectorGrid() {
  if (!loading) {
    loading = (async () => {
      if (!globalThis.L) globalThis.L = { ...L };
      await import(SCRIPT);
      if (!L.DomEvent.fakeStop) fixCanvasClicks(globalThis.L.Canvas.Tile);
      return globalThis.L;
    })();
  }
  return loading;
}

/**
 * Tiles are drawn at whole zooms and scaled to the map's fractional one (zoomSnap 0.25), which
 * scales their outlines too. Keeps `--tile-scale` on the grid's container at that scale, so CSS can
 * divide stroke widths by it and outlines stay as wide as on a GeoJSON layer (see atlas.css);
 * `onScale(scale)` is told too.
 */
export function keepTileScale(grid, onScale = () => {}) {
  let map = null;
  const update = () => {
    const scale = map.getZoomScale(map.getZoom(), grid._tileZoom ?? Math.round(map.getZoom()));
    grid.getContainer()?.style.setProperty('--tile-scale', String(scale));
    onScale(scale);
  };
  grid.on({
    add: () => {
      map = grid._map;
      map.on('zoomend', update);
      update();
    },
    remove: () => {
      map?.off('zoomend', update);
      map = null;
    },
  });
  return grid;
}
