package org.lacatlas.neighbourhood.partition;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fewest patches covering every area, against brute force: a valid split, a lower
 * bound never above the true fewest, and the fewest itself when it says optimal.
 */
class FewestPatchesTests {

	private static final SolverSettings SETTINGS = new SolverSettings(20, 1, 5000);

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of(3, 3, 6, 12, 1L), Arguments.of(3, 3, 8, 10, 2L), Arguments.of(2, 4, 5, 8, 3L),
				Arguments.of(3, 3, 4, 6, 4L), Arguments.of(2, 5, 7, 9, 5L), Arguments.of(3, 3, 9, 11, 6L));
	}

	@ParameterizedTest(name = "{0}×{1} grid, band {2}–{3}, seed {4}")
	@MethodSource("cases")
	void lowerBoundNeverAboveTheFewestAndOptimalAnswersReachIt(int w, int h, int min, int max, long seed) {
		AreaGraph g = PartitionEnumeration.grid(w, h, seed);
		Band band = new Band(min, max);
		double fewest = PartitionEnumeration.minimum(g, band, PartitionEnumeration::regions);
		CompactPartition.Result result = new FewestPatches(band, seed).solve(g, SETTINGS);
		if (Double.isInfinite(fewest)) {
			assertThat(result.region()).isNull();
			return;
		}
		CompactPartitionTests.assertValid(g, band, result.region(), result.regions());
		assertThat(result.proof().objective()).isEqualTo(result.regions());
		assertThat(result.proof().bound()).isLessThanOrEqualTo(fewest);
		assertThat((double) result.regions()).isGreaterThanOrEqualTo(fewest);
		assertThat(result.proof().optimal()).as("ten areas are solved to optimality").isTrue();
		assertThat((double) result.regions()).isEqualTo(fewest);
	}

}
