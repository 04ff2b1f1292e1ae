// SVG fill patterns the map's CSS refers to by id: red hatching for neighbourhoods that are not
// valid, and dark dots for small areas a planner has moved but not saved.
import { svgEl } from './html.js';

export const HATCH_ID = 'neighbourhood-invalid-hatch';
export const DOTS_ID = 'moved-area-dots';

function hatch() {
  const pattern = svgEl('pattern', { id: HATCH_ID, width: '9', height: '9', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(svgEl('line', { x1: '0', y1: '0', x2: '0', y2: '9', stroke: '#c0281a', 'stroke-width': '3', 'stroke-opacity': '0.75' }));
  return pattern;
}

function dots() {
  const pattern = svgEl('pattern', { id: DOTS_ID, width: '7', height: '7', patternUnits: 'userSpaceOnUse' });
  pattern.append(svgEl('circle', { cx: '3.5', cy: '3.5', r: '1.6', fill: '#000000', 'fill-opacity': '0.7' }));
  return pattern;
}

/** Puts the patterns in the page once (a zero-size inline SVG: url(#id) works across SVGs). */
export function ensurePatterns() {
  if (document.getElementById(HATCH_ID)) return;
  const defs = svgEl('defs');
  defs.append(hatch(), dots());
  const svg = svgEl('svg', { class: 'svg-defs', width: '0', height: '0', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(defs);
  document.body.append(svg);
}
