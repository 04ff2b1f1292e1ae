// Small areas drawn from vector tiles (/tiles/small-areas/…), for councils too big for one GeoJSON
// download. It looks and behaves as layers/smallAreas.js: the same styles, the colours from the
// same scale over every area's figures (the tiles carry only each area's code as `id`; the figures
// come from /api/small-areas without geometry), hover and selection outlines drawn from the area's
// own outline (fetched once per area), and the same hover, select and activate callbacks.
// Areas are SVG paths of class `small-area` with `data-code`, one per tile an area crosses.
// Keyboard users and screen readers read the areas from the ward table and the info panel's
// text instead of tabbing through thousands of paths.
import * as L from 'leaflet';
import * as api from '../api.js';
import { keepTileScale, loadVectorGrid } from '../lib/vectorGrid.js';
import { urls } from '../urls.js';
import { BASE, HOVER, SELECTED } from './smallAreas.js';
import { areaLookAt, followZoom } from './streetZoom.js';

const LAYER = 'small-areas';

/** Paths of each tile, by area code (VectorGrid keeps them per tile; `getFeatureId` must be set). */
function pathsOf(grid, code) {
  return Object.values(grid._vectorTiles || {})
    .map((tile) => tile._features?.[code]?.feature?._path)
    .filter(Boolean);
}

/**
 * @param {object} options
 * @param {object} options.collection small areas from getSmallAreaFigures (null geometries)
 * @param {object} options.measure a measure from lib/scales.js
 * @param {string} [options.pane] pane for the areas
 * @param {string} [options.highlightPane] pane for hover and selection outlines
 * @param {(properties: object|null) => void} [options.onHover] area under the pointer, or null
 * @param {(properties: object|null) => void} [options.onSelect] selected area, or null when cleared
 * @returns {Promise<{layer: L.LayerGroup, scale: object, setMeasure: Function, setActivate: Function,
 *   markAreas: Function, outlineOf: (code: string) => Promise<object|null>}>} as smallAreasLayer, and
 *   `outlineOf` resolves to an area's Feature with its outline (fetched once), or null
 */
export async function smallAreaTilesLayer({
  collection, measure, pane = 'overlayPane', highlightPane = 'overlayPane', onHover = () => {}, onSelect = () => {},
}) {
  const VL = await loadVectorGrid();
  const byCode = new Map(collection.features.map((f) => [f.properties.code, f.properties]));
  const properties = [...byCode.values()];
  let current = measure;
  let scale = measure.scaleFor(properties);
  let hovered = null;
  let selected = null;
  let activate = null;
  const marks = new Map(); // class name → codes that have it
  let look = areaLookAt(0);

  // At borough zoom, opaque paths in a translucent layer, not translucent paths: where tiles
  // overlap by a pixel to close the seams between them (atlas.css), an area is then not drawn
  // darker. At street zoom the outlines must not fade with the fill, so the paths are translucent
  // in an opaque layer, without the overlap (class `street-zoom`): a seam over a faded fill
  // hardly shows.
  const styleFor = (code) => {
    const p = byCode.get(code);
    const fillColor = scale.colourFor(p ? current.value(p) : null);
    const { color, weight } = look;
    const fade = look.street ? { fillOpacity: look.fillOpacity, opacity: look.opacity } : { fillOpacity: 1, opacity: 1 };
    return { ...BASE, color, weight, ...fade, fill: true, className: 'small-area', fillColor };
  };
  const restyleAll = () => {
    for (const code of byCode.keys()) grid.setFeatureStyle(code, styleFor(code));
  };
  const outline = (style) => L.geoJSON(null, { pane: highlightPane, interactive: false, style });
  const hoverOutline = outline(HOVER);
  const selectedOutline = outline(SELECTED);
  const shapes = new Map(); // code → Promise of the area's GeoJSON Feature

  const outlineOf = (code) => {
    if (!shapes.has(code)) shapes.set(code, byCode.has(code) ? api.getSmallArea(code).catch(() => null) : Promise.resolve(null));
    return shapes.get(code);
  };

  async function draw(target, code) {
    target.clearLayers();
    if (!code) return;
    const feature = await outlineOf(code);
    // Still wanted? The pointer may have moved on while the outline was on its way.
    const wanted = target === hoverOutline ? hovered : selected;
    if (feature && wanted === code) target.clearLayers().addData(feature);
  }

  function hover(code) {
    hovered = code;
    draw(hoverOutline, code);
    onHover(code ? byCode.get(code) ?? null : null);
  }

  function toggleSelect(code) {
    const previous = selected;
    selected = previous === code ? null : code;
    if (previous) pathsOf(grid, previous).forEach((path) => path.classList.remove('small-area-selected'));
    if (selected) pathsOf(grid, selected).forEach((path) => path.classList.add('small-area-selected'));
    draw(selectedOutline, selected);
    onSelect(selected ? byCode.get(selected) ?? null : null);
  }

  const grid = VL.vectorGrid.protobuf(urls.tiles(LAYER), {
    pane,
    className: 'small-area-tiles',
    opacity: BASE.fillOpacity,
    interactive: true,
    rendererFactory: VL.svg.tile,
    getFeatureId: (feature) => feature.properties.id,
    vectorTileLayerStyles: { [LAYER]: (p) => styleFor(p.id) },
    maxZoom: 22,
  });
  keepTileScale(grid);
  followZoom(grid, (next) => {
    look = next;
    grid.setOpacity(look.street ? 1 : look.fillOpacity);
    grid.getContainer()?.classList.toggle('street-zoom', look.street);
    restyleAll();
  });
  grid.on({
    mouseover: (e) => hover(e.layer.properties.id),
    mouseout: (e) => hovered === e.layer.properties.id && hover(null),
    click: (e) => {
      const code = e.layer.properties.id;
      if (!byCode.has(code)) return;
      if (activate) activate(byCode.get(code));
      else toggleSelect(code);
    },
    // Paths are made per tile: give each its code and the classes its area has.
    tileload: (e) => {
      const tile = grid._vectorTiles?.[grid._tileCoordsToKey(e.coords)];
      for (const [code, { feature }] of Object.entries(tile?._features || {})) {
        const path = feature._path;
        if (!path) continue;
        path.dataset.code = code;
        path.classList.toggle('small-area-selected', code === selected);
        for (const [className, codes] of marks) path.classList.toggle(className, codes.has(code));
      }
    },
  });

  return {
    layer: L.layerGroup([grid, hoverOutline, selectedOutline]),
    get scale() {
      return scale;
    },
    /** Recolours every area, drawn or still to come, for another measure; keeps hover and selection. */
    setMeasure(next) {
      current = next;
      scale = next.scaleFor(properties);
      restyleAll();
    },
    setActivate(handler) {
      if (selected) toggleSelect(selected);
      activate = handler;
    },
    outlineOf,
    markAreas(className, codes) {
      marks.set(className, codes);
      grid.getContainer()?.querySelectorAll('path.small-area[data-code]')
        .forEach((path) => path.classList.toggle(className, codes.has(path.dataset.code)));
    },
  };
}
