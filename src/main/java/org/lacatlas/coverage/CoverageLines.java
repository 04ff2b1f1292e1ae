package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lacatlas.disclosure.SuppressedCount;
import org.lacatlas.introduction.AreaIntroductions;
import org.lacatlas.introduction.Introductions;

import org.springframework.stereotype.Service;

/**
 * Sums small areas into a {@link CoverageLine}: residents, residents 65+ and published
 * assets, and introductions as the introduction module publishes them for the areas (all
 * released months; {@link AreaIntroductions}). Used for the borough, wards,
 * neighbourhoods, gaps and scenario patches alike; a table of lines is checked against
 * its whole ({@link #table}).
 */
@Service
public class CoverageLines {

	private final Introductions introductions;

	CoverageLines(Introductions introductions) {
		this.introductions = introductions;
	}

	/** A council's released introductions by small area, read once per report. */
	public AreaIntroductions introductions(String authority) {
		return introductions.inAreas(authority);
	}

	public CoverageLine line(String code, String name, List<AreaCoverage> areas, Predicate<AreaCoverage> covered,
			AreaIntroductions introductions) {
		long residents = 0;
		long residentsCovered = 0;
		long older = 0;
		long olderCovered = 0;
		long assets = 0;
		long assetsCovered = 0;
		List<String> all = new ArrayList<>(areas.size());
		List<String> inCover = new ArrayList<>();
		for (AreaCoverage a : areas) {
			residents += a.residents();
			older += a.residents65Plus();
			assets += a.assets();
			all.add(a.code());
			if (covered.test(a)) {
				residentsCovered += a.residents();
				olderCovered += a.residents65Plus();
				assetsCovered += a.assets();
				inCover.add(a.code());
			}
		}
		return CoverageLine.of(code, name, residents, residentsCovered, older, olderCovered, introductions.count(all),
				introductions.count(inCover), assets, assetsCovered);
	}

	/**
	 * Lines of disjoint parts of {@code whole} (wards of a borough, say), their
	 * introductions published as a table beside the whole's: where the parts could be
	 * counted against the whole, their small figures are all shown as "&lt;k".
	 */
	public List<CoverageLine> table(CoverageLine whole, List<CoverageLine> parts, AreaIntroductions introductions) {
		List<SuppressedCount> all = introductions.protect(whole.introductions(),
				parts.stream().map(CoverageLine::introductions).toList());
		List<SuppressedCount> covered = introductions.protect(whole.introductionsCovered(),
				parts.stream().map(CoverageLine::introductionsCovered).toList());
		List<CoverageLine> lines = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			lines.add(parts.get(i).withIntroductions(all.get(i), covered.get(i)));
		}
		return lines;
	}

	/**
	 * One line per group of areas (by {@code code}, areas without one left out), in name
	 * order.
	 */
	List<CoverageLine> group(List<AreaCoverage> areas, Function<AreaCoverage, String> code,
			Function<AreaCoverage, String> name, AreaIntroductions introductions) {
		Map<String, List<AreaCoverage>> groups = new LinkedHashMap<>();
		areas.stream()
			.filter(a -> code.apply(a) != null)
			.sorted(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(a -> groups.computeIfAbsent(code.apply(a), k -> new ArrayList<>()).add(a));
		return groups.entrySet()
			.stream()
			.map(e -> line(e.getKey(), name.apply(e.getValue().get(0)), e.getValue(), AreaCoverage::covered,
					introductions))
			.toList();
	}

}
