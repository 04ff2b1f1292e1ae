// Introductions, for signed-in planners, coordinators and councillors: a period control (whole
// months, released ones only), the density layer on the map with its legend, and the summary table
// (#introductions-summary), by patch with the out-of-area rows unless another breakdown is
// chosen. Every figure is as the server published it, after disclosure control.
import * as api from '../api.js';
import { densityLayer } from '../layers/density.js';
import { densityTilesLayer } from '../layers/densityTiles.js';
import { el } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';
import { urls } from '../urls.js';
import { introductionForm } from './introductionForm.js';

const READERS = ['PLANNER', 'COORDINATOR', 'COUNCILLOR'];
const BREAKDOWNS = {
  patch: 'Patch', ward: 'Ward', neighbourhood: 'Neighbourhood', source: 'Source', level: 'Support level',
  ageBand: 'Age band', need: 'Need',
};
const CELL_SIZES = [250, 500, 1000];

/** "2025-11" for `latest` ("2026-10") less `back` months. */
function month(latest, back = 0) {
  const [year, number] = latest.split('-').map(Number);
  const d = new Date(year, number - 1 - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function field(labelText, control) {
  const wrapper = el('div', { className: 'intro-field' });
  const text = el('label', { text: labelText });
  text.htmlFor = control.id;
  wrapper.append(text, control);
  return wrapper;
}

function input(id, type, value) {
  const node = el('input');
  Object.assign(node, { id, type, value, name: id });
  return node;
}

function select(id, options, value) {
  const node = el('select');
  Object.assign(node, { id, name: id });
  Object.entries(options).forEach(([key, text]) => node.append(new Option(text, key, false, key === String(value))));
  return node;
}

/** The period control offers released months only: figures exist for no others. */
function controls(latest) {
  const form = el('form', { className: 'intro-controls' });
  form.id = 'introductions-period';
  const period = el('fieldset');
  period.append(el('legend', { text: 'Period (whole months)' }),
    field('From', input('introductions-from', 'month', month(latest, 11))),
    field('To', input('introductions-to', 'month', latest)));
  period.querySelectorAll('input').forEach((node) => { node.max = latest; });
  const cells = Object.fromEntries(CELL_SIZES.map((m) => [m, `${formatCount(m)} m hexagons`]));
  form.append(period, field('Map', select('introductions-cell', cells, 500)),
    field('Table by', select('introductions-by', BREAKDOWNS, 'patch')));
  const show = input('introductions-show', 'checkbox', 'on');
  show.checked = false; // off until asked for: it would cover the small areas planners click
  const toggle = el('div', { className: 'choice' });
  const toggleLabel = el('label', { text: 'Show introductions on the map' });
  toggleLabel.htmlFor = show.id;
  toggle.append(show, toggleLabel);
  form.append(toggle);
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

function row(cells, header) {
  const tr = el('tr');
  cells.forEach((text, i) => {
    const cell = el(i === 0 ? 'th' : 'td', { className: i === 0 ? '' : 'num', text });
    if (i === 0) cell.scope = 'row';
    tr.append(cell);
  });
  if (header) tr.className = header;
  return tr;
}

/** Rates below 1 per 1,000 keep two decimals, so a published count never shows as 0.0. */
function formatRate(rate) {
  if (!Number.isFinite(rate)) return '–';
  return rate.toLocaleString('en-GB', { minimumFractionDigits: rate < 1 && rate > 0 ? 2 : 1, maximumFractionDigits: 2 });
}

function cellsOf(r) {
  const name = r.status === 'VACANT' ? `${r.label} (post vacant)` : r.label;
  return [name, formatCount(r.introductions), formatRate(r.ratePer1000)];
}

function renderSummary(table, summary) {
  table.caption.textContent = `Introductions by ${BREAKDOWNS[summary.by].toLowerCase()}, ${summary.from} to ${summary.to}`;
  table.tBodies[0].replaceChildren(...summary.rows.map((r) => {
    const tr = row(cellsOf(r));
    tr.dataset.key = r.key;
    if (r.suppressed) tr.cells[1].title = `Fewer than ${summary.disclosure.k}: not shown, to protect privacy`;
    return tr;
  }));
  table.tFoot.replaceChildren(row(cellsOf(summary.total), 'total'));
}

function legendItem(swatchClass, colour, text) {
  const item = el('li');
  const swatch = el('span', { className: `legend-swatch ${swatchClass}` });
  if (colour) swatch.style.backgroundColor = colour;
  item.append(swatch, el('span', { text }));
  return item;
}

function renderLegend(list, scale, k) {
  list.replaceChildren(...scale.classes.map((c) => legendItem('', c.colour, c.label)),
    legendItem('legend-suppressed', null, `<${k}: fewer than ${k} introductions, not shown (hatched grey): so small a count could point to a person`),
    legendItem('legend-empty', null, 'None'));
}

function table() {
  const node = el('table', { className: 'ward-table' });
  node.id = 'introductions-summary';
  node.createCaption();
  node.createTHead().append(row(['', 'Introductions', 'Per 1,000 residents']));
  node.tHead.rows[0].cells[0].textContent = 'Where';
  node.createTBody();
  node.createTFoot();
  return node;
}

function ensurePane(map) {
  if (map.getPane('introductions')) return;
  map.createPane('introductions').style.zIndex = '410';
}

/**
 * Shows the introductions section if the signed-in person may read aggregates.
 * @param {object} options
 * @param {L.Map} options.map the map to draw the density layer on
 * @param {HTMLElement} options.section the (hidden) section to fill
 * @param {boolean} [options.tiles] draw the hexagons from vector tiles (a big council), as main.js decided
 */
export async function showIntroductions({ map, section, tiles = false }) {
  const me = await api.getMe().catch(() => null);
  if (!me || !READERS.includes(me.role)) return;
  ensurePane(map);
  const releases = await api.getIntroductionReleases().catch(() => null);
  if (!releases) {
    section.replaceChildren(el('h2', { text: 'Introductions' }),
      el('p', { className: 'intro-status', text: 'No month\'s introductions have been released yet.' }));
    section.hidden = false;
    return;
  }
  const form = controls(releases.latest);
  const summaryTable = table();
  const legend = el('ul', { className: 'legend-classes intro-legend' });
  legend.id = 'introductions-legend';
  const note = el('p', { className: 'intro-note' });
  const status = el('p', { className: 'intro-status' });
  status.setAttribute('role', 'status');
  const csv = el('a', { text: 'Download this table (CSV)' });
  section.replaceChildren(el('h2', { text: 'Introductions' }), form,
    el('h3', { text: 'Introductions per 1,000 residents' }), legend, summaryTable, csv, note, status);
  section.hidden = false;
  let layer = null;

  async function refresh() {
    const from = form.elements['introductions-from'].value;
    const to = form.elements['introductions-to'].value;
    const by = form.elements['introductions-by'].value;
    status.textContent = 'Loading introductions…';
    section.dataset.ready = 'false';
    try {
      const params = { cellSize: form.elements['introductions-cell'].value, from, to };
      const [summary, density] = await Promise.all([
        api.getIntroductionSummary({ by, from, to }),
        api.getIntroductionDensity(tiles ? { ...params, geometry: 'centre' } : params),
      ]);
      const next = tiles
        ? await densityTilesLayer({ collection: density, params, pane: 'introductions' })
        : densityLayer({ collection: density, pane: 'introductions' });
      layer?.layer.remove();
      layer = next;
      if (form.elements['introductions-show'].checked) layer.layer.addTo(map);
      renderSummary(summaryTable, summary);
      renderLegend(legend, layer.scale, summary.disclosure.k);
      csv.href = urls.introductionSummaryCsv({ by, from, to });
      note.textContent = `${summary.synthetic ? 'Includes synthetic demo data, not real people. ' : ''}${summary.disclosure.method}`;
      status.textContent = '';
      section.dataset.ready = 'true';
    } catch (error) {
      status.textContent = `Introductions could not be shown: ${error.message}`;
    }
  }

  form.addEventListener('change', (event) => {
    if (event.target.id !== 'introductions-show') refresh();
    else if (event.target.checked) layer?.layer.addTo(map);
    else layer?.layer.remove();
  });
  if (me.role === 'COORDINATOR') {
    const [sectors, places] = await Promise.all([api.getIntroductionSectors().catch(() => []),
      api.getPlaces().then((c) => c.features.map((f) => f.properties)).catch(() => [])]);
    section.append(introductionForm({ sectors, places, onRecorded: refresh }));
  }
  await refresh();
}
