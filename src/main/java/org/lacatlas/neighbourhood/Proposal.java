package org.lacatlas.neighbourhood;

import java.util.List;

import org.lacatlas.neighbourhood.partition.Proof;

/**
 * A proposed plan: the neighbourhoods (kept ones first) with outlines and verdicts, how
 * good the partition is proved to be, and — for a repair — which small areas moved.
 */
public record Proposal(List<NeighbourhoodPlans.Proposed> neighbourhoods, List<String> outlines,
		List<NeighbourhoodSummary> summaries, Solution solution, Churn churn, int minResidents, int maxResidents) {

	public boolean feasible() {
		return summaries.stream().allMatch(NeighbourhoodSummary::valid);
	}

	/**
	 * The compactness objective (residents × squared km to each neighbourhood's best
	 * centre area, summed; lower is better), the solver's proved lower bound on it, the
	 * relative gap, and whether the solver proved no partition is more compact.
	 */
	public record Solution(String objectiveUnit, double objective, double bound, double gap, boolean optimal,
			String solver) {

		static Solution of(Proof proof) {
			return new Solution("resident·km²", round(proof.objective()), round(proof.bound()),
					Math.round(proof.gap() * 10000) / 10000.0, proof.optimal(), proof.solver());
		}

		private static double round(double v) {
			return Math.round(v * 10) / 10.0;
		}

	}

	/** A repair's changes: how many small areas moved, and each move. */
	public record Churn(int moved, List<Moved> smallAreas) {
	}

	/**
	 * One small area's move; {@code from} is null for an area that was in no
	 * neighbourhood.
	 */
	public record Moved(String smallArea, Long from, Long to) {
	}

}
