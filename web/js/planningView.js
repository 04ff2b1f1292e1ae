// The planning part of the map for signed-in users: coverage by ward for everyone signed in; for
// planners and admins, a workspace in tabs by task (panels/workspaceTabs.js): Neighbourhoods (the
// neighbourhood panel, neighbourhoodView.js, and who holds each post, panels/postHolders.js), Plan
// ("Plan N more" and "Plan within a budget", panels/planningPanel.js; the cost-against-coverage
// chart; what full coverage takes, panels/fullCoverage.js; coverage by ward) and Scenarios (panels/scenarioList.js).
import { el } from './lib/html.js';
import { fullCoverage } from './panels/fullCoverage.js';
import { costCurve, coverageChart } from './panels/planningCharts.js';
import { planningPanel } from './panels/planningPanel.js';
import { showPostHolders } from './panels/postHolders.js';
import { scenarioList } from './panels/scenarioList.js';
import { workspaceTabs } from './panels/workspaceTabs.js';

const PLANNERS = new Set(['PLANNER', 'ADMIN']);

/**
 * Puts a planner's or admin's panels in tabs; other roles keep one column without tabs.
 * @param {{role: string}|null} me
 * @returns {{select: (key: string) => void, remove: () => void}|null}
 */
export function showWorkspace(me) {
  if (!PLANNERS.has(me?.role)) return null;
  const panel = (key) => document.getElementById(`tab-panel-${key}`);
  return workspaceTabs({
    tablist: document.getElementById('workspace-tabs'),
    label: 'Planning tasks',
    tabs: [
      { key: 'neighbourhoods', label: 'Neighbourhoods', panel: panel('neighbourhoods') },
      { key: 'plan', label: 'Plan', panel: panel('plan') },
      { key: 'scenarios', label: 'Scenarios', panel: panel('scenarios') },
    ],
  });
}

/**
 * @param {object} options
 * @param {import('leaflet').Map} options.map
 * @param {{role: string}} options.me
 * @param {HTMLElement} options.container an empty, hidden section of the side panel (the Plan tab's)
 * @param {HTMLElement} options.scenarios an empty section for the saved scenarios (the Scenarios tab's)
 * @returns {Promise<{remove: () => void}>}
 */
export async function showPlanning({ map, me, container, scenarios: scenarioSection }) {
  container.hidden = false;
  const chart = el('div');
  chart.id = 'coverage-chart';
  container.replaceChildren();
  let panel = null;
  let scenarios = null;
  let holders = Promise.resolve(null);
  if (PLANNERS.has(me.role)) {
    holders = showPostHolders({ section: document.getElementById('post-holders') });
    const planning = el('section');
    planning.id = 'planning-tools';
    const curve = el('div');
    const full = el('div');
    container.append(planning, curve, full);
    scenarios = scenarioList(scenarioSection);
    panel = planningPanel({ map, root: planning });
    costCurve(curve);
    fullCoverage(full);
  }
  container.append(chart);
  try {
    await coverageChart(chart);
  } catch (error) {
    chart.textContent = `Coverage could not be loaded: ${error.message}`;
  }
  const holding = await holders;
  return {
    remove() {
      holding?.remove();
      panel?.remove();
      scenarios?.remove();
      scenarioSection.replaceChildren();
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
