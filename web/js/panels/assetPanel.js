// The community-assets panel: search box and results, assets near a place or postcode, category
// filter, "Add an asset" (click the map to place it) for coordinators and planners, gaps in local
// opportunities, and print/export.
// It creates the asset markers layer too, so a page needs one call: assetPanel(map, {me}).
import * as L from 'leaflet';
import { getAssetCategories as getCategories, getWards, searchAssets } from '../api.js';
import { urls } from '../urls.js';
import { assetsLayer } from '../layers/assets.js';
import { assetActions, canEdit } from './assetActions.js';
import { openAssetForm } from './assetForm.js';
import { assetGaps } from './assetGaps.js';
import { assetsNear } from './assetsNear.js';

function el(tag, { text, className, id } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (id) node.id = id;
  if (text !== undefined) node.textContent = text;
  return node;
}

function searchBox(onSearch) {
  const form = el('form', { className: 'asset-search', id: 'asset-search-form' });
  form.setAttribute('role', 'search');
  const label = el('label', { text: 'Search assets' });
  label.htmlFor = 'asset-search';
  const input = el('input', { id: 'asset-search' });
  input.type = 'search';
  input.placeholder = 'e.g. lunch club, library';
  const button = el('button', { text: 'Search', id: 'asset-search-button' });
  button.type = 'submit';
  form.append(label, input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSearch(input.value.trim());
  });
  return form;
}

function categoryFilter(categories, onChange) {
  const box = el('details', { className: 'asset-filter', id: 'asset-filter' });
  box.append(el('summary', { text: 'Categories' }));
  const list = el('ul', { className: 'asset-filter-list' });
  const boxes = categories.map((c) => {
    const input = el('input', { id: `asset-category-${c.code}` });
    input.type = 'checkbox';
    input.checked = true;
    input.value = c.code;
    const label = el('label');
    label.htmlFor = input.id;
    const swatch = el('span', { className: 'asset-swatch' });
    swatch.style.backgroundColor = c.colour;
    label.append(swatch, document.createTextNode(c.label));
    const item = el('li');
    item.append(input, label);
    list.append(item);
    return input;
  });
  // [] means every category; null means none (nothing is shown).
  const chosen = () => {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    if (ticked.length === boxes.length) return [];
    return ticked.length ? ticked : null;
  };
  list.addEventListener('change', () => onChange(chosen()));
  const all = el('button', { text: 'All', className: 'link-button' });
  const none = el('button', { text: 'None', className: 'link-button' });
  for (const [button, state] of [[all, true], [none, false]]) {
    button.type = 'button';
    button.addEventListener('click', () => {
      boxes.forEach((b) => { b.checked = state; });
      onChange(state ? [] : null);
    });
  }
  box.append(all, document.createTextNode(' · '), none, list);
  return box;
}

function resultItem(feature, categories, open) {
  const p = feature.properties;
  const button = el('button', { className: 'asset-result', text: p.name });
  button.type = 'button';
  button.dataset.assetId = String(feature.id);
  const where = [categories.get(p.category)?.label, p.wardName, p.status === 'published' ? null : p.status].filter(Boolean).join(' · ');
  const item = el('li');
  item.append(button, el('span', { className: 'asset-result-meta', text: where }));
  button.addEventListener('click', () => open(feature));
  return item;
}

async function printAndExport(layer) {
  const box = el('details', { className: 'asset-print' });
  box.append(el('summary', { text: 'Print or export' }));
  const select = el('select', { id: 'asset-print-ward' });
  const label = el('label', { text: 'Ward ' });
  label.htmlFor = select.id;
  const print = el('a', { text: 'Printable list', id: 'asset-print-link' });
  const csv = el('a', { text: 'CSV' });
  const geojson = el('a', { text: 'GeoJSON' });
  const update = () => {
    const filter = layer.filter();
    print.href = urls.assetsPrint({ ward: select.value, category: filter.category, q: filter.q });
    csv.href = urls.assetExportCsv({ ...filter, ward: select.value || undefined });
    geojson.href = urls.assetExportGeoJson({ ...filter, ward: select.value || undefined });
  };
  box.addEventListener('toggle', update);
  select.addEventListener('change', update);
  const wards = await getWards().catch(() => ({ features: [] }));
  for (const w of wards.features) select.append(new Option(w.properties.name, w.properties.code));
  box.append(label, select, el('p'), print, document.createTextNode(' · Export: '), csv, document.createTextNode(' · '), geojson);
  return box;
}

