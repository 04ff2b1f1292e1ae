package org.lacatlas.council;

import java.util.List;
import java.util.OptionalLong;

/**
 * A council using LAC Atlas with its settings. Costs are in pounds a year and are null
 * until the council states them; the patch band holds for every neighbourhood of its plan
 * and every patch proposed for it.
 *
 * @param caseloadPerYear how many people a coordinator can take on in a year (null: not
 * stated)
 * @param attribution what the council's data licences require every map and export to
 * show
 * @param version the settings' version: a change must name the one it was based on
 */
public record Council(String code, String name, CouncilKind kind, int minResidents, int maxResidents,
		Long coordinatorCost, Long managerCost, String costSource, Double socialValueRatio, String socialValueSource,
		List<CostEquivalent> costEquivalents, Integer caseloadPerYear, String caseloadSource, String attribution,
		int version) {

	/** What one coordinator's yearly cost equals, and who says so. */
	@ChecksItsText
	public record CostEquivalent(String equivalent, String source) {
	}

	/**
	 * Yearly cost of {@code coordinators} posts and, when there is at least one, the
	 * programme's manager; empty while the council has not set its costs.
	 */
	public OptionalLong yearlyCost(int coordinators) {
		if (coordinatorCost == null) {
			return OptionalLong.empty();
		}
		long manager = coordinators > 0 && managerCost != null ? managerCost : 0;
		return OptionalLong.of(coordinators * coordinatorCost + manager);
	}

	/** "the borough", "the city", …: the council's area in a sentence. */
	public String area() {
		return "the " + kind.word();
	}

}
