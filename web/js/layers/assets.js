// Community assets as markers. Clustering is done by the server (GET /api/assets/clusters: a
// grid of about 60 px in British National Grid per zoom), so the browser only ever draws what
// is in view, however many assets there are. A single asset is a dot in its category's colour;
// a cluster is a circle with its count (outlined in its most common category's colour). Click
// (or Enter on) a cluster to zoom in; where assets share one point, it lists them instead.
// Click an asset for its details (fetched fresh, with its version for editing).
// Markers are for the pointer only (keyboard: false, so not Tab stops): dozens of them would
// trap Tab and come before the side panel, whose search results list the same assets as
// buttons — the keyboard's way to open one. A dot's target is 24 × 24 px (WCAG 2.5.8).
import * as L from 'leaflet';
import { getAsset, getAssetClusters as getClusters } from '../api.js';
import { assetDetails } from '../panels/assetPopup.js';

const LIST_FROM_ZOOM = 17;

function dot(colour, id) {
  const span = document.createElement('span');
  span.className = 'asset-dot';
  span.style.backgroundColor = colour;
  span.dataset.assetId = String(id);
  span.setAttribute('aria-hidden', 'true');
  return L.divIcon({ html: span, className: 'asset-marker', iconSize: [24, 24], iconAnchor: [12, 12] });
}

function bubble(colour, count) {
  const span = document.createElement('span');
  span.className = 'asset-cluster';
  span.style.borderColor = colour;
  span.textContent = String(count);
  const size = count < 10 ? 28 : count < 100 ? 34 : 42;
  return L.divIcon({ html: span, className: 'asset-cluster-marker', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

function debounce(fn, ms = 150) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/**
 * @param {L.Map} map
 * @param {object} options
 * @param {Map<string, object>} options.categories category code → {code, label, colour}
 * @param {object} [options.filter] initial `{category: string[] (empty: all; null: none), q: string}`
 * @param {(feature: object, etag: string) => Array} [options.actionsFor] buttons for an asset's popup
 * @param {(message: string) => void} [options.onError] shows a failure to a person
 * @returns {{layer: L.LayerGroup, refresh: () => Promise<void>, setFilter: (f: object) => void,
 *   openAsset: (id: number) => Promise<void>, filter: () => object}}
 */
export function assetsLayer(map, { categories, filter = {}, actionsFor = () => [], onError = () => {} }) {
  const group = L.layerGroup();
  const colourOf = (code) => categories.get(code)?.colour || '#555555';
  const labelOf = (code) => categories.get(code)?.label || code;
  let current = { ...filter };
  let latest = 0;

  async function openAsset(id) {
    try {
      const { feature, etag } = await getAsset(id);
      const [lon, lat] = feature.geometry.coordinates;
      const content = assetDetails(feature, { categories, actions: actionsFor(feature, etag) });
      L.popup({ maxWidth: 340, className: 'asset-popup', autoPanPadding: [40, 40] })
        .setLatLng([lat, lon])
        .setContent(content)
        .openOn(map);
    } catch (error) {
      onError(error.message);
    }
  }

  function memberList(feature) {
    const list = document.createElement('ul');
    list.className = 'asset-members';
    for (const member of feature.properties.members) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = `${member.name} (${labelOf(member.category)})`;
      button.addEventListener('click', () => openAsset(member.id));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    return list;
  }

  function markerFor(feature) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    if (p.count === 1) {
      const member = p.members[0];
      const marker = L.marker([lat, lon], { icon: dot(colourOf(member.category), member.id), title: `${member.name} (${labelOf(member.category)})`, riseOnHover: true, keyboard: false });
      return marker.on('click', () => openAsset(member.id));
    }
    const marker = L.marker([lat, lon], { icon: bubble(colourOf(p.category), p.count), title: `${p.count} assets here; zoom in`, keyboard: false });
    return marker.on('click', () => {
      const [w, s, e, n] = p.bbox;
      if (p.members && (map.getZoom() >= LIST_FROM_ZOOM || (w === e && s === n))) {
        L.popup({ className: 'asset-popup' }).setLatLng([lat, lon]).setContent(memberList(feature)).openOn(map);
      } else {
        map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: LIST_FROM_ZOOM });
      }
    });
  }

  async function refresh() {
    if (!map.hasLayer(group)) return;
    const ticket = ++latest;
    if (current.category === null) {
      group.clearLayers();
      map.getContainer().dataset.assetMarkers = '0';
      return;
    }
    try {
      const clusters = await getClusters(map.getBounds().pad(0.1), map.getZoom(), current);
      if (ticket !== latest) return; // a newer view has been asked for
      group.clearLayers();
      clusters.features.forEach((f) => group.addLayer(markerFor(f)));
      map.getContainer().dataset.assetMarkers = String(clusters.features.length);
    } catch (error) {
      onError(error.message);
    }
  }

  const onMove = debounce(refresh);
  group.on('add', () => {
    map.on('moveend', onMove);
    refresh();
  });
  group.on('remove', () => map.off('moveend', onMove));

  return {
    layer: group,
    refresh,
    openAsset,
    filter: () => ({ ...current }),
    /** Shows only assets matching `{category: [...], q: '...'}` (merged into the current filter). */
    setFilter(next) {
      current = { ...current, ...next };
      refresh();
    },
  };
}
