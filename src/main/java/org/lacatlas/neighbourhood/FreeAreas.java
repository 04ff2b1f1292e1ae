package org.lacatlas.neighbourhood;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.neighbourhood.partition.AreaGraph;

/**
 * Some of a council's small areas as the partitioner's graph: residents, a point inside
 * each (EPSG:27700 metres), ward, and adjacency among them only; numbered as listed.
 */
final class FreeAreas {

	private FreeAreas() {
	}

	static AreaGraph graph(SmallAreaGraph graph, List<SmallAreaGraph.Area> areas) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			index.put(areas.get(i).code(), i);
		}
		List<int[]> neighbours = areas.stream()
			.map(a -> graph.neighboursOf(a.code()).stream().filter(index::containsKey).mapToInt(index::get).toArray())
			.toList();
		return AreaGraph.of(areas.stream().map(SmallAreaGraph.Area::residents).toList(),
				areas.stream().map(a -> new double[] { a.x(), a.y() }).toList(),
				areas.stream().map(SmallAreaGraph.Area::wardCode).toList(), neighbours);
	}

	static List<String> codes(List<SmallAreaGraph.Area> areas) {
		return areas.stream().map(SmallAreaGraph.Area::code).toList();
	}

}
