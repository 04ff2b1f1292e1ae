package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes suggested names distinct the way an officer would tell them apart: two patches
 * both suggested "Grays" become "Grays (north)" and "Grays (south)", by where each lies
 * from the middle of the patches sharing the name. A number is added only when the
 * compass cannot tell them apart.
 */
final class Names {

	/** A suggested name and the centre of its group (EPSG:27700, metres). */
	record Suggested(String name, double x, double y) {
	}

	/** Within this many metres of the middle of its namesakes a group is "central". */
	private static final double CENTRAL_METRES = 400;

	private static final String[] COMPASS = { "east", "north-east", "north", "north-west", "west", "south-west",
			"south", "south-east" };

	private Names() {
	}

	static List<String> distinct(List<Suggested> suggested) {
		Map<String, List<Integer>> byName = new LinkedHashMap<>();
		for (int i = 0; i < suggested.size(); i++) {
			byName.computeIfAbsent(suggested.get(i).name(), k -> new ArrayList<>()).add(i);
		}
		String[] result = new String[suggested.size()];
		byName.forEach((name, members) -> {
			List<String> parts = members.size() == 1 ? List.of(name) : byCompass(name, members, suggested);
			for (int k = 0; k < members.size(); k++) {
				result[members.get(k)] = parts.get(k);
			}
		});
		return numbered(List.of(result));
	}

	private static List<String> byCompass(String name, List<Integer> members, List<Suggested> all) {
		double cx = members.stream().mapToDouble(i -> all.get(i).x()).average().orElse(0);
		double cy = members.stream().mapToDouble(i -> all.get(i).y()).average().orElse(0);
		List<String> names = new ArrayList<>();
		for (int i : members) {
			double dx = all.get(i).x() - cx;
			double dy = all.get(i).y() - cy;
			names.add(name + " (" + direction(dx, dy, members.size() == 2) + ")");
		}
		return names;
	}

	/** Of two, the axis they differ most on; of more, an eight-point compass. */
	private static String direction(double dx, double dy, boolean pair) {
		if (pair) {
			return Math.abs(dy) >= Math.abs(dx) ? (dy > 0 ? "north" : "south") : (dx > 0 ? "east" : "west");
		}
		if (Math.hypot(dx, dy) < CENTRAL_METRES) {
			return "central";
		}
		double degrees = Math.toDegrees(Math.atan2(dy, dx));
		int sector = (int) Math.floorMod(Math.round(degrees / 45), 8);
		return COMPASS[sector];
	}

	/**
	 * A name still shared (two patches both north of the middle): the first keeps it, the
	 * others get the lowest free number from 2.
	 */
	private static List<String> numbered(List<String> names) {
		Set<String> used = new HashSet<>(names);
		Set<String> given = new HashSet<>();
		List<String> result = new ArrayList<>();
		for (String name : names) {
			String chosen = name;
			for (int k = 2; !given.add(chosen); k++) {
				while (used.contains(name + " " + k)) {
					k++;
				}
				chosen = name + " " + k;
				used.add(chosen);
			}
			result.add(chosen);
		}
		return result;
	}

}
