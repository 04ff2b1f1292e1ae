// The business case for a saved scenario (/business-case.html?scenario=<id>): its patches on a
// map, coverage today and in the scenario (chart and table), the cost, and what the cost equals
// in the council's own terms (its settings: cost equivalents and social value, with their sources).
import * as api from '../api.js';
import { showSignInState } from '../auth.js';
import { statusOf } from '../lib/coordinatorStatus.js';
import { el } from '../lib/html.js';
import { scrollTablesWhenTooWide } from '../lib/tableScroll.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { fullCoverageSentences } from '../panels/fullCoverage.js';
import { urls } from '../urls.js';
import { barChart } from './barChart.js';
import { reportMap, statusLegend } from './reportMap.js';
import { addRow, showProblem } from './tableRows.js';

const byId = (id) => document.getElementById(id);
const pounds = (n) => (n == null ? '–' : `£${formatCount(Math.round(n))}`);
const pence = (n) => (n == null ? '–' : `£${n.toFixed(2)}`);
const pct = (share) => formatPercent(share * 100);
const num = (text) => ({ text, num: true });
const signed = (n, format) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));

/**
 * One coordinator's yearly cost in the council's own terms, each with its source, and the social
 * value the council's sources report; or what the administrator still has to set.
 */
function equivalents(settings, added) {
  const lines = (settings.costEquivalents || []).map((e) => `One coordinator's yearly cost is about the same as ${e.equivalent} (${e.source}).`);
  if (added > 0 && lines.length) lines.push(`The ${added} extra ${added === 1 ? 'coordinator' : 'coordinators'} cost about ${added} times that.`);
  if (settings.socialValueRatio) lines.push(`Social value: at least £${settings.socialValueRatio} for every £1 spent (${settings.socialValueSource || 'source not given'}).`);
  if (!lines.length) lines.push('The council has not stated what a coordinator’s cost equals or its social value; its administrator adds them in the council settings.');
  return lines;
}

function summary(settings, today, s) {
  const added = s.coordinators - today.coordinators;
  const lines = [`${s.name}: ${s.coordinators} ${s.coordinators === 1 ? 'coordinator' : 'coordinators'}${added ? ` (${signed(added, String)} on today)` : ''} covering ${pct(s.share)} of residents (today ${pct(today.share)}) and ${pct(s.share65Plus)} of residents aged 65 and over (today ${pct(today.share65Plus)}).`];
  if (s.yearlyCost == null) {
    lines.push('Its cost cannot be shown until the council states what a coordinator costs (council settings).');
    return lines;
  }
  lines.push(`It would cost ${pounds(s.yearlyCost)} a year (${signed(s.yearlyCost - today.yearlyCost, pounds)} on today), ${pence(s.costPerCoveredResident)} a year for each resident covered.`);
  const extra = s.yearlyCost - today.yearlyCost;
  if (extra > 0 && settings.socialValueRatio) lines.push(`At £${settings.socialValueRatio} of social value per £1, the extra ${pounds(extra)} would return at least ${pounds(settings.socialValueRatio * extra)} a year.`);
  return lines;
}

function showFigures(settings, today, s) {
  byId('case-summary').replaceChildren(...summary(settings, today, s).map((t) => el('li', { text: t })));
  byId('case-chart').append(barChart({
    title: `Share of residents covered: today ${pct(today.share)}, scenario ${pct(s.share)}; residents 65+: today ${pct(today.share65Plus)}, scenario ${pct(s.share65Plus)}`,
    bars: [
      { label: 'Residents, today', value: today.share, text: pct(today.share), colour: '#505a5f' },
      { label: 'Residents, scenario', value: s.share, text: pct(s.share), colour: '#0072b2' },
      { label: '65+, today', value: today.share65Plus, text: pct(today.share65Plus), colour: '#505a5f' },
      { label: '65+, scenario', value: s.share65Plus, text: pct(s.share65Plus), colour: '#0072b2' },
    ],
  }));
  const rows = byId('case-figures').tBodies[0];
  const line = (label, a, b, format, change = format) => addRow(rows, [label, num(format(a)), num(format(b)), num(a == null || b == null ? '–' : signed(b - a, change))]);
  const points = (v) => `${v.toFixed(1)} points`;
  line('Residents covered', today.residentsCovered, s.residentsCovered, formatCount);
  line('Share of residents', today.share * 100, s.share * 100, (v) => formatPercent(v), points);
  line('Residents 65+ covered', today.residents65PlusCovered, s.residents65PlusCovered, formatCount);
  line('Share of residents 65+', today.share65Plus * 100, s.share65Plus * 100, (v) => formatPercent(v), points);
  const published = (v) => (typeof v === 'number' ? formatCount(v) : String(v ?? '–'));
  addRow(rows, ['Introductions covered, all time (rounded to 5)', num(published(today.introductionsCovered)), num(published(s.introductionsCovered)), num('–')]);
  line('Coordinators', today.coordinators, s.coordinators, String);
  line('Yearly cost', today.yearlyCost, s.yearlyCost, pounds);
  line('Cost per covered resident', today.costPerCoveredResident, s.costPerCoveredResident, pence);
  byId('case-equivalents').replaceChildren(...equivalents(settings, s.coordinators - today.coordinators).map((t) => el('li', { text: t })));
  const patches = byId('case-patches').tBodies[0];
  s.patches.forEach((p) => addRow(patches, [p.name, statusOf({ status: p.status }).short, num(formatCount(p.residents)), num(formatCount(p.residents65Plus))]));
}

/** For comparison, what covering every resident would take (one line; the map page has the curve). */
async function addFullCoverage() {
  try {
    const [first, , third] = fullCoverageSentences(await api.getFullCoverage());
    byId('case-summary').append(el('li', { text: `For comparison: ${first.charAt(0).toLowerCase()}${first.slice(1)} ${third}` }));
  } catch (error) {
    byId('case-summary').append(el('li', { text: `What full coverage takes could not be worked out: ${error.message}` }));
  }
}

async function start() {
  // Who is signed in, with Sign out; signing out reloads, so the figures go with the session.
  showSignInState({ container: byId('auth'), onSignOut: () => window.location.reload() });
  const id = new URLSearchParams(window.location.search).get('scenario') || '';
  byId('print-page').addEventListener('click', () => window.print());
  scrollTablesWhenTooWide(document.querySelector('.report'));
  byId('export-csv').href = urls.scenarioExport(id, 'csv');
  byId('export-geojson').href = urls.scenarioExport(id, 'geojson');
  try {
    if (!id) throw new Error('it needs a saved scenario. Open one from the Scenarios list on the map (signed in as a planner).');
    const [map, [today, scenario], borough, settings, wards, places] = await Promise.all([
      api.getScenario(id), api.compareScenarios(['current', id]), api.getBorough().catch(() => null),
      api.getCouncilSettings(), api.getWards().catch(() => null), api.getPlaces().catch(() => null)]);
    document.title = `Business case: ${scenario.name} — LAC Atlas`;
    byId('case-title').textContent = `Business case: ${scenario.name}`;
    showFigures(settings, today, scenario);
    reportMap({ element: byId('case-map'), patches: map.features, outline: borough, wards, places });
    byId('case-legend').append(statusLegend(new Set(map.features.map((f) => f.properties.status))));
    await addFullCoverage();
  } catch (error) {
    showProblem(byId('case-status'), error, 'This business case could not be shown');
  }
  document.body.dataset.reportReady = 'true';
}

start();
