// Info panel: the figures for the small area under the pointer or keyboard focus, or else the
// selected one. Announced politely to screen readers.
import * as L from 'leaflet';
import { el } from '../lib/html.js';
import { density, formatCount, formatDecimal, formatPercent, share65 } from '../lib/scales.js';

const HINT = 'Hover over, tab to or click a small area to see its figures.';
// Areas drawn from vector tiles are not a tab stop each (layers/smallAreaTiles.js).
const TILES_HINT = 'Hover over or click a small area to see its figures.';

function rows(p, wardName) {
  const decile = Number.isInteger(p.imdDecile) ? `${p.imdDecile} of 10 (1 = most deprived)` : '–';
  return [
    ['Code', p.code],
    ['Ward', wardName || p.wardCode || '–'],
    ['Residents', formatCount(p.residents)],
    ['Aged 65+', formatCount(p.residents65Plus)],
    ['Share aged 65+', formatPercent(share65(p))],
    ['Residents per hectare', formatDecimal(density(p))],
    ['IMD decile', decile],
  ];
}

const Info = L.Control.extend({
  onAdd() {
    const container = el('section', { className: 'map-info' });
    container.id = 'map-info';
    container.setAttribute('aria-live', 'polite');
    container.setAttribute('aria-label', 'Small area figures');
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    this._container = container;
    this.update(null);
    return container;
  },

  /**
   * @param {object|null} properties a small area's properties, or null for the hint
   * @param {{selected?: boolean}} [state]
   */
  update(properties, { selected = false } = {}) {
    const box = this._container;
    if (!box) return;
    this._shown = [properties, { selected }];
    if (!properties) {
      box.replaceChildren(el('p', { className: 'info-hint', text: this.options.tiles ? TILES_HINT : HINT }));
      delete box.dataset.code;
      return;
    }
    const heading = el('h2', { className: 'info-title', text: properties.name });
    const list = el('dl');
    const extra = this._extraRows ? this._extraRows(properties) : [];
    for (const [term, value] of [...rows(properties, this.options.wardNames.get(properties.wardCode)), ...extra]) {
      list.append(el('dt', { text: term }), el('dd', { text: value }));
    }
    box.replaceChildren(heading, list);
    if (selected) box.append(el('p', { className: 'info-hint', text: 'Selected. Click it again to clear.' }));
    box.dataset.code = properties.code;
  },

  /** Adds rows after the area's own figures: `fn(properties)` returns `[term, value]` pairs. */
  setExtraRows(fn) {
    this._extraRows = fn;
  },

  /** Draws the area shown again, with fresh extra rows. */
  refresh() {
    if (this._shown) this.update(...this._shown);
  },
});

/**
 * @param {object} options
 * @param {Map<string, string>} options.wardNames ward code → ward name
 * @param {boolean} [options.tiles] the areas are drawn from vector tiles, so not tabbed to
 * @param {string} [options.position] Leaflet control position
 */
export function infoControl({ wardNames, tiles = false, position = 'topright' }) {
  return new Info({ wardNames, tiles, position });
}
