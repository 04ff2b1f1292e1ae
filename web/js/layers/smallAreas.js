// Small areas (LSOAs) as a choropleth of the chosen measure. Hover (or keyboard focus)
// highlights an area and reports it; click (or Enter/Space) selects it until chosen again.
// The areas are a single tab stop: arrow keys, Home and End move between them.
// Each area's path gets class `small-area`, `data-code`, and `small-area-selected` when selected.
// While an activate handler is set (a planner editing neighbourhoods), click and Enter call it
// instead of selecting.
// Highlights are separate outlines in their own pane, so area paths never move in the DOM
// (moving a focused SVG element would take keyboard focus away from it).
// The fill fades and the outlines darken at street zoom (layers/streetZoom.js).
import * as L from 'leaflet';
import { areaLookAt, followZoom } from './streetZoom.js';

// Shared with layers/smallAreaTiles.js, which draws the same areas from vector tiles.
export const BASE = { color: '#ffffff', weight: 0.7, opacity: 0.9, fillOpacity: 0.78 };
export const HOVER = { color: '#1b1b1b', weight: 3, opacity: 1, fill: false };
export const SELECTED = { color: '#000000', weight: 4.5, opacity: 1, fill: false };

/**
 * @param {object} options
 * @param {object} options.collection GeoJSON FeatureCollection of small areas (WGS84)
 * @param {object} options.measure a measure from lib/scales.js
 * @param {string} [options.highlightPane] pane for hover and selection outlines
 * @param {(properties: object|null) => void} [options.onHover] area under the pointer or focus, or null
 * @param {(properties: object|null) => void} [options.onSelect] selected area, or null when cleared
 * @returns {{layer: L.LayerGroup, scale: object, setMeasure: (measure: object) => void}}
 */
export function smallAreasLayer({ collection, measure, highlightPane = 'overlayPane', onHover = () => {}, onSelect = () => {} }) {
  const properties = collection.features.map((f) => f.properties);
  let current = measure;
  let scale = measure.scaleFor(properties);
  let hovered = null;
  let selected = null;
  let activate = null;
  let look = areaLookAt(0);

  const styleFor = (feature) => ({ ...BASE, ...look, fillColor: scale.colourFor(current.value(feature.properties)) });
  const outline = (style) => L.geoJSON(null, { pane: highlightPane, interactive: false, style });
  const hoverOutline = outline(HOVER);
  const selectedOutline = outline(SELECTED);

  function draw(target, area) {
    target.clearLayers();
    if (area) target.addData(area.feature);
  }

  function hover(area) {
    hovered = area;
    draw(hoverOutline, area);
    onHover(area ? area.feature.properties : null);
  }

  function toggleSelect(area) {
    const previous = selected;
    selected = previous === area ? null : area;
    for (const a of [previous, selected]) {
      a?.getElement()?.classList.toggle('small-area-selected', a === selected);
      a?.getElement()?.setAttribute('aria-pressed', String(a === selected));
    }
    draw(selectedOutline, selected);
    onSelect(selected ? selected.feature.properties : null);
  }

  function press(area) {
    if (activate) activate(area.feature.properties);
    else toggleSelect(area);
  }

  // Roving tabindex: one area at a time is in the tab order.
  const order = [];
  const MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

  function moveFocus(area, event) {
    let next = null;
    if (event.key in MOVES) next = order[(order.indexOf(area) + MOVES[event.key] + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (!next) return false;
    area.getElement().setAttribute('tabindex', '-1');
    next.getElement().setAttribute('tabindex', '0');
    next.getElement().focus();
    return true;
  }

  function onKeyDown(area, event) {
    const handled = event.key === 'Enter' || event.key === ' ' ? (press(area), true) : moveFocus(area, event);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  function makeAccessible(area) {
    const node = area.getElement();
    if (!node || node.dataset.code) return;
    const { code, name } = area.feature.properties;
    node.dataset.code = code;
    node.setAttribute('tabindex', order.length === 0 ? '0' : '-1');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', `Small area ${name}`);
    node.setAttribute('aria-pressed', 'false');
    node.addEventListener('focus', () => hover(area));
    node.addEventListener('blur', () => hovered === area && hover(null));
    node.addEventListener('keydown', (event) => onKeyDown(area, event));
    order.push(area);
  }

  const areas = L.geoJSON(collection, {
    className: 'small-area',
    style: styleFor,
    onEachFeature(feature, area) {
      area.on({
        add: () => makeAccessible(area),
        mouseover: () => hover(area),
        mouseout: () => hovered === area && hover(null),
        click: () => press(area),
      });
    },
  });
  followZoom(areas, (next) => {
    look = next;
    areas.setStyle(styleFor);
  });

  return {
    layer: L.layerGroup([areas, hoverOutline, selectedOutline]),
    get scale() {
      return scale;
    },
    /** Recolours every area for another measure; keeps hover and selection. */
    setMeasure(next) {
      current = next;
      scale = next.scaleFor(properties);
      areas.setStyle(styleFor);
    },
    /** Clears the selection; then, while `handler` is set, click and Enter call it with the area's properties. */
    setActivate(handler) {
      if (selected) toggleSelect(selected);
      activate = handler;
    },
    /** Gives `className` to exactly the areas whose codes are in `codes`. */
    markAreas(className, codes) {
      areas.eachLayer((area) => area.getElement()?.classList.toggle(className, codes.has(area.feature.properties.code)));
    },
  };
}
