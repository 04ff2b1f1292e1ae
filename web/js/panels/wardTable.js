// The ward table: the map's numbers as text, one row per ward and a borough total.
import { el } from '../lib/html.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { urls } from '../urls.js';

/** A ward's name as a link to its page (the councillor's shareable one). */
export function wardLink(code, name) {
  const link = el('a', { className: 'ward-link', text: name });
  link.href = urls.wardPage(code);
  return link;
}

function cells(name, p, header) {
  const row = el('tr');
  const nameCell = el('th');
  nameCell.append(p.code && !header ? wardLink(p.code, name) : name);
  nameCell.scope = 'row';
  const share = typeof p.residents65Plus === 'number' && p.residents > 0 ? (100 * p.residents65Plus) / p.residents : null;
  row.append(
    nameCell,
    el('td', { className: 'num', text: formatCount(p.residents) }),
    el('td', { className: 'num', text: formatCount(p.residents65Plus) }),
    el('td', { className: 'num', text: formatPercent(share) }),
  );
  if (header) row.className = header;
  return row;
}

/**
 * Fills the table's body with wards (sorted by name) and its foot with the borough total.
 * @param {object} options
 * @param {HTMLTableElement} options.table a table with a thead already in place
 * @param {object} options.wards GeoJSON FeatureCollection of wards
 * @param {object} [options.borough] GeoJSON Feature of the borough, for the total row
 */
export function renderWardTable({ table, wards, borough }) {
  const collator = new Intl.Collator('en-GB');
  const sorted = [...wards.features].sort((a, b) => collator.compare(a.properties.name, b.properties.name));
  const body = table.tBodies[0] || table.createTBody();
  body.replaceChildren(
    ...sorted.map((f) => {
      const row = cells(f.properties.name, f.properties);
      row.dataset.code = f.properties.code;
      return row;
    }),
  );
  table.tFoot?.remove();
  if (borough) {
    const foot = table.createTFoot();
    foot.append(cells(`${borough.properties.name} total`, borough.properties, 'total'));
  }
  table.dataset.rows = String(sorted.length);
}
