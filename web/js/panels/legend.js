// Map legend: the measure's name, then one row per class with a colour swatch and its range
// as text, so the colours are never the only way to read the map.
import * as L from 'leaflet';
import { makeCollapsible } from '../lib/collapsible.js';
import { el } from '../lib/html.js';
import { NO_DATA_COLOUR } from '../lib/scales.js';

function row(colour, text) {
  const item = el('li');
  const swatch = el('span', { className: 'legend-swatch' });
  swatch.style.backgroundColor = colour;
  swatch.setAttribute('aria-hidden', 'true');
  item.append(swatch, el('span', { text }));
  return item;
}

const Legend = L.Control.extend({
  onAdd() {
    const container = el('section', { className: 'map-legend' });
    container.id = 'map-legend';
    container.setAttribute('aria-labelledby', 'map-legend-title');
    this._title = el('h2', { className: 'legend-title' });
    this._title.id = 'map-legend-title';
    this._unit = el('p', { className: 'legend-unit' });
    this._list = el('ul', { className: 'legend-classes' });
    container.append(this._title, this._unit, this._list);
    this._titleText = makeCollapsible(container, this._title);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    return container;
  },

  /**
   * @param {object} measure a measure from lib/scales.js
   * @param {object} scale its scale for the areas shown: `{classes: [{colour, label}]}`
   * @param {boolean} [showNoData] add a "No data" row
   */
  update(measure, scale, showNoData = false) {
    this._titleText.textContent = measure.label;
    this._unit.textContent = measure.unit;
    this._list.replaceChildren(...scale.classes.map((c) => row(c.colour, c.label)));
    if (showNoData) this._list.append(row(NO_DATA_COLOUR, 'No data'));
    this._list.dataset.measure = measure.id;
  },
});

/** @param {object} [options] `{position}`, a Leaflet control position */
export function legendControl({ position = 'bottomright' } = {}) {
  return new Legend({ position });
}
