// "Assets near a place or postcode": choose a town, ward or postcode sector (placeSearch.js) and the
// nearest assets are listed by straight-line distance in metres from it (the API's near search,
// ordered and measured in PostGIS, EPSG:27700); the map moves there too.
import { searchAssets } from '../api.js';
import { el } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';
import { moveMapTo, placeSearch, placeText } from './placeSearch.js';

const LISTED = 10;

function resultItem(feature, categories, showAsset) {
  const p = feature.properties;
  const button = el('button', { className: 'asset-result', text: p.name });
  button.type = 'button';
  button.dataset.assetId = String(feature.id);
  button.addEventListener('click', () => showAsset(feature));
  const metres = `${formatCount(Math.round(p.distance))} m`;
  const item = el('li');
  item.append(button, el('span', { className: 'asset-result-meta', text: [metres, categories.get(p.category)?.label, p.wardName].filter(Boolean).join(' · ') }));
  return item;
}

/**
 * @param {L.Map} map
 * @param {object} options
 * @param {Map<string, object>} options.categories the taxonomy by code
 * @param {() => {category: (string[]|null)}} options.filter the panel's category filter ([] all, null none)
 * @param {(feature: object) => void} options.showAsset opens an asset on the map
 * @returns {HTMLElement}
 */
export function assetsNear(map, { categories, filter, showAsset }) {
  const box = el('section', { className: 'assets-near' });
  box.id = 'assets-near';
  box.setAttribute('aria-labelledby', 'assets-near-title');
  const title = el('h3', { text: 'Assets near a place or postcode' });
  title.id = 'assets-near-title';
  const summary = el('p', { className: 'asset-results-summary' });
  summary.id = 'assets-near-summary';
  summary.setAttribute('aria-live', 'polite');
  const list = el('ol', { className: 'asset-results' });
  list.id = 'assets-near-results';
  const find = async (place) => {
    moveMapTo(map, place);
    const { category } = filter();
    try {
      const found = category === null ? { total: 0, features: [] }
        : await searchAssets({ near: `${place.lon},${place.lat}`, category, limit: LISTED });
      summary.textContent = found.total
        ? `The ${found.features.length} nearest of ${formatCount(found.total)} assets to ${placeText(place)}, nearest first (straight-line distance):`
        : `No assets${category === null ? ' (no category is ticked)' : ''} to list near ${placeText(place)}.`;
      list.replaceChildren(...found.features.map((f) => resultItem(f, categories, showAsset)));
    } catch (error) {
      summary.textContent = error.message;
    }
  };
  box.append(title, placeSearch({ id: 'asset-near-place', label: 'Place or postcode', onChoose: find }), summary, list);
  return box;
}
