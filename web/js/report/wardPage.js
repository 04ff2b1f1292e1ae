// The councillor's ward page (/wards/{code} or /ward.html?code=…): the plain-English summary, a
// small map of the ward and the patches that take in part of it, and the figures as tables.
import * as api from '../api.js';
import { statusOf } from '../lib/coordinatorStatus.js';
import { el } from '../lib/html.js';
import { scrollTablesWhenTooWide } from '../lib/tableScroll.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { showSignInState } from '../auth.js';
import { urls } from '../urls.js';
import { reportMap, statusLegend } from './reportMap.js';
import { addRow, showProblem } from './tableRows.js';

const byId = (id) => document.getElementById(id);

function wardCode() {
  const fromPath = window.location.pathname.match(/^\/wards\/([A-Z]\d{8})$/);
  return fromPath ? fromPath[1] : new URLSearchParams(window.location.search).get('code');
}

const num = (text) => ({ text, num: true });
const pct = (share) => formatPercent(share == null ? NaN : share * 100);

function showFigures(ward) {
  byId('ward-summary').replaceChildren(...ward.summary.map((s) => el('li', { text: s })));
  const posts = byId('ward-posts').tBodies[0];
  ward.posts.forEach((p) => addRow(posts, [p.name, statusOf({ status: p.status }).short, num(formatCount(p.residentsInWard)), num(pct(p.share))]));
  if (!ward.posts.length) addRow(posts, ['None', '', num(''), num('')]);
  const c = ward.coverage;
  const totals = byId('ward-totals').tBodies[0];
  addRow(totals, ['Residents', num(formatCount(c.residentsCovered)), num(formatCount(c.residents)), num(pct(c.share))]);
  addRow(totals, ['Residents 65+', num(formatCount(c.residents65PlusCovered)), num(formatCount(c.residents65Plus)), num(pct(c.share65Plus))]);
  // Introductions arrive through disclosure control: a multiple of 5, or "<5" for 1 to 4.
  const published = (v) => (typeof v === 'number' ? formatCount(v) : String(v ?? '–'));
  addRow(totals, ['Introductions, all time (rounded to 5)', num(published(c.introductionsCovered)), num(published(c.introductions)), num('–')]);
  addRow(totals, ['Community assets', num(formatCount(c.assetsCovered)), num(formatCount(c.assets)), num(c.assets ? pct(c.assetsCovered / c.assets) : '–')]);
  const assets = byId('ward-assets').tBodies[0];
  ward.assets.forEach((a) => addRow(assets, [a.label, num(formatCount(a.count))]));
  if (!ward.assets.length) addRow(assets, ['None published yet', num('0')]);
  const gaps = byId('ward-gaps').tBodies[0];
  ward.gaps.forEach((g) => addRow(gaps, [g.name, num(`${g.rank} of ${g.outOf}`), num(formatCount(g.residentsInWard)), num(formatCount(g.residents65PlusInWard)), num(formatCount(g.residents))]));
  if (!ward.gaps.length) addRow(gaps, ['None', num('–'), num('0'), num('0'), num('')]);
}

async function showMap(code, ward) {
  const [wards, neighbourhoods, places] = await Promise.all([api.getWards(), api.getNeighbourhoods(),
    api.getPlaces().catch(() => null)]);
  const outline = wards.features.find((f) => f.properties.code === code);
  // Every post's patch, so a ward no patch reaches still shows the nearest ones around it.
  const patches = neighbourhoods.features
    .filter((f) => f.properties.coordinator)
    .map((f) => ({ ...f, properties: { ...f.properties, status: f.properties.coordinator.status } }));
  reportMap({ element: byId('ward-map'), outline, patches, wards, places });
  const legend = statusLegend(new Set(patches.map((f) => f.properties.status)));
  const boundary = el('li');
  const swatch = el('span', { className: 'report-swatch' });
  swatch.style.borderTop = '3px solid #0b0c0c';
  swatch.setAttribute('aria-hidden', 'true');
  boundary.append(swatch, ` ${ward.name} ward boundary`);
  legend.prepend(boundary);
  byId('ward-legend').append(legend);
}

async function start() {
  // Who is signed in, with Sign out; signing out reloads, so the figures go with the session.
  showSignInState({ container: byId('auth'), onSignOut: () => window.location.reload() });
  const code = wardCode();
  const link = byId('share-link');
  link.href = urls.wardPage(code || '');
  link.textContent = new URL(link.href, window.location.origin).href;
  byId('print-page').addEventListener('click', () => window.print());
  scrollTablesWhenTooWide(document.querySelector('.report'));
  try {
    if (!code) throw new Error('this page needs a ward, e.g. /wards/E05002235. Choose one from the ward table on the map.');
    const ward = await api.getWardCoverage(code);
    document.title = `${ward.name} ward — coordinator coverage — LAC Atlas`;
    byId('ward-title').textContent = `${ward.name} ward: Local Area Coordination coverage`;
    showFigures(ward);
    await showMap(code, ward);
  } catch (error) {
    showProblem(byId('ward-status'), error, 'This ward could not be shown');
  }
  document.body.dataset.reportReady = 'true';
}

start();
