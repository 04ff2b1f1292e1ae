// The printable list of assets in a ward (assets-print.html?ward=E05002235[&category=...&q=...]):
// every matching asset, grouped by category then name, with how to reach it and when it was last
// checked. Text only; nothing here is parsed as HTML.
import { allAssets, getAssetCategories as getCategories, getWard } from './api.js';
import { verifiedText } from './panels/assetPopup.js';
import { urls } from './urls.js';

const COSTS = { free: 'Free', low: 'Low cost', paid: 'Paid' };
const cell = (text) => { const td = document.createElement('td'); td.textContent = text || ''; return td; };
const lines = (...parts) => parts.filter(Boolean).join('\n');

async function start() {
  const params = new URLSearchParams(window.location.search);
  const ward = params.get('ward');
  const filter = { ward, category: params.get('category') || undefined, q: params.get('q') || undefined };
  document.getElementById('print-button').addEventListener('click', () => window.print());
  try {
    const [wardFeature, categories, { features, attribution }] = await Promise.all([ward ? getWard(ward) : null, getCategories(), allAssets(filter)]);
    const labels = new Map(categories.map((c) => [c.code, c.label]));
    const order = new Map(categories.map((c, i) => [c.code, i]));
    const place = wardFeature ? wardFeature.properties.name : 'the whole area';
    document.title = `Community assets in ${place}`;
    document.getElementById('print-title').textContent = `Community assets in ${place}`;
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    document.getElementById('print-summary').textContent = `${features.length} assets · printed ${today}${filter.q ? ` · matching “${filter.q}”` : ''}`;
    features.sort((a, b) => (order.get(a.properties.category) - order.get(b.properties.category)) || a.properties.name.localeCompare(b.properties.name, 'en-GB'));
    const body = document.querySelector('#print-table tbody');
    body.replaceChildren(...features.map((f) => {
      const p = f.properties;
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = p.status === 'published' ? p.name : `${p.name} (${p.status})`;
      row.append(name, cell(labels.get(p.category)), cell(lines(p.address, p.postcode)), cell(p.openingTimes),
        cell(lines(p.phone, p.email, p.website)), cell(lines(p.audience, COSTS[p.cost])), cell(verifiedText(p.lastVerified)));
      row.dataset.assetId = String(f.id);
      // On a phone each row is a card; each cell says which column it is (assets.css).
      const headings = [...document.querySelectorAll('#print-table thead th')].map((th) => th.textContent);
      [...row.children].forEach((c, i) => { if (i) c.dataset.label = headings[i]; });
      return row;
    }));
    document.getElementById('print-attribution').textContent = attribution || '';
    document.body.dataset.printReady = 'true';
  } catch (error) {
    document.getElementById('print-summary').textContent = error.status === 401
      ? 'You are signed out: sign in, and this list opens again.' : `The list could not be made: ${error.message}`;
    if (error.status === 401) {
      const link = document.createElement('a');
      link.href = urls.signInThenBack();
      link.textContent = 'Sign in';
      document.getElementById('print-summary').append(' ', link);
    }
    document.body.dataset.printReady = 'error';
  }
}

start();
