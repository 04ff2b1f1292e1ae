// Keeps permanent map labels from overprinting each other. After every zoom, labels are placed
// in order: each one at its anchor if that space is free, else at the nearest free spot a little
// above or below. Labels that must always show (wards) take their least-crowded spot; optional
// ones (towns) are hidden, class `label-hidden`, until zooming in makes room.

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

function place(map, tooltip, taken, optional) {
  const node = tooltip.getElement();
  if (!node) return;
  node.classList.remove('label-hidden');
  const anchor = map.latLngToContainerPoint(tooltip.getLatLng());
  const width = node.offsetWidth;
  const height = node.offsetHeight;
  let best = null;
  for (const [dx, dy] of candidates(width, height)) {
    const left = anchor.x + dx - width / 2;
    const top = anchor.y + dy - height / 2;
    const box = { left, top, right: left + width, bottom: top + height, dx, dy };
    const crowding = taken.reduce((sum, other) => sum + overlap(box, other), 0);
    if (!best || crowding < best.crowding) best = { box, crowding };
    if (crowding === 0) break;
  }
  if (optional && best.crowding > 0) {
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
 * @param {import('leaflet').Tooltip[]|(() => import('leaflet').Tooltip[])} options.required labels
 *   always shown (placed first), or a function giving them when the labels are placed
 * @param {import('leaflet').Tooltip[]|(() => import('leaflet').Tooltip[])} [options.optional]
 *   labels hidden when there is no room, likewise
 * @returns {() => void} places the labels again (after labels were added or removed)
 */
export function declutterLabels({ map, required, optional = [] }) {
  const run = () => {
    const taken = [];
    listOf(required).forEach((t) => place(map, t, taken, false));
    listOf(optional).forEach((t) => place(map, t, taken, true));
  };
  map.on('zoomend resize', run);
  run();
  return run;
}
