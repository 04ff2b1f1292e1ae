package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filling a map: on an empty grid whose residents leave little room to spare, the
 * heuristic places every patch asked for (growing patches one by one leaves fragments
 * that no patch fits), each one valid.
 */
class CutFirstTests {

	/** A w × w grid, rook adjacency, residents 500–1,500 at random, need = residents. */
	static PlanningProblem grid(int w, int patches, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = w * w;
		int[] residents = new int[n];
		double[] need = new double[n];
		boolean[] free = new boolean[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			residents[i] = 500 + random.nextInt(1001);
			need[i] = residents[i] * (1 + random.nextInt(3));
			free[i] = true;
			int x = i % w;
			int y = i / w;
			neighbours[i] = java.util.stream.IntStream
				.of(x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < w - 1 ? i + w : -1)
				.filter(j -> j >= 0)
				.toArray();
		}
		return new PlanningProblem(residents, need, free, neighbours, 8000, 12000, patches);
	}

	static Stream<Arguments> maps() {
		// patches asked for: 90 % of what the residents allow at 10,000 a patch
		return Stream.of(Arguments.of(20, 1L), Arguments.of(30, 2L), Arguments.of(40, 3L));
	}

	@ParameterizedTest(name = "{0}×{0} grid, seed {1}")
	@MethodSource("maps")
	void placesEveryPatchAskedForOnAnEmptyMap(int w, long seed) {
		PlanningProblem full = grid(w, 1, seed);
		long residents = Arrays.stream(full.residents()).asLongStream().sum();
		int asked = (int) (0.9 * residents / 10_000);
		PlanningProblem p = grid(w, asked, seed);
		PlanningResult result = new ExpansionOptimiser(seed, 200).solve(p);
		ProvenExpansionTests.assertValid(p, result);
		assertThat(result.shortBy()).as("of %d asked for", asked).isZero();
	}

}
