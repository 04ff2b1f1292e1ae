package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.stream.Stream;

import org.lacatlas.neighbourhood.partition.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact planner against brute force on small grids: its answer is valid, its bound is
 * never below the true optimum, and when it says optimal its answer is the optimum.
 */
class ProvenExpansionTests {

	private static final SolverSettings SETTINGS = new SolverSettings(20, 1, 5000);

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of(3, 3, 6, 10, 1, 1L), Arguments.of(3, 3, 6, 10, 2, 2L),
				Arguments.of(3, 4, 6, 10, 2, 3L), Arguments.of(3, 4, 8, 12, 3, 4L), Arguments.of(4, 3, 5, 7, 3, 5L),
				Arguments.of(4, 3, 10, 14, 1, 6L), Arguments.of(2, 5, 4, 9, 2, 7L), Arguments.of(3, 4, 20, 24, 2, 8L),
				Arguments.of(3, 4, 3, 4, 3, 9L), Arguments.of(4, 3, 7, 9, 2, 10L));
	}

	@ParameterizedTest(name = "{0}×{1} grid, band {2}–{3}, {4} more, seed {5}")
	@MethodSource("cases")
	void boundIsNeverBelowTheOptimumAndOptimalAnswersReachIt(int w, int h, int min, int max, int n, long seed) {
		PlanningProblem p = Enumeration.grid(w, h, min, max, n, seed);
		double optimum = Enumeration.optimum(p);
		PlanningResult result = new ProvenExpansion(seed, 50, SETTINGS).solve(p);
		assertValid(p, result);
		assertThat(result.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-6);
		assertThat(result.objective()).isLessThanOrEqualTo(optimum + 1e-6);
		if (result.optimal()) {
			assertThat(result.objective()).isEqualTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
		}
		assertThat(result.optimal()).as("a dozen areas are solved to optimality").isTrue();
	}

	/**
	 * Free areas in several groups (some fit a patch whole, some are too small for any):
	 * the model that takes such groups whole, or leaves them out, keeps the same optimum.
	 */
	@ParameterizedTest(name = "scattered free areas, seed {0}")
	@MethodSource("seeds")
	void scatteredFreeAreasKeepTheBoundSoundAndTheOptimumExact(long seed) {
		int min = 3 + (int) (seed % 4);
		PlanningProblem p = Enumeration
			.scattered(Enumeration.grid(3 + (int) (seed % 2), 4, min, min + 2 + (int) (seed % 5), 2, seed), seed);
		double optimum = Enumeration.optimum(p);
		PlanningResult result = new ProvenExpansion(seed, 50, SETTINGS).solve(p);
		assertValid(p, result);
		assertThat(result.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-6);
		assertThat(result.optimal()).as("a dozen areas are solved to optimality").isTrue();
		assertThat(result.objective()).isEqualTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
	}

	static java.util.stream.LongStream seeds() {
		return java.util.stream.LongStream.rangeClosed(1, 16);
	}

	static void assertValid(PlanningProblem p, PlanningResult result) {
		boolean[] used = new boolean[p.size()];
		assertThat(result.patches().size()).isLessThanOrEqualTo(p.patches());
		assertThat(result.shortBy()).isEqualTo(p.patches() - result.patches().size());
		double total = 0;
		for (int[] patch : result.patches()) {
			long residents = Arrays.stream(patch).mapToLong(i -> p.residents()[i]).sum();
			assertThat(residents).isBetween((long) p.minResidents(), (long) p.maxResidents());
			assertThat(ExpansionOptimiserTests.connected(p, patch)).as("patch %s is one piece", Arrays.toString(patch))
				.isTrue();
			for (int i : patch) {
				assertThat(p.available()[i]).as("area %d is free", i).isTrue();
				assertThat(used[i]).as("area %d is in one patch", i).isFalse();
				used[i] = true;
				total += p.need()[i];
			}
		}
		assertThat(result.objective()).isEqualTo(total, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(result.upperBound()).isGreaterThanOrEqualTo(result.objective() - 1e-9);
	}

}
