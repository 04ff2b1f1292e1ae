package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Makes suggested neighbourhood names distinct: a second "Grays" becomes "Grays 2". */
final class Names {

	private Names() {
	}

	static List<String> distinct(List<String> names) {
		Map<String, Integer> total = new HashMap<>();
		names.forEach(n -> total.merge(n, 1, Integer::sum));
		Map<String, Integer> seen = new HashMap<>();
		List<String> result = new ArrayList<>();
		for (String name : names) {
			int k = seen.merge(name, 1, Integer::sum);
			result.add(total.get(name) == 1 ? name : name + " " + k);
		}
		return result;
	}

}
