package org.lacatlas.coverage;

import java.util.List;

import org.lacatlas.system.DataVersions.Topic;
import org.lacatlas.system.VersionedCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the borough, its wards and neighbourhoods, and the gaps between patches.
 */
@Service
public class CoverageReports {

	private final CoverageRepository coverage;

	private final GapFinder gapFinder;

	private final CoverageLines lines;

	private final VersionedCache cache;

	CoverageReports(CoverageRepository coverage, GapFinder gapFinder, CoverageLines lines, VersionedCache cache) {
		this.coverage = coverage;
		this.gapFinder = gapFinder;
		this.lines = lines;
		this.cache = cache;
	}

	/**
	 * Everything coverage is built from: it is kept under these data versions and built
	 * again after any change to them.
	 */
	private static final Topic[] INPUTS = Topic.values();

	/** Borough, wards (by best-fit ward) and neighbourhoods. */
	public record Report(CoverageLine borough, List<CoverageLine> wards, List<CoverageLine> neighbourhoods) {

		public Report {
			wards = List.copyOf(wards); // shared from the cache, so unchangeable
			neighbourhoods = List.copyOf(neighbourhoods);
		}

	}

	@Transactional(readOnly = true)
	public Report report(String authority) {
		return cache.get("coverage", authority, () -> build(authority), INPUTS);
	}

	private Report build(String authority) {
		String name = coverage.authorityName(authority)
			.orElseThrow(() -> new CoverageProblem.CouncilHasNoGeography(authority));
		List<AreaCoverage> areas = coverage.areas(authority);
		var introductions = lines.introductions(authority);
		CoverageLine borough = lines.line(authority, name, areas, AreaCoverage::covered, introductions);
		return new Report(borough,
				lines.table(borough, lines.group(areas, AreaCoverage::wardCode, AreaCoverage::wardName, introductions),
						introductions),
				lines.table(borough, lines.group(areas.stream().filter(a -> a.neighbourhoodId() != null).toList(),
						a -> String.valueOf(a.neighbourhoodId()), AreaCoverage::neighbourhoodName, introductions),
						introductions));
	}

	/**
	 * Every small area of the council with its neighbourhood, post and counts, in code
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<AreaCoverage> areas(String authority) {
		return coverage.areas(authority);
	}

	/**
	 * Uncovered small areas in connected groups within one ward each, most needy first.
	 */
	@Transactional(readOnly = true)
	public List<Gap> gaps(String authority, NeedWeights weights) {
		return cache.get("gaps", List.of(authority, weights), () -> gapFinder.gaps(authority, weights), INPUTS);
	}

}
