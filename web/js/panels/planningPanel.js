// "Plan N more" for planners: runs the planner, draws the proposed patches (path.planned-patch),
// compares before and after in #plan-comparison, and saves what is shown as a scenario with a
// link to its business case.
import * as L from 'leaflet';
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { oneAtATime } from '../lib/oneAtATime.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { urls } from '../urls.js';

const PATCH_STYLE = { color: '#0072b2', weight: 4, dashArray: '1 7', fillColor: '#0072b2', fillOpacity: 0.25, className: 'planned-patch' };
const pounds = (n) => (n == null || !Number.isFinite(n) ? '–' : `£${formatCount(Math.round(n))}`);
const money = (n) => (n == null || !Number.isFinite(n) ? '–' : `£${n.toFixed(2)}`);
const signed = (n, format) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));

function markup(root) {
  root.innerHTML = `
    <h3 class="section-title" id="plan-title">Plan more coordinators</h3>
    <form id="plan-form" class="plan-form">
      <div class="field">
        <label for="plan-count">New coordinators</label>
        <input type="number" id="plan-count" name="count" min="1" max="20" value="5" required aria-describedby="plan-hint">
      </div>
      <p id="plan-hint" class="hint">Proposes patches of 8,000–12,000 residents that cover the most need (residents, residents 65+ and deprivation), keeping today's patches. Nothing is saved until you save it as a scenario.</p>
      <button type="submit" id="plan-run" class="button">Plan 5 more</button>
    </form>
    <p id="plan-status" class="hint" role="status" aria-live="polite"></p>
    <div id="plan-result" hidden>
      <table id="plan-comparison" class="ward-table">
        <caption>Coverage and cost before and after the plan</caption>
        <thead><tr><th scope="col"></th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead>
        <tbody></tbody>
      </table>
      <ol id="plan-patches" class="plan-patches"></ol>
      <div class="field">
        <label for="plan-scenario-name">Scenario name</label>
        <input type="text" id="plan-scenario-name" maxlength="200" required>
      </div>
      <button type="button" id="plan-save" class="button secondary">Save as scenario</button>
      <p id="plan-saved" class="hint" role="status" aria-live="polite"></p>
    </div>`;
}

function comparisonRows(tbody, plan) {
  const { before, after } = plan;
  // No cost until the council states what a coordinator costs: shown as "–".
  const cost = plan.cost || { today: null, total: null, perCoveredResident: null };
  const perBefore = before.residents && cost.today != null ? cost.today / before.residents : null;
  const rows = [
    ['Residents covered', before.residents, after.residents, formatCount],
    ['Share of residents', before.share * 100, after.share * 100, formatPercent, (v) => `${v.toFixed(1)} points`],
    ['Residents 65+ covered', before.residents65Plus, after.residents65Plus, formatCount],
    ['Yearly cost', cost.today, cost.total, pounds],
    ['Cost per covered resident', perBefore, cost.perCoveredResident, money],
  ];
  tbody.replaceChildren();
  const add = (cells) => {
    const tr = el('tr');
    cells.forEach((text, i) => {
      const cell = el(i ? 'td' : 'th', { text });
      if (i) cell.className = 'num';
      else cell.scope = 'row';
      tr.append(cell);
    });
    tbody.append(tr);
  };
  for (const [label, a, b, format, change = format] of rows) add([label, format(a), format(b), a == null ? '–' : signed(b - a, change)]);
  add(['Share of best possible need covered (bound ratio)', '–', formatPercent(plan.ratio * 100), '']);
}

/**
 * @param {object} options
 * @param {L.Map} options.map
 * @param {HTMLElement} options.root the panel's container
 * @returns {{remove: () => void}}
 */
export function planningPanel({ map, root }) {
  markup(root);
  const byId = (id) => root.querySelector(`#${id}`);
  const layer = L.geoJSON(null, { interactive: false, style: () => PATCH_STYLE }).addTo(map);
  const count = byId('plan-count');
  const run = byId('plan-run');
  let shown = null;
  const planMore = oneAtATime(run, async () => {
    const n = Number(count.value);
    byId('plan-status').textContent = `Planning ${n} more coordinators…`;
    try {
      shown = await api.planMore({ coordinators: n });
      layer.clearLayers();
      shown.patches.forEach((p) => layer.addData({ type: 'Feature', geometry: JSON.parse(p.outline), properties: { name: p.name } }));
      comparisonRows(byId('plan-comparison').tBodies[0], shown);
      byId('plan-patches').replaceChildren(...shown.patches.map((p) => el('li', { text: `${p.name}: ${formatCount(p.residents)} residents, ${formatCount(p.residents65Plus)} aged 65+` })));
      byId('plan-scenario-name').value = `${n} more coordinators`;
      byId('plan-saved').replaceChildren();
      byId('plan-result').hidden = false;
      const short = shown.shortBy ? ` Only ${shown.patches.length} patches could be placed.` : '';
      byId('plan-status').textContent = `Proposed ${shown.patches.length} patches, shown dotted blue on the map.${short}`;
    } catch (error) {
      byId('plan-status').textContent = `The plan could not be made: ${error.message}`;
    }
  }, { label: () => `Plan ${count.value || 'N'} more` });
  count.addEventListener('input', () => {
    if (run.getAttribute('aria-disabled') !== 'true') run.textContent = `Plan ${count.value || 'N'} more`;
  });
  byId('plan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    planMore();
  });
  byId('plan-save').addEventListener('click', async () => {
    const saved = byId('plan-saved');
    const name = byId('plan-scenario-name').value.trim();
    if (!shown || !name) {
      saved.textContent = 'Give the scenario a name first.';
      byId('plan-scenario-name').focus();
      return;
    }
    const save = byId('plan-save');
    save.disabled = true; // one save per press: a second click waits for the first
    try {
      const proposed = shown.patches.map((p) => ({ name: p.name, smallAreas: p.smallAreas }));
      const scenario = await api.createScenario({ name, fromCurrent: true, proposed });
      const link = el('a', { text: `Open the business case for “${scenario.name}”` });
      link.id = 'business-case-link';
      link.href = urls.businessCase(scenario.id);
      const listed = el('a', { text: 'see it among the saved scenarios' });
      listed.href = '#scenarios'; // opens the Scenarios tab (panels/workspaceTabs.js)
      saved.replaceChildren(`Saved as scenario ${scenario.id}. `, link, ', or ', listed, '.');
      document.dispatchEvent(new CustomEvent('scenario-saved', { detail: scenario }));
    } catch (error) {
      saved.textContent = `The scenario could not be saved: ${error.message}`;
    } finally {
      save.disabled = false;
    }
  });
  return { remove: () => layer.remove() };
}