/**
 * Adds the asset markers and the panel to a map.
 * @param {L.Map} map
 * @param {object} options
 * @param {object|null} options.me the signed-in user `{username, role}`, or null
 * @param {HTMLElement} [options.container] where to put the panel; else a Leaflet control
 * @param {string} [options.position] the control's position when there is no container
 * @returns {Promise<{layer: object, panel: HTMLElement, showAsset: (feature: object) => void}>}
 */
export async function assetPanel(map, { me = null, container, position = 'topleft' } = {}) {
  const taxonomy = await getCategories();
  const categories = new Map(taxonomy.map((c) => [c.code, c]));
  const panel = el('section', { className: 'asset-panel', id: 'asset-panel' });
  panel.setAttribute('aria-label', 'Community assets');
  const message = el('p', { className: 'asset-message', id: 'asset-message' });
  message.setAttribute('role', 'status');
  const say = (text, undo) => {
    message.replaceChildren(document.createTextNode(text));
    if (undo) {
      const button = el('button', { text: 'Undo', id: 'asset-undo', className: 'link-button' });
      button.type = 'button';
      button.addEventListener('click', () => { message.textContent = ''; undo(); });
      message.append(' ', button);
    }
  };
  const layer = assetsLayer(map, { categories, onError: say, actionsFor: (f, e) => actions(f, e) });
  const actions = assetActions(map, { me, categories: taxonomy, layer, say });
  const summary = el('p', { className: 'asset-results-summary', id: 'asset-results-summary' });
  summary.setAttribute('aria-live', 'polite');
  const results = el('ul', { className: 'asset-results', id: 'asset-results' });
  const showAsset = (feature) => {
    const [lng, lat] = feature.geometry.coordinates;
    map.setView([lat, lng], Math.max(map.getZoom(), 16));
    layer.openAsset(feature.id);
  };
  const search = async (q) => {
    layer.setFilter({ q });
    if (!q) { results.replaceChildren(); summary.textContent = ''; return; }
    try {
      const { category } = layer.filter();
      const found = category === null ? { total: 0, features: [] } : await searchAssets({ q, category, limit: 50 });
      summary.textContent = `${found.total} found${found.total > found.features.length ? `; the first ${found.features.length} are listed` : ''}.`;
      results.replaceChildren(...found.features.map((f) => resultItem(f, categories, showAsset)));
    } catch (error) {
      say(error.message);
    }
  };
  panel.append(el('h2', { text: 'Community assets' }), searchBox(search), summary, results,
    assetsNear(map, { categories, filter: () => layer.filter(), showAsset }),
    categoryFilter(taxonomy, (category) => layer.setFilter({ category })));
  if (canEdit(me)) panel.append(addButton(map, { taxonomy, layer, say }));
  panel.append(assetGaps(map, { categories: taxonomy }), await printAndExport(layer), message);
  if (container) container.append(panel);
  else new (L.Control.extend({ onAdd: () => panel }))({ position }).addTo(map);
  L.DomEvent.disableClickPropagation(panel);
  L.DomEvent.disableScrollPropagation(panel);
  layer.layer.addTo(map);
  showAttribution(map);
  return { layer, panel, showAsset };
}

/** The open datasets' attribution, as their licence asks; escaped, as Leaflet reads it as HTML. */
async function showAttribution(map) {
  const { attribution } = await searchAssets({ limit: 1 }).catch(() => ({}));
  if (!attribution || !map.attributionControl) return;
  const text = document.createElement('span');
  text.textContent = `Assets: ${attribution}`;
  map.attributionControl.addAttribution(text.innerHTML);
}

function addButton(map, { taxonomy, layer, say }) {
  const button = el('button', { text: 'Add an asset', id: 'asset-add', className: 'asset-button' });
  button.type = 'button';
  const container = map.getContainer();
  const stop = () => {
    container.classList.remove('asset-placing');
    map.off('click', place);
    button.textContent = 'Add an asset';
  };
  function place(event) {
    stop();
    openAssetForm(map, { categories: taxonomy, latlng: event.latlng, onSaved: (saved) => {
      layer.refresh();
      say(`Saved “${saved.properties.name}”${saved.properties.status === 'proposed' ? ' as proposed: a planner will publish it' : ''}.`);
    } });
  }
  // By keyboard: the second press starts the pin at the map's centre; the form's "Move the pin"
  // button and the arrow keys then put it in place.
  button.addEventListener('click', () => {
    if (container.classList.contains('asset-placing')) {
      place({ latlng: map.getCenter() });
      return;
    }
    container.classList.add('asset-placing');
    button.textContent = 'Place it at the map’s centre';
    say('Click the map where the asset is, or press the button again to start at the map’s centre (Esc to cancel).');
    map.on('click', place);
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && container.classList.contains('asset-placing')) { stop(); say(''); } });
  return button;
}
