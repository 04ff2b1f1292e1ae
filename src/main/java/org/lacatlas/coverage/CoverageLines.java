package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.lacatlas.disclosure.DisclosureControl;

import org.springframework.stereotype.Service;

/**
 * Sums small areas into a {@link CoverageLine}: residents, residents 65+ and published
 * assets, and introductions through disclosure control (every published cell, covered or
 * not, rounded by its own cell key). Used for the borough, wards, neighbourhoods and
 * scenario patches alike.
 */
@Service
public class CoverageLines {

	private final CoverageRepository repository;

	private final DisclosureControl disclosure;

	CoverageLines(CoverageRepository repository, DisclosureControl disclosure) {
		this.repository = repository;
		this.disclosure = disclosure;
	}

	/** A council's introductions, as shares by small area, read once per report. */
	public record Introductions(Map<String, List<CoverageRepository.IntroductionShare>> bySmallArea) {
	}

	public Introductions introductions(String authority) {
		Map<String, List<CoverageRepository.IntroductionShare>> byArea = new HashMap<>();
		repository.introductionShares(authority)
			.forEach(s -> byArea.computeIfAbsent(s.smallAreaCode(), k -> new ArrayList<>()).add(s));
		return new Introductions(byArea);
	}

	public CoverageLine line(String code, String name, List<AreaCoverage> areas, Predicate<AreaCoverage> covered,
			Introductions introductions) {
		long residents = 0;
		long residentsCovered = 0;
		long older = 0;
		long olderCovered = 0;
		long assets = 0;
		long assetsCovered = 0;
		CellTally all = new CellTally();
		CellTally inCover = new CellTally();
		for (AreaCoverage a : areas) {
			boolean isCovered = covered.test(a);
			residents += a.residents();
			older += a.residents65Plus();
			assets += a.assets();
			if (isCovered) {
				residentsCovered += a.residents();
				olderCovered += a.residents65Plus();
				assetsCovered += a.assets();
			}
			for (var share : introductions.bySmallArea().getOrDefault(a.code(), List.of())) {
				all.add(share.introductionId(), share.recordKey(), share.share());
				if (isCovered) {
					inCover.add(share.introductionId(), share.recordKey(), share.share());
				}
			}
		}
		return CoverageLine.of(code, name, residents, residentsCovered, older, olderCovered, all.publish(disclosure),
				inCover.publish(disclosure), assets, assetsCovered);
	}

}
