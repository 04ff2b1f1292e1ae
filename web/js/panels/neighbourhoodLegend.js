// Legend of the neighbourhood layer: one row per coordinator-post status, drawn as the line
// itself (colour, weight and dash), and one for the hatching of neighbourhoods that are not valid.
import * as L from 'leaflet';
import { makeCollapsible } from '../lib/collapsible.js';
import { POST_STATUSES } from '../lib/coordinatorStatus.js';
import { el, svgEl } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';
import { ensurePatterns, HATCH_ID } from '../lib/patterns.js';


function swatch(...shapes) {
  const svg = svgEl('svg', { class: 'legend-line', width: '36', height: '16', viewBox: '0 0 36 16', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(...shapes);
  return svg;
}

function statusRow(status) {
  const line = { x1: '3', y1: '8', x2: '33', y2: '8', 'stroke-linecap': 'round' };
  const casing = svgEl('line', { ...line, stroke: '#fff', 'stroke-width': String(status.weight + 3) });
  const stroke = svgEl('line', { ...line, stroke: status.colour, 'stroke-width': String(status.weight) });
  if (status.dashArray) stroke.setAttribute('stroke-dasharray', status.dashArray);
  const item = el('li');
  item.dataset.status = status.key;
  item.append(swatch(casing, stroke), el('span', { text: status.label }));
  return item;
}

function invalidRow(plan) {
  const box = svgEl('rect', { x: '2', y: '1', width: '32', height: '14', fill: `url(#${HATCH_ID})`, stroke: '#3d3d3d', 'stroke-width': '1' });
  const text = `⚠ Not valid: under ${formatCount(plan.minResidents)} or over ${formatCount(plan.maxResidents)} residents, or in pieces`;
  const item = el('li');
  item.dataset.status = 'INVALID';
  item.append(swatch(box), el('span', { text }));
  return item;
}

const Legend = L.Control.extend({
  onAdd() {
    ensurePatterns();
    const container = el('section', { className: 'map-legend neighbourhood-legend' });
    container.id = 'neighbourhood-legend';
    container.setAttribute('aria-labelledby', 'neighbourhood-legend-title');
    const title = el('h2', { className: 'legend-title', text: 'Neighbourhoods' });
    title.id = 'neighbourhood-legend-title';
    const list = el('ul', { className: 'legend-classes' });
    list.append(...POST_STATUSES.map(statusRow), invalidRow(this.options.plan));
    container.append(title, list);
    makeCollapsible(container, title);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    return container;
  },
});

/**
 * @param {object} options
 * @param {{minResidents: number, maxResidents: number}} options.plan the plan's band
 * @param {string} [options.position] Leaflet control position
 */
export function neighbourhoodLegend({ plan, position = 'bottomleft' }) {
  return new Legend({ plan, position });
}
