// An asset's details as DOM (never innerHTML: every value is text, so a name such as
// "<img src=x onerror=...>" shows as those characters). Links are made only from http(s)
// addresses, phone numbers and email addresses.

const COSTS = { free: 'Free', low: 'Low cost', paid: 'Paid' };
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function link(href, text) {
  const a = el('a', text);
  a.href = href;
  if (/^https?:/i.test(href)) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return a;
}

/** "12 Mar 2025", or the text for never. */
export function verifiedText(date) {
  if (!date) return 'Not yet verified';
  const parsed = new Date(`${date}T00:00:00`);
  return Number.isNaN(parsed.getTime()) ? String(date) : `Last verified ${dateFormat.format(parsed)}`;
}

function contactRow(p) {
  const parts = [];
  if (p.phone) parts.push(link(`tel:${p.phone.replace(/[^0-9+]/g, '')}`, p.phone));
  if (p.email) parts.push(link(`mailto:${p.email}`, p.email));
  if (p.website && /^https?:\/\//i.test(p.website)) parts.push(link(p.website, p.website.replace(/^https?:\/\//i, '')));
  if (parts.length === 0) return null;
  const dd = el('dd');
  parts.forEach((part, i) => dd.append(...(i ? [document.createTextNode(' · '), part] : [part])));
  return dd;
}

function rows(p) {
  const address = [p.address, p.postcode].filter(Boolean).join(', ');
  const list = [
    ['Address', address],
    ['Ward', p.wardName],
    ['For', p.audience],
    ['Cost', COSTS[p.cost]],
    ['Opening times', p.openingTimes],
    ['Accessibility', p.accessibility],
    ['Gifts and skills', (p.giftsAndSkills || []).join(', ')],
    ['Tags', (p.tags || []).join(', ')],
    ['Source', p.source],
  ];
  const dl = el('dl', null, 'asset-facts');
  for (const [term, value] of list) {
    if (!value) continue;
    dl.append(el('dt', term), el('dd', value));
  }
  const contact = contactRow(p);
  if (contact) dl.append(el('dt', 'Contact'), contact);
  return dl;
}

/**
 * @param {object} feature an asset Feature from the API
 * @param {object} options
 * @param {Map<string, object>} options.categories code → category
 * @param {Array<{label: string, id: string, run: () => void}>} [options.actions] buttons to offer
 * @returns {HTMLElement}
 */
export function assetDetails(feature, { categories, actions = [] }) {
  const p = feature.properties;
  const box = el('article', null, 'asset-details');
  box.dataset.assetId = String(feature.id);
  const title = el('h3', p.name, 'asset-name');
  const category = categories.get(p.category);
  const kind = el('p', p.categoryLabel || category?.label || p.category, 'asset-category');
  const swatch = el('span', null, 'asset-swatch');
  swatch.style.backgroundColor = category?.colour || '#777';
  swatch.setAttribute('aria-hidden', 'true');
  kind.prepend(swatch);
  box.append(title, kind);
  if (p.status !== 'published') box.append(el('p', p.status === 'closed' ? 'Closed' : 'Proposed: a planner has not published it yet', `asset-status asset-status-${p.status}`));
  if (p.description) box.append(el('p', p.description, 'asset-description'));
  box.append(rows(p), el('p', verifiedText(p.lastVerified), 'asset-verified'));
  if (actions.length) {
    const bar = el('div', null, 'asset-actions');
    for (const action of actions) {
      const button = el('button', action.label, 'asset-button');
      button.type = 'button';
      button.id = action.id;
      button.addEventListener('click', action.run);
      bar.append(button);
    }
    box.append(bar);
  }
  return box;
}
