// Keeps a map's controls from overlapping. Leaflet stacks the controls within one corner, but lays
// out the two corners of an edge (bottom-left and bottom-right, top-left and top-right) each on its
// own: on a phone the one-line credits and the measure's legend in the bottom-right corner reach
// under the neighbourhood legend in the bottom-left. Whenever a corner changes size (a legend folds
// or unfolds, gets new rows, a control is added) or the map does, the left corner of each edge is
// moved just clear of any right-corner control it would meet: up, above it, at the bottom; down,
// below it, at the top. Where they do not meet it stays in its corner.

const GAP = 6; // pixels between a moved corner's controls and the ones it clears

function boxes(corner) {
  return [...corner.children]
    .map((control) => control.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

/** How far the left corner must move from its own place to clear the right corner's controls. */
function shiftNeeded(edge, left, right, current) {
  let shift = 0;
  for (const l of boxes(left)) {
    // where this control is with its corner in its own place
    const top = edge === 'bottom' ? l.top + current : l.top - current;
    const bottom = top + l.height;
    for (const r of boxes(right)) {
      if (l.right <= r.left || r.right <= l.left) continue; // side by side: no clash
      if (edge === 'bottom' && bottom > r.top) shift = Math.max(shift, bottom - r.top + GAP);
      if (edge === 'top' && top < r.bottom) shift = Math.max(shift, r.bottom - top + GAP);
    }
  }
  return shift;
}

/** @param {import('leaflet').Map} map */
export function keepControlsApart(map) {
  const container = map.getContainer();
  const corner = (v, h) => container.querySelector(`.leaflet-control-container > .leaflet-${v}.leaflet-${h}`);
  const edges = ['top', 'bottom'].map((edge) => ({ edge, left: corner(edge, 'left'), right: corner(edge, 'right') }))
    .filter(({ left, right }) => left && right);
  const arrange = () => {
    for (const { edge, left, right } of edges) {
      const current = parseFloat(left.style[edge]) || 0;
      const shift = shiftNeeded(edge, left, right, current);
      if (shift !== current) left.style[edge] = shift ? `${shift}px` : '';
    }
  };
  const observer = new ResizeObserver(arrange);
  observer.observe(container);
  edges.forEach(({ left, right }) => [left, right].forEach((c) => observer.observe(c)));
  return arrange;
}
