// Which small areas touch, and the stretches of boundary they share, found from the edges their
// boundaries have in common (the areas are a coverage, so neighbours share vertices exactly).
// Used only to draw and colour neighbourhoods while a planner edits them: the server's adjacency
// (small_area_adjacency) stays the authority on whether a neighbourhood joins up.

const pointKey = ([lon, lat]) => `${lon.toFixed(5)},${lat.toFixed(5)}`;

function ringsOf(geometry) {
  if (geometry?.type === 'Polygon') return geometry.coordinates;
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * @param {object} collection GeoJSON FeatureCollection of small areas with `properties.code`
 * @returns {{neighbours: Map<string, Set<string>>, shared: {codes: string[], line: number[][]}[]}}
 *   neighbours of each area, and each shared edge as two codes and a `[[lat, lon], [lat, lon]]` line
 */
export function areaGraph(collection) {
  const edges = new Map();
  for (const feature of collection.features) {
    const { code } = feature.properties;
    for (const ring of ringsOf(feature.geometry)) {
      for (let i = 1; i < ring.length; i += 1) {
        const [a, b] = [ring[i - 1], ring[i]];
        const [ka, kb] = [pointKey(a), pointKey(b)];
        const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
        if (!edges.has(key)) edges.set(key, { line: [[a[1], a[0]], [b[1], b[0]]], codes: new Set() });
        edges.get(key).codes.add(code);
      }
    }
  }
  const neighbours = new Map(collection.features.map((f) => [f.properties.code, new Set()]));
  const shared = [];
  for (const { line, codes } of edges.values()) {
    if (codes.size !== 2) continue;
    const [a, b] = [...codes];
    neighbours.get(a).add(b);
    neighbours.get(b).add(a);
    shared.push({ codes: [a, b], line });
  }
  return { neighbours, shared };
}
