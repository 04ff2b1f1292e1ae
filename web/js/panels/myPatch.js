// "My patch", first in a signed-in coordinator's panel (#my-patch): their own post's patch — its
// name and residents, its community assets, its gaps in local opportunities and its published
// introductions — with the map zoomed to it. Every figure is the API's (coverage, assets, asset
// access by neighbourhood, the introduction summary by patch, after disclosure control); nothing is
// counted here. A coordinator whom no post names is told so, and what to do.
import * as L from 'leaflet';
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { formatCount, formatPercent } from '../lib/scales.js';

const GAP_METRES = 1000;
const ASSETS_LISTED = 10;
const MONTHS = 12;

/** "2025-11" for `latest` ("2026-10") less `back` months. */
function monthBefore(latest, back) {
  const [year, number] = latest.split('-').map(Number);
  const d = new Date(year, number - 1 - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function residentsLine(post, line) {
  const status = post.status === 'IN_POST' ? 'coordinator in post' : post.status === 'VACANT' ? 'post vacant' : 'post proposed';
  if (!line) return `Neighbourhood ${post.patch.name} (${status}).`;
  return `Neighbourhood ${post.patch.name} (${status}): ${formatCount(line.residents)} residents, `
    + `${formatCount(line.residents65Plus)} aged 65 or over (Census 2021).`;
}

async function introductionsLine(post) {
  const releases = await api.getIntroductionReleases().catch(() => null);
  if (!releases) return 'No month’s introductions have been released yet.';
  const from = monthBefore(releases.latest, MONTHS - 1);
  const summary = await api.getIntroductionSummary({ by: 'patch', from, to: releases.latest });
  const row = summary.rows.find((r) => r.key === String(post.id));
  if (!row) return `No published introductions for this patch from ${from} to ${releases.latest}.`;
  const { k } = summary.disclosure;
  const count = row.suppressed ? `fewer than ${k} introductions (not shown, to protect privacy)` : `${formatCount(row.introductions)} introductions`;
  const rate = Number.isFinite(row.ratePer1000) ? `, ${row.ratePer1000.toLocaleString('en-GB', { maximumFractionDigits: 2 })} per 1,000 residents` : '';
  return `${count}${rate}, ${from} to ${releases.latest}, as published.`;
}

function assetList(found, labels, openAsset) {
  const list = el('ul', { className: 'asset-results' });
  list.id = 'my-patch-assets';
  for (const f of found.features) {
    const button = el('button', { className: 'asset-result', text: f.properties.name });
    button.type = 'button';
    button.dataset.assetId = String(f.id);
    button.addEventListener('click', () => openAsset(f));
    const item = el('li');
    item.append(button, el('span', { className: 'asset-result-meta', text: labels.get(f.properties.category) || f.properties.category }));
    list.append(item);
  }
  return list;
}

function assetsPart(found, labels, openAsset) {
  const part = el('div');
  const shown = found.features.length;
  const more = found.total > shown ? `; the first ${shown} by name are listed` : '';
  part.append(el('h3', { text: 'Community assets in the patch' }),
    el('p', { className: 'hint', text: found.total ? `${formatCount(found.total)} assets${more}.` : 'No community assets are pinned in this patch yet.' }));
  if (shown) part.append(assetList(found, labels, openAsset));
  return part;
}

/** The patch's residents beyond GAP_METRES of a published asset of the chosen category. */
function gapsPart(post, categories) {
  const part = el('div');
  const select = el('select');
  select.id = 'my-patch-gap-category';
  select.append(new Option('Any category', ''), ...categories.map((c) => new Option(c.label, c.code)));
  const label = el('label', { text: 'Category' });
  label.htmlFor = select.id;
  const answer = el('p', { className: 'my-patch-gap' });
  answer.id = 'my-patch-gap';
  answer.setAttribute('aria-live', 'polite');
  const show = async () => {
    try {
      const access = await api.getAssetAccess({ by: 'neighbourhood', distance: GAP_METRES, category: select.value });
      const row = access.areas.find((r) => r.code === String(post.patch.id));
      answer.textContent = row
        ? `${formatCount(row.residentsBeyond)} of ${formatCount(row.residents)} residents (${formatPercent(100 * row.shareBeyond)}) and ${formatCount(row.residents65PlusBeyond)} aged 65+ live more than ${formatCount(GAP_METRES)} m from ${select.value ? `a published asset of the category “${access.categoryLabel}”` : 'any published asset'}.`
        : 'This patch has no small areas in the current plan.';
    } catch (error) {
      answer.textContent = `Gaps could not be shown: ${error.message}`;
    }
  };
  select.addEventListener('change', show);
  const row = el('div', { className: 'asset-gaps-row' });
  row.append(label, select);
  part.append(el('h3', { text: 'Gaps in local opportunities' }), row, answer);
  show();
  return part;
}

/** Zooms the map to the patch and outlines it; resolves to the zoom function, or null without an outline. */
async function zoomToPatch(map, post) {
  const plan = await api.getNeighbourhoods().catch(() => null);
  const feature = plan?.features.find((f) => (f.properties.id ?? f.id) === post.patch.id);
  if (!feature?.geometry) return null;
  const outline = L.geoJSON(feature, { interactive: false, pane: map.getPane('highlight') ? 'highlight' : 'overlayPane',
    style: { color: '#0b0c0c', weight: 4, fill: false, dashArray: null, className: 'my-patch-outline' } }).addTo(map);
  const zoom = () => map.fitBounds(outline.getBounds(), { padding: [24, 24], animate: false });
  zoom();
  return zoom;
}

function noPost(section, advice) {
  section.append(el('h2', { text: 'My patch', className: 'section-title' }),
    el('p', { className: 'my-patch-none', text: advice }));
  section.querySelector('h2').id = 'my-patch-title';
}

/**
 * Fills the hidden `section` for a signed-in coordinator; other roles leave it hidden.
 * @param {object} options
 * @param {L.Map} options.map
 * @param {object} options.me the signed-in user `{username, role}`
 * @param {HTMLElement} options.section `#my-patch`, first in the panel
 * @param {(feature: object) => void} options.openAsset shows an asset on the map
 * @param {Array<HTMLElement>} [options.after] the coordinator's other tools, moved to follow it
 */
export async function showMyPatch({ map, me, section, openAsset, after = [] }) {
  if (me?.role !== 'COORDINATOR') return;
  section.hidden = false;
  section.after(...after.filter(Boolean));
  try {
    await fill({ map, section, openAsset });
  } catch (error) {
    section.replaceChildren();
    noPost(section, `Your patch could not be shown: ${error.message}`);
  }
  section.dataset.ready = 'true';
}

async function fill({ map, section, openAsset }) {
  const mine = await api.getMyPost().catch((error) => ({ post: null, advice: `Your patch could not be shown: ${error.message}` }));
  const post = mine.post;
  if (!post?.patch) {
    noPost(section, post ? `Your post, ${post.name}, has no patch in the current plan yet. Ask a planner to give it one.` : mine.advice);
    return;
  }
  const title = el('h2', { className: 'section-title', text: `My patch: ${post.name}` });
  title.id = 'my-patch-title';
  const [coverage, assets, categories] = await Promise.all([
    api.getCoverage().catch(() => null),
    api.searchAssets({ neighbourhood: post.patch.id, limit: ASSETS_LISTED }),
    api.getAssetCategories(),
  ]);
  const line = coverage?.neighbourhoods.find((n) => n.code === String(post.patch.id));
  const intro = el('p', { className: 'my-patch-introductions', text: 'Loading introductions…' });
  intro.id = 'my-patch-introductions';
  const zoom = el('button', { className: 'button secondary', text: 'Zoom the map to my patch' });
  zoom.type = 'button';
  zoom.id = 'my-patch-zoom';
  section.replaceChildren(title, el('p', { className: 'my-patch-residents', text: residentsLine(post, line) }), zoom,
    assetsPart(assets, new Map(categories.map((c) => [c.code, c.label])), openAsset), gapsPart(post, categories), el('h3', { text: 'Introductions' }), intro);
  section.dataset.postId = String(post.id);
  const fit = await zoomToPatch(map, post);
  if (fit) zoom.addEventListener('click', fit);
  else zoom.remove();
  intro.textContent = await introductionsLine(post).catch((error) => `Introductions could not be shown: ${error.message}`);
}
