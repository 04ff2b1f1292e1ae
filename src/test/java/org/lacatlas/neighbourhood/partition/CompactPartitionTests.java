package org.lacatlas.neighbourhood.partition;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exact compact partition against brute force: valid answers, a lower bound never
 * above the true optimum, and the optimum itself when the solver says optimal.
 */
class CompactPartitionTests {

	private static final SolverSettings SETTINGS = new SolverSettings(20, 1, 5000);

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of(3, 3, 6, 12, 1L), Arguments.of(3, 3, 8, 14, 2L), Arguments.of(2, 4, 5, 10, 3L),
				Arguments.of(3, 3, 4, 9, 4L), Arguments.of(2, 5, 6, 11, 5L), Arguments.of(3, 3, 10, 20, 6L));
	}

	@ParameterizedTest(name = "{0}×{1} grid, band {2}–{3}, seed {4}")
	@MethodSource("cases")
	void boundNeverAboveTheOptimumAndOptimalAnswersReachIt(int w, int h, int min, int max, long seed) {
		AreaGraph g = PartitionEnumeration.grid(w, h, seed);
		Band band = new Band(min, max);
		double optimum = PartitionEnumeration.minimum(g, band,
				region -> Compactness.of(g, region, PartitionEnumeration.regions(region)));
		Partition first = new BandedPartitioner(band, seed, 2).partition(g);
		CompactPartition.Result result = CompactPartition.solve(g, band, first.feasible() ? first.region() : null,
				first.regions(), SETTINGS);
		if (Double.isInfinite(optimum)) {
			assertThat(result.region()).isNull();
			return;
		}
		assertValid(g, band, result.region(), result.regions());
		assertThat(result.proof().objective()).isEqualTo(Compactness.of(g, result.region(), result.regions()),
				within(1e-9));
		assertThat(result.proof().bound()).isLessThanOrEqualTo(optimum + 1e-9);
		assertThat(result.proof().objective()).isGreaterThanOrEqualTo(optimum - 1e-9);
		assertThat(result.proof().optimal()).as("ten areas are solved to optimality").isTrue();
		assertThat(result.proof().objective()).isEqualTo(optimum, within(g.size() / CompactPartition.SCALE));
	}

	@org.junit.jupiter.api.Test
	void theSameSeedGivesTheSameAnswerFromTwoWorkers() {
		AreaGraph g = PartitionEnumeration.grid(6, 6, 7);
		long total = java.util.Arrays.stream(g.residents()).sum();
		Band band = new Band((int) (total / 4 * 0.8), (int) (total / 4 * 1.2));
		Partition first = new BandedPartitioner(band, 7, 2).partition(g);
		SolverSettings seeded = new SolverSettings(10, 2, 5000).seeded(7);
		CompactPartition.Result one = CompactPartition.solve(g, band, first.region(), first.regions(), seeded);
		CompactPartition.Result two = CompactPartition.solve(g, band, first.region(), first.regions(), seeded);
		assertThat(one.proof().solver()).as("the counted work ends before the clock").isEqualTo("CP-SAT");
		assertThat(two.region()).isEqualTo(one.region());
		assertThat(two.proof()).isEqualTo(one.proof());
		assertValid(g, band, one.region(), one.regions());
	}

	static void assertValid(AreaGraph g, Band band, int[] region, int regions) {
		long[] residents = new long[regions];
		for (int i = 0; i < g.size(); i++) {
			assertThat(region[i]).as("area %d is in a region", i).isBetween(0, regions - 1);
			residents[region[i]] += g.residents()[i];
		}
		for (int r = 0; r < regions; r++) {
			assertThat(residents[r]).as("region %d residents", r).isBetween((long) band.min(), (long) band.max());
			assertThat(PartitionEnumeration.connected(g, region, r)).as("region %d is one piece", r).isTrue();
		}
	}

}
