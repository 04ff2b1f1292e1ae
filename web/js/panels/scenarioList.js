// The planner's saved scenarios: a list to open (business case) and tick, and the ticked ones
// compared side by side with today's posts (GET /api/scenarios/compare). The list reloads when
// a scenario is saved (the `scenario-saved` event on document, from planningPanel.js).
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { urls } from '../urls.js';
import { renameButton } from './scenarioRename.js';

const pct = (share) => formatPercent((share ?? 0) * 100);
const money = (pounds) => (pounds == null ? 'Costs not set' : `£${formatCount(Math.round(pounds))}`);
// Introductions come through disclosure control: a rounded number, or "<5".
const published = (v) => (typeof v === 'number' ? formatCount(v) : String(v ?? '–'));

const MEASURES = [
  ['Coordinators', (s) => formatCount(s.coordinators)],
  ['Residents covered', (s) => formatCount(s.residentsCovered)],
  ['Share of residents', (s) => pct(s.share)],
  ['Residents 65+ covered', (s) => formatCount(s.residents65PlusCovered)],
  ['Share of need covered', (s) => pct(s.needShare)],
  ['Yearly cost', (s) => money(s.yearlyCost)],
  ['Cost per covered resident a year', (s) => money(s.costPerCoveredResident)],
  ['Introductions in covered areas', (s) => published(s.introductionsCovered)],
];

function comparisonTable(figures) {
  const table = el('table', { className: 'ward-table scenario-comparison' });
  table.id = 'scenario-comparison';
  table.append(el('caption', { text: 'Scenarios side by side (today: posts in post only)' }));
  const head = el('tr');
  head.append(el('th', { text: 'Measure' }), ...figures.map((s) => el('th', { className: 'num', text: s.id == null ? 'Today' : s.name })));
  [...head.children].forEach((th) => { th.scope = 'col'; });
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const [label, value] of MEASURES) {
    const row = el('tr');
    const th = el('th', { text: label });
    th.scope = 'row';
    row.append(th, ...figures.map((s) => el('td', { className: 'num', text: value(s) })));
    body.append(row);
  }
  return table;
}

function scenarioItem(scenario, say) {
  const item = el('li', { className: 'scenario-item' });
  const box = el('input');
  box.type = 'checkbox';
  box.value = String(scenario.id);
  box.id = `scenario-pick-${scenario.id}`;
  const label = el('label', { text: scenario.name });
  label.htmlFor = box.id;
  const open = el('a', { text: 'business case' });
  open.href = urls.businessCase(scenario.id);
  open.setAttribute('aria-label', `Business case for ${scenario.name}`);
  const when = new Date(scenario.createdAt).toLocaleDateString('en-GB', { dateStyle: 'medium' });
  const rename = renameButton({ scenario, item, say, onRenamed: (renamed) => {
    label.textContent = renamed.name;
    open.setAttribute('aria-label', `Business case for ${renamed.name}`);
  } });
  const proposed = scenario.posts.filter((p) => p.status === 'PROPOSED').length;
  const posts = `${scenario.posts.length} post${scenario.posts.length === 1 ? '' : 's'}${proposed ? `, ${proposed} proposed` : ''}`;
  item.append(box, ' ', label, el('span', { className: 'scenario-meta', text: ` · ${posts} · ${scenario.createdBy}, ${when} · ` }), open, ' ', rename);
  return item;
}

/** @param {HTMLElement} root an empty section of the side panel */
export function scenarioList(root) {
  root.id = 'scenarios';
  const list = el('ul', { className: 'scenario-list' });
  list.id = 'scenario-list';
  const compare = el('button', { className: 'button secondary', text: 'Compare the ticked scenarios' });
  compare.type = 'button';
  compare.id = 'scenario-compare';
  const message = el('p', { className: 'hint' });
  message.setAttribute('aria-live', 'polite');
  const result = el('div');
  root.replaceChildren(el('h3', { className: 'section-title', text: 'Scenarios' }), list, compare, message, result);

  async function load() {
    try {
      const scenarios = await api.getScenarios();
      list.replaceChildren(...scenarios.map((s) => scenarioItem(s, (text) => { message.textContent = text; })));
      if (!scenarios.length) list.append(el('li', { text: 'None saved yet: plan more coordinators in the Plan tab and save the plan as a scenario.' }));
      root.dataset.ready = 'true';
    } catch (error) {
      list.replaceChildren(el('li', { text: `Scenarios could not be loaded: ${error.message}` }));
    }
  }

  compare.addEventListener('click', async () => {
    const ids = [...list.querySelectorAll('input:checked')].map((b) => b.value);
    if (!ids.length) {
      message.textContent = 'Tick one or more scenarios to compare them with today.';
      return;
    }
    compare.disabled = true; // one comparison at a time
    message.textContent = 'Comparing…';
    try {
      result.replaceChildren(comparisonTable(await api.compareScenarios(['current', ...ids])));
      message.textContent = `Compared ${ids.length} scenario${ids.length > 1 ? 's' : ''} with today.`;
    } catch (error) {
      message.textContent = `The scenarios could not be compared: ${error.message}`;
    } finally {
      compare.disabled = false;
    }
  });
  document.addEventListener('scenario-saved', load);
  load();
  return { remove: () => document.removeEventListener('scenario-saved', load) };
}
