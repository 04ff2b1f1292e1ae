package org.lacatlas.neighbourhood;

import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lacatlas.geography.SmallAreaGraph;

/**
 * Totals and validity of neighbourhoods given as lists of small-area codes: residents
 * inside the band, one connected piece on the small-area adjacency graph, not empty. Pure
 * computation, so a preview of unsaved moves costs microseconds.
 */
final class Verdicts {

	private final SmallAreaGraph graph;

	private final Map<String, SmallAreaGraph.Area> byCode = new HashMap<>();

	Verdicts(SmallAreaGraph graph) {
		this.graph = graph;
		graph.areas().forEach(a -> byCode.put(a.code(), a));
	}

	SmallAreaGraph.Area area(String code) {
		return byCode.get(code);
	}

	NeighbourhoodSummary summarise(long id, String name, List<String> areas, int min, int max, Double polsbyPopper) {
		long residents = 0;
		long older = 0;
		for (String code : areas) {
			residents += byCode.get(code).residents();
			older += byCode.get(code).residents65Plus();
		}
		List<String> problems = new ArrayList<>();
		NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
		if (areas.isEmpty()) {
			problems.add("has no small areas");
		}
		else if (residents < min) {
			problems.add(n.format(residents) + " residents: below the " + n.format(min) + " minimum");
		}
		else if (residents > max) {
			problems.add(n.format(residents) + " residents: above the " + n.format(max) + " maximum");
		}
		int pieces = pieces(areas);
		if (pieces > 1) {
			problems.add("in " + pieces + " separate pieces: its small areas do not all join up");
		}
		return new NeighbourhoodSummary(id, name, residents, older, List.copyOf(areas), problems.isEmpty(), problems,
				polsbyPopper);
	}

	/** Number of connected pieces the areas form on the adjacency graph. */
	int pieces(List<String> areas) {
		Set<String> members = new HashSet<>(areas);
		Set<String> seen = new HashSet<>();
		int pieces = 0;
		for (String start : areas) {
			if (!seen.add(start)) {
				continue;
			}
			pieces++;
			ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
			while (!queue.isEmpty()) {
				for (String next : graph.neighboursOf(queue.poll())) {
					if (members.contains(next) && seen.add(next)) {
						queue.add(next);
					}
				}
			}
		}
		return pieces;
	}

}
