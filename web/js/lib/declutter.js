// Keeps permanent map labels from overprinting each other. After every zoom, move and resize,
// labels are placed in order: each one at its anchor if that space is free, else at the nearest
// free spot a little above, below or beside it. Labels that must always show (a report map's own
// ward) take their least-crowded spot; optional ones (every label on the main map) are hidden,
// class `label-hidden`, until zooming in makes room, so no two shown labels ever overlap. An
// optional label is shown only whole inside the map and clear of its controls (legends, the info
// box, the credits), so none is cut at the map's edge or hidden under a legend.

const GAP = 2; // pixels kept clear around each label

function overlap(a, b) {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) + GAP;
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + GAP;
  return w > 0 && h > 0 ? w * h : 0;
}

function candidates(width, height) {
  const step = height / 2 + GAP;
  const shifts = [[0, 0]];
  for (let i = 1; i <= 3; i += 1) shifts.push([0, -i * step], [0, i * step]);
  shifts.push([-width / 3, 0], [width / 3, 0]);
  return shifts;
}

function outside(anchor, size, width, height) {
  return anchor.x < -width || anchor.y < -height || anchor.x > size.x + width || anchor.y > size.y + height;
}

const inside = (box, size) => box.left >= 0 && box.top >= 0 && box.right <= size.x && box.bottom <= size.y;

/** The map's controls as boxes in its container's pixels: no optional label goes under them. */
function controlBoxes(map) {
  const origin = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll('.leaflet-control')]
    .map((control) => control.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top }));
}

function place(map, tooltip, taken, optional) {
  const node = tooltip.getElement();
  if (!node) return;
  node.classList.remove('label-hidden');
  const anchor = map.latLngToContainerPoint(tooltip.getLatLng());
  const width = node.offsetWidth;
  const height = node.offsetHeight;
  const size = map.getSize();
  if (optional && outside(anchor, size, width, height)) {
    node.classList.add('label-hidden');
    return;
  }
  let best = null;
  for (const [dx, dy] of candidates(width, height)) {
    const left = anchor.x + dx - width / 2;
    const top = anchor.y + dy - height / 2;
    const box = { left, top, right: left + width, bottom: top + height, dx, dy };
    if (optional && !inside(box, size)) continue;
    const crowding = taken.reduce((sum, other) => sum + overlap(box, other), 0);
    if (!best || crowding < best.crowding) best = { box, crowding };
    if (crowding === 0) break;
  }
  if (optional && (!best || best.crowding > 0)) {
    node.classList.add('label-hidden');
    return;
  }
  tooltip.options.offset = [best.box.dx, best.box.dy];
  tooltip.setLatLng(tooltip.getLatLng()); // re-positions with the new offset
  taken.push(best.box);
}

const listOf = (labels) => (typeof labels === 'function' ? labels() : labels);

/**
 * @param {object} options
 * @param {import('leaflet').Map} options.map
 * @param {import('leaflet').Tooltip[]|(() => import('leaflet').Tooltip[])} [options.required] labels
 *   always shown (placed first), or a function giving them when the labels are placed
 * @param {import('leaflet').Tooltip[]|(() => import('leaflet').Tooltip[])} [options.optional]
 *   labels hidden when there is no room, in order of importance, likewise
 * @returns {() => void} places the labels again (after labels were added or removed)
 */
export function declutterLabels({ map, required = [], optional = [] }) {
  const run = () => {
    const controls = controlBoxes(map);
    const taken = [];
    listOf(required).forEach((t) => place(map, t, taken, false));
    taken.push(...controls);
    listOf(optional).forEach((t) => place(map, t, taken, true));
  };
  map.on('zoomend moveend resize', run);
  run();
  return run;
}
