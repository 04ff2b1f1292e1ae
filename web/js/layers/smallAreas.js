// Small areas (LSOAs) as a choropleth of the chosen measure. Hover (or keyboard focus)
// highlights an area and reports it; click (or Enter/Space) selects it until clicked again.
// Each area's path gets class `small-area`, `data-code`, and `small-area-selected` when selected.
import * as L from 'leaflet';

const BASE = { color: '#ffffff', weight: 0.7, opacity: 0.9, fillOpacity: 0.78 };
const HOVER = { color: '#1b1b1b', weight: 2.5, opacity: 1 };
const SELECTED = { color: '#000000', weight: 4, opacity: 1 };

/**
 * @param {object} options
 * @param {object} options.collection GeoJSON FeatureCollection of small areas (WGS84)
 * @param {object} options.measure a measure from lib/scales.js
 * @param {(properties: object|null) => void} [options.onHover] area under the pointer or focus, or null
 * @param {(properties: object|null) => void} [options.onSelect] selected area, or null when cleared
 * @returns {{layer: L.GeoJSON, scale: object, setMeasure: (measure: object) => void}}
 */
export function smallAreasLayer({ collection, measure, onHover = () => {}, onSelect = () => {} }) {
  const properties = collection.features.map((f) => f.properties);
  let current = measure;
  let scale = measure.scaleFor(properties);
  let hovered = null;
  let selected = null;

  const fillFor = (feature) => ({ fillColor: scale.colourFor(current.value(feature.properties)) });

  function restyle(area) {
    const state = area === selected ? SELECTED : area === hovered ? HOVER : {};
    area.setStyle({ ...BASE, ...fillFor(area.feature), ...state });
    if (state !== BASE && area === hovered) area.bringToFront();
    if (selected) selected.bringToFront();
    area.getElement()?.classList.toggle('small-area-selected', area === selected);
    area.getElement()?.setAttribute('aria-pressed', String(area === selected));
  }

  function hover(area) {
    const previous = hovered;
    hovered = area;
    if (previous) restyle(previous);
    if (area) restyle(area);
    onHover(area ? area.feature.properties : null);
  }

  function toggleSelect(area) {
    const previous = selected;
    selected = previous === area ? null : area;
    if (previous) restyle(previous);
    if (selected) restyle(selected);
    onSelect(selected ? selected.feature.properties : null);
  }

  function makeAccessible(area) {
    const node = area.getElement();
    if (!node) return;
    const { code, name } = area.feature.properties;
    node.dataset.code = code;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', `Small area ${name}`);
    node.setAttribute('aria-pressed', 'false');
    node.addEventListener('focus', () => hover(area));
    node.addEventListener('blur', () => hovered === area && hover(null));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggleSelect(area);
      }
    });
  }

  const layer = L.geoJSON(collection, {
    className: 'small-area',
    style: (feature) => ({ ...BASE, ...fillFor(feature) }),
    onEachFeature(feature, area) {
      area.on({
        add: () => makeAccessible(area),
        mouseover: () => hover(area),
        mouseout: () => hovered === area && hover(null),
        click: () => toggleSelect(area),
      });
    },
  });

  return {
    layer,
    get scale() {
      return scale;
    },
    /** Recolours every area for another measure; keeps hover and selection. */
    setMeasure(next) {
      current = next;
      scale = next.scaleFor(properties);
      layer.eachLayer(restyle);
    },
  };
}
