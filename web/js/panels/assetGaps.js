// "Gaps in local opportunities": pick a category and a distance; the map colours each ward by the
// share of its residents (or residents 65+) beyond that distance from the nearest published asset
// of the category, and a table lists the figures with the borough total.
import { getAssetAccess as getAccess, getWards } from '../api.js';
import { GAP_CLASSES, assetAccessLayer, percent } from '../layers/assetAccess.js';

const whole = new Intl.NumberFormat('en-GB');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function labelled(text, control) {
  const label = el('label', text);
  label.htmlFor = control.id;
  const row = el('div', undefined, 'asset-gaps-row');
  row.append(label, control);
  return row;
}

function table(answer) {
  const t = el('table', undefined, 'asset-gaps-table');
  t.id = 'asset-gaps-table';
  t.createCaption().textContent = `${answer.categoryLabel}: residents over ${whole.format(answer.distance)} m away`;
  const head = t.createTHead().insertRow();
  for (const h of ['Ward', 'Residents', 'Beyond', '65+ beyond', 'Assets per 1,000']) head.append(el('th', h));
  const body = t.createTBody();
  const add = (section, r) => {
    const row = section.insertRow();
    const name = el('th', r.name);
    name.scope = 'row';
    row.append(name, ...[whole.format(r.residents), percent(r.shareBeyond), percent(r.share65PlusBeyond), r.assetsPer1000 ?? '–']
      .map((v) => el('td', String(v), 'num')));
    row.dataset.code = r.code;
  };
  answer.areas.forEach((r) => add(body, r));
  (answer.borough || []).forEach((r) => add(t.createTFoot(), r));
  return t;
}

function legend() {
  const list = el('ul', undefined, 'asset-gaps-legend');
  for (const c of GAP_CLASSES) {
    const swatch = el('span', undefined, 'asset-swatch');
    swatch.style.backgroundColor = c.colour;
    const item = el('li');
    item.append(swatch, document.createTextNode(c.label));
    list.append(item);
  }
  return list;
}

/**
 * @param {L.Map} map
 * @param {object} options
 * @param {Array<object>} options.categories the taxonomy
 * @returns {HTMLElement} the gaps section, to put in a panel
 */
export function assetGaps(map, { categories }) {
  const box = el('details', undefined, 'asset-gaps');
  box.id = 'asset-gaps';
  box.append(el('summary', 'Gaps in local opportunities'));
  const category = el('select');
  category.id = 'asset-gaps-category';
  category.append(new Option('Any category', ''), ...categories.map((c) => new Option(c.label, c.code)));
  const distance = el('input');
  Object.assign(distance, { id: 'asset-gaps-distance', type: 'number', min: 50, max: 20000, step: 50, value: 1000 });
  const measure = el('select');
  measure.id = 'asset-gaps-measure';
  measure.append(new Option('All residents', 'shareBeyond'), new Option('Residents aged 65+', 'share65PlusBeyond'));
  const show = el('button', 'Show gaps', 'asset-button');
  show.id = 'asset-gaps-show';
  const hide = el('button', 'Hide', 'link-button');
  for (const b of [show, hide]) b.type = 'button';
  const out = el('div', undefined, 'asset-gaps-out');
  const note = el('p', undefined, 'asset-gaps-note');
  let shown = null;
  let wards = null;
  const clear = () => { shown?.remove(); shown = null; out.replaceChildren(); };
  show.addEventListener('click', async () => {
    show.disabled = true;
    try {
      const [answer, w] = await Promise.all([getAccess({ category: category.value, distance: distance.value, by: 'ward' }), wards || getWards()]);
      wards = w;
      clear();
      shown = assetAccessLayer(map, { wards, rows: answer.areas, measure: measure.value, distance: answer.distance }).addTo(map);
      shown.bringToBack();
      note.textContent = `Published assets only. ${answer.residentsAt}`;
      out.append(legend(), table(answer), note);
    } catch (error) {
      out.replaceChildren(el('p', error.message, 'asset-message'));
    } finally {
      show.disabled = false;
    }
  });
  hide.addEventListener('click', clear);
  box.append(labelled('Category', category), labelled('Distance (metres)', distance), labelled('Share of', measure), show, document.createTextNode(' '), hide, out);
  return box;
}
