// Introductions per 1,000 residents on a hexagon grid. The server has already applied
// disclosure control: a hexagon's `introductions` is 0, a multiple of k, or the string "<k".
// A suppressed hexagon is never coloured as if it had a number: it is hatched grey, has the
// class `hex-suppressed` and a permanent label with the server's text ("<5"). Hexagons with
// no introductions are washed white.
import * as L from 'leaflet';
import { formatCount, formatDecimal, quantileBreaks } from '../lib/scales.js';

// ColorBrewer OrRd, 5 classes (colour-blind safe); none is grey, so no colour reads as "<5".
const OR_RD_5 = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
const HATCH_ID = 'hex-hatch';
// Exported for layers/densityTiles.js, which draws the same hexagons from vector tiles.
export const SUPPRESSED = { color: '#505a5f', weight: 0.8, opacity: 0.9, fillColor: '#bfc1c3', fillOpacity: 1 };
// White wash over the small-area colours, so the map reads as introductions while shown.
export const EMPTY = { color: '#8a8f92', weight: 0.4, opacity: 0.6, fillColor: '#ffffff', fillOpacity: 0.75 };
export const COUNTED = { color: '#ffffff', weight: 0.6, opacity: 0.9, fillOpacity: 0.8 };

/**
 * The hatch that suppressed hexagons are filled with (CSS `fill: url(#hex-hatch)`), made once;
 * another `id` makes a copy (layers/densityTiles.js scales its own). Returns the pattern.
 */
export function ensureHatch(id = HATCH_ID) {
  if (document.getElementById(id)) return document.getElementById(id);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const pattern = document.createElementNS(ns, 'pattern');
  Object.entries({ id, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })
    .forEach(([name, value]) => pattern.setAttribute(name, value));
  const ground = document.createElementNS(ns, 'rect');
  Object.entries({ width: '6', height: '6', fill: '#dedfe0' }).forEach(([n, v]) => ground.setAttribute(n, v));
  const line = document.createElementNS(ns, 'rect');
  Object.entries({ width: '2', height: '6', fill: '#6f777b' }).forEach(([n, v]) => line.setAttribute(n, v));
  pattern.append(ground, line);
  const defs = document.createElementNS(ns, 'defs');
  defs.append(pattern);
  svg.append(defs);
  document.body.append(svg);
  return pattern;
}

export const isSuppressed = (p) => p.suppressed === true || typeof p.introductions === 'string';
export const isCounted = (p) => !isSuppressed(p) && p.introductions > 0;

// Band names by how many bands the rates allow (quantile breaks that round alike merge).
const BAND_WORDS = {
  2: ['Lower', 'Higher'],
  3: ['Low', 'Middle', 'High'],
  4: ['Lowest', 'Low', 'High', 'Highest'],
  5: ['Lowest', 'Low', 'Middle', 'High', 'Highest'],
};

/** A band in words with its range, e.g. "Middle: 1.5 to under 1.6 per 1,000 residents". */
function bandLabel(breaks, i) {
  const per = ' per 1,000 residents';
  if (breaks.length === 0) return `Any rate${per}`;
  const word = BAND_WORDS[breaks.length + 1][i];
  if (i === 0) return `${word}: under ${formatDecimal(breaks[0])}${per}`;
  if (i === breaks.length) return `${word}: ${formatDecimal(breaks[i - 1])} or more${per}`;
  return `${word}: ${formatDecimal(breaks[i - 1])} to under ${formatDecimal(breaks[i])}${per}`;
}

/** Colour classes over the rates of hexagons with a published, non-zero count. */
export function densityScale(collection) {
  const rates = collection.features.map((f) => f.properties).filter(isCounted).map((p) => p.ratePer1000)
    .filter((r) => Number.isFinite(r));
  const breaks = quantileBreaks(rates, OR_RD_5.length);
  const colours = OR_RD_5.slice(OR_RD_5.length - breaks.length - 1);
  const classes = colours.map((colour, i) => ({ colour, label: bandLabel(breaks, i) }));
  const colourFor = (rate) => {
    if (!Number.isFinite(rate)) return colours[0];
    const i = breaks.findIndex((b) => rate < b);
    return colours[i === -1 ? breaks.length : i];
  };
  return { classes, colourFor };
}

export function describe(p) {
  if (isSuppressed(p)) return `Fewer than ${String(p.introductions).replace('<', '')} introductions: not shown`;
  const rate = Number.isFinite(p.ratePer1000) ? `, ${p.ratePer1000.toLocaleString('en-GB')} per 1,000 residents` : '';
  return `${formatCount(p.introductions)} introductions${rate}`;
}

/** The permanent "<5" label of a suppressed hexagon, at `latLng`. */
export function hexLabel(latLng, text, pane) {
  return L.tooltip({ permanent: true, direction: 'center', className: 'hex-label', interactive: false, opacity: 1, pane })
    .setLatLng(latLng)
    .setContent(document.createTextNode(text));
}

/** Its class names: `hex` and `hex-suppressed`, `hex-counted` or `hex-empty`. */
export const hexClass = (p) => (isSuppressed(p) ? 'hex hex-suppressed' : `hex ${isCounted(p) ? 'hex-counted' : 'hex-empty'}`);

/**
 * @param {object} options
 * @param {object} options.collection the density GeoJSON FeatureCollection (WGS84)
 * @param {string} [options.pane] pane for the hexagons
 * @param {string} [options.labelPane] pane for the "<5" labels
 * @returns {{layer: L.LayerGroup, scale: object}}
 */
export function densityLayer({ collection, pane = 'overlayPane', labelPane = 'tooltipPane' }) {
  ensureHatch();
  const scale = densityScale(collection);
  const labels = [];
  const hexagons = L.geoJSON(collection, {
    pane,
    style(feature) {
      const p = feature.properties;
      if (isSuppressed(p)) return SUPPRESSED;
      if (!isCounted(p)) return EMPTY;
      return { ...COUNTED, fillColor: scale.colourFor(p.ratePer1000) };
    },
    onEachFeature(feature, layer) {
      const p = feature.properties;
      // Read when the path is made, so it must be set before the layer is added.
      layer.options.className = hexClass(p);
      layer.on('add', () => {
        layer.getElement()?.setAttribute('aria-label', describe(p));
        layer.getElement()?.setAttribute('data-introductions', String(p.introductions));
      });
      if (isSuppressed(p) || isCounted(p)) layer.bindTooltip(describe(p), { sticky: true, className: 'hex-tooltip' });
      if (isSuppressed(p)) labels.push(hexLabel(layer.getBounds().getCenter(), String(p.introductions), labelPane));
    },
  });
  return { layer: L.layerGroup([hexagons, ...labels]), scale };
}
