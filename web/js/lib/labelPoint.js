// Where to put a polygon's label: of a grid of points over its largest part, the one inside it
// farthest from any edge (about the pole of inaccessibility), refined once on a finer grid.
// Centroids of concave neighbourhoods can fall outside them; this point never does.
// Works in degrees with longitude scaled by cos(latitude), so distances are nearly isotropic.

const GRID = 24;
const REFINE = 8;

function polygonsOf(geometry) {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function ringArea(ring) {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    twice += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(twice / 2);
}

/** Even-odd rule over the outer ring and its holes. */
function inside(x, y, rings) {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

function clearance(x, y, rings) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax, ay] = ring[i - 1];
      const dx = ring[i][0] - ax;
      const dy = ring[i][1] - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

function search(rings, [minX, minY, maxX, maxY], steps) {
  let best = null;
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      const x = minX + ((maxX - minX) * i) / steps;
      const y = minY + ((maxY - minY) * j) / steps;
      if (!inside(x, y, rings)) continue;
      const room = clearance(x, y, rings);
      if (!best || room > best.room) best = { x, y, room };
    }
  }
  return best;
}

/** Whether `[lat, lon]` lies in a GeoJSON Polygon or MultiPolygon. */
export function contains(geometry, [lat, lon]) {
  return polygonsOf(geometry).some((rings) => inside(lon, lat, rings));
}

/** Area of a GeoJSON Polygon or MultiPolygon in square degrees: only for comparing nearby shapes. */
export function roughArea(geometry) {
  return polygonsOf(geometry).reduce((sum, rings) => sum + ringArea(rings[0]) - rings.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);
}

/**
 * @param {object} geometry GeoJSON Polygon or MultiPolygon in WGS84
 * @returns {[number, number]|null} `[lat, lon]` inside the geometry, or null if it has none
 */
export function labelPoint(geometry) {
  const parts = polygonsOf(geometry).filter((p) => p.length && p[0].length > 3);
  if (parts.length === 0) return null;
  const largest = parts.reduce((a, b) => (ringArea(a[0]) >= ringArea(b[0]) ? a : b));
  const k = Math.cos((largest[0][0][1] * Math.PI) / 180);
  const rings = largest.map((ring) => ring.map(([lon, lat]) => [lon * k, lat]));
  const xs = rings[0].map((p) => p[0]);
  const ys = rings[0].map((p) => p[1]);
  const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const coarse = search(rings, box, GRID);
  if (!coarse) return [(box[1] + box[3]) / 2, (box[0] + box[2]) / 2 / k];
  const cellX = (box[2] - box[0]) / GRID;
  const cellY = (box[3] - box[1]) / GRID;
  const fine = search(rings, [coarse.x - cellX, coarse.y - cellY, coarse.x + cellX, coarse.y + cellY], REFINE);
  const point = fine && fine.room > coarse.room ? fine : coarse;
  return [point.y, point.x / k];
}
