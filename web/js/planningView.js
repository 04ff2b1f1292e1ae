// The planning part of the map for signed-in users: coverage by ward for everyone signed in; for
// planners and admins, "Plan N more" (panels/planningPanel.js), the cost-against-coverage chart and
// what full coverage takes (panels/fullCoverage.js).
import { el } from './lib/html.js';
import { fullCoverage } from './panels/fullCoverage.js';
import { costCurve, coverageChart } from './panels/planningCharts.js';
import { planningPanel } from './panels/planningPanel.js';
import { scenarioList } from './panels/scenarioList.js';

const PLANNERS = new Set(['PLANNER', 'ADMIN']);

/**
 * @param {object} options
 * @param {import('leaflet').Map} options.map
 * @param {{role: string}} options.me
 * @param {HTMLElement} options.container an empty, hidden section of the side panel
 * @returns {Promise<{remove: () => void}>}
 */
export async function showPlanning({ map, me, container }) {
  container.hidden = false;
  const chart = el('div');
  chart.id = 'coverage-chart';
  container.replaceChildren();
  let panel = null;
  let scenarios = null;
  if (PLANNERS.has(me.role)) {
    // Saved scenarios first (what a planner comes back for), then planning more, then the curve.
    const saved = el('section');
    const planning = el('section');
    planning.id = 'planning-tools';
    const curve = el('div');
    const full = el('div');
    container.append(saved, planning, curve, full);
    scenarios = scenarioList(saved);
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
  return {
    remove() {
      panel?.remove();
      scenarios?.remove();
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
