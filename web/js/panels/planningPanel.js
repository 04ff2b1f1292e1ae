// "Plan N more" and "Plan within a budget" for planners: runs the planner, draws the proposed
// patches (path.planned-patch), shows before and after with what the solver proved
// (panels/planAnswer.js), and saves what is shown as a scenario with a link to its business
// case. One plan is made at a time: while either runs, neither button sends anything more.
import * as L from 'leaflet';
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { oneAtATime } from '../lib/oneAtATime.js';
import { formatCount } from '../lib/scales.js';
import { urls } from '../urls.js';
import { pounds, showAnswer } from './planAnswer.js';

const PATCH_STYLE = { color: '#0072b2', weight: 4, dashArray: '1 7', fillColor: '#0072b2', fillOpacity: 0.25, className: 'planned-patch' };
/** The most a yearly budget may be: beyond it no council's plan makes sense (£1 billion). */
const MOST_BUDGET = 1_000_000_000;

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
    <form id="budget-form" class="plan-form budget-form" novalidate>
      <div class="field">
        <label for="plan-budget">Extra yearly budget (£ a year)</label>
        <input type="text" id="plan-budget" name="budget" inputmode="numeric" autocomplete="off" spellcheck="false" aria-describedby="plan-budget-problem plan-budget-hint">
        <p id="plan-budget-problem" class="field-error budget-problem"></p>
      </div>
      <p id="plan-budget-hint" class="hint">Whole pounds, such as 200000 or £200,000. Plans as many new coordinators as the budget pays for, at the council's stated cost.</p>
      <button type="submit" id="budget-run" class="button">Plan within budget</button>
    </form>
    <p id="plan-status" class="hint" role="status" aria-live="polite"></p>
    <div id="plan-result" hidden>
      <table id="plan-comparison" class="ward-table">
        <caption>Coverage and cost before and after the plan</caption>
        <thead><tr><th scope="col"></th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead>
        <tbody></tbody>
      </table>
      <p id="plan-proof" class="plan-proof"></p>
      <ol id="plan-patches" class="plan-patches"></ol>
      <div class="field">
        <label for="plan-scenario-name">Scenario name</label>
        <input type="text" id="plan-scenario-name" maxlength="200" required>
      </div>
      <button type="button" id="plan-save" class="button secondary">Save as scenario</button>
      <p id="plan-saved" class="hint" role="status" aria-live="polite"></p>
    </div>`;
}

/**
 * The budget as whole pounds, or the reason it is not one. Spaces, commas and a leading £
 * are allowed ("£200,000"); pence, minus signs and words are not.
 * @returns {{pounds: number}|{problem: string}}
 */
export function readBudget(text) {
  const written = text.trim();
  if (!written) return { problem: 'Enter the extra yearly budget in whole pounds, for example 200000.' };
  const digits = written.replace(/^£/, '').replace(/[\s,]/g, '');
  if (!/^\d+$/.test(digits)) return { problem: `“${written}” is not a whole number of pounds: write digits only, for example 200000.` };
  const value = Number(digits);
  if (value < 1) return { problem: 'Enter a budget of £1 a year or more.' };
  if (value > MOST_BUDGET) return { problem: `Enter a budget of at most £${formatCount(MOST_BUDGET)} a year.` };
  return { pounds: value };
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
  const [count, run, budget, budgetRun, status] = ['plan-count', 'plan-run', 'plan-budget', 'budget-run', 'plan-status'].map(byId);
  let shown = null;
  let busy = false;

  /** Asks the planner, shows its answer, and says `said(plan)`; false when it was refused. */
  async function plan(request, { name, said }) {
    busy = true;
    try {
      shown = await api.planMore(request);
      layer.clearLayers();
      shown.patches.forEach((p) => layer.addData({ type: 'Feature', geometry: JSON.parse(p.outline), properties: { name: p.name } }));
      showAnswer(root, shown);
      byId('plan-scenario-name').value = name;
      const short = shown.shortBy ? ` Only ${shown.patches.length} patches could be placed.` : '';
      status.textContent = `${said(shown)}Proposed ${shown.patches.length} patches, shown dotted blue on the map.${short}`;
      return true;
    } finally {
      busy = false;
    }
  }

  const planMore = oneAtATime(run, async () => {
    if (busy) return;
    const n = Number(count.value);
    status.textContent = `Planning ${n} more coordinators…`;
    try {
      await plan({ coordinators: n }, { name: `${n} more coordinators`, said: () => '' });
    } catch (error) {
      status.textContent = `The plan could not be made: ${error.message}`;
    }
  }, { label: () => `Plan ${count.value || 'N'} more` });

  const budgetProblem = byId('plan-budget-problem');
  function fieldProblem(text) {
    budgetProblem.textContent = text;
    if (text) budget.setAttribute('aria-invalid', 'true');
    else budget.removeAttribute('aria-invalid');
  }
  const planWithin = oneAtATime(budgetRun, async () => {
    if (busy) return;
    const read = readBudget(budget.value);
    fieldProblem(read.problem || '');
    if (read.problem) {
      budget.focus();
      return;
    }
    status.textContent = `Planning within ${pounds(read.pounds)} a year…`;
    try {
      await plan({ budget: read.pounds }, { name: `Within ${pounds(read.pounds)} a year`,
        said: (p) => `${pounds(read.pounds)} a year pays for ${p.coordinatorsAsked} more coordinator${p.coordinatorsAsked === 1 ? '' : 's'}`
          + ` (${pounds(p.cost?.added)} a year). ` });
    } catch (error) {
      // The server's refusal is about the budget (too small for one coordinator, too large, no cost stated).
      fieldProblem(error.message);
      status.textContent = 'The plan could not be made: see the budget field.';
      budget.focus();
    }
  });

  count.addEventListener('input', () => {
    if (run.getAttribute('aria-disabled') !== 'true') run.textContent = `Plan ${count.value || 'N'} more`;
  });
  byId('plan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    planMore();
  });
  byId('budget-form').addEventListener('submit', (event) => {
    event.preventDefault();
    planWithin();
  });
  byId('plan-save').addEventListener('click', () => save(byId, shown));
  return { remove: () => layer.remove() };
}

/** Saves the plan on show as a scenario of today's posts and its patches, once per press. */
async function save(byId, shown) {
  const saved = byId('plan-saved');
  const name = byId('plan-scenario-name').value.trim();
  if (!shown || !name) {
    saved.textContent = 'Give the scenario a name first.';
    byId('plan-scenario-name').focus();
    return;
  }
  const button = byId('plan-save');
  if (button.disabled) return;
  button.disabled = true; // one save per press: a second click waits for the first
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
    button.disabled = false;
  }
}
