package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names gaps after their ward; when a ward holds several gaps (its uncovered areas in
 * separate pieces) they read "Belhus (1 of 2)", "Belhus (2 of 2)" in need order.
 */
final class GapNames {

	private GapNames() {
	}

	/**
	 * @param wards each gap's ward name, in rank order (null for an area with no ward)
	 */
	static List<String> of(List<String> wards) {
		Map<String, Integer> total = new HashMap<>();
		wards.forEach(w -> total.merge(label(w), 1, Integer::sum));
		Map<String, Integer> seen = new HashMap<>();
		List<String> names = new ArrayList<>();
		for (String ward : wards) {
			String label = label(ward);
			int k = seen.merge(label, 1, Integer::sum);
			names.add(total.get(label) == 1 ? label : label + " (" + k + " of " + total.get(label) + ")");
		}
		return names;
	}

	private static String label(String ward) {
		return ward == null ? "Outside any ward" : ward;
	}

}
