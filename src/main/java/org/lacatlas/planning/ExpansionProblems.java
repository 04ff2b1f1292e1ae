package org.lacatlas.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.planning.optimiser.PlanningProblem;

/**
 * The council's small areas as the optimiser's problem: areas by index (in the order of
 * {@code areas}) with residents, need, whether they are free of every post's patch, and
 * their neighbours among the council's areas.
 */
final class ExpansionProblems {

	private ExpansionProblems() {
	}

	static PlanningProblem of(SmallAreaGraph graph, List<AreaCoverage> areas, Map<String, Double> need, int min,
			int max, int patches) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			index.put(areas.get(i).code(), i);
		}
		int[][] neighbours = areas.stream()
			.map(a -> graph.neighboursOf(a.code()).stream().filter(index::containsKey).mapToInt(index::get).toArray())
			.toArray(int[][]::new);
		boolean[] free = new boolean[areas.size()];
		for (int i = 0; i < free.length; i++) {
			free[i] = !areas.get(i).hasPost();
		}
		return new PlanningProblem(areas.stream().mapToInt(a -> (int) a.residents()).toArray(),
				areas.stream().mapToDouble(a -> need.get(a.code())).toArray(), free, neighbours, min, max, patches);
	}

	/** The same areas and band with room for {@code patches} new patches. */
	static PlanningProblem withPatches(PlanningProblem p, int patches) {
		return new PlanningProblem(p.residents(), p.need(), p.available(), p.neighbours(), p.minResidents(),
				p.maxResidents(), patches);
	}

}
