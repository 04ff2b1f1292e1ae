package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.lacatlas.neighbourhood.partition.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The knapsack per group of free areas: never below the true optimum (brute force on
 * small grids with scattered free areas), never above the plain knapsack over all free
 * areas, and tighter than it where groups are too small for a patch or for a second one.
 */
class CoverageBoundTests {

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 40);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void isNeverBelowTheOptimumNorAboveThePlainKnapsack(long seed) {
		int w = 3 + (int) (seed % 2);
		int h = 3 + (int) (seed % 3 == 0 ? 1 : 0);
		int min = 3 + (int) (seed % 5);
		int max = min + 1 + (int) (seed % 7);
		PlanningProblem p = Enumeration.scattered(Enumeration.grid(w, h, min, max, 1 + (int) (seed % 3), seed), seed);
		double bound = CoverageBound.of(p);
		assertThat(bound).isGreaterThanOrEqualTo(Enumeration.optimum(p) - 1e-9);
		assertThat(bound).isLessThanOrEqualTo(plainKnapsack(p) + 1e-9);
	}

	@Test
	void aGroupTooSmallForAPatchAddsNothing() {
		// areas 0–3 (4,000 residents, very needy) are cut off from 5–14 (10,000) by
		// area 4, which is not free
		PlanningProblem p = line(15, i -> i != 4, i -> i < 4 ? 50_000 : 1_000, 2);
		assertThat(plainKnapsack(p)).isEqualTo(4 * 50_000 + 10 * 1_000, offset(1e-6));
		assertThat(CoverageBound.of(p)).isEqualTo(10 * 1_000, offset(1e-6));
		assertThat(CoverageBound.of(p)).isEqualTo(Enumeration.optimum(p), offset(1e-6));
	}

	@Test
	void aGroupHoldsOnlyThePatchesItsResidentsAllow() {
		// one group of 14 areas (14,000 residents) holds one patch of at most 12,000:
		// the twelve neediest areas at best, not all fourteen
		PlanningProblem p = line(14, i -> true, i -> 1_000 + i, 2);
		double twelveNeediest = IntStream.range(2, 14).map(i -> 1_000 + i).sum();
		assertThat(plainKnapsack(p)).isEqualTo(IntStream.range(0, 14).map(i -> 1_000 + i).sum(), offset(1e-6));
		assertThat(CoverageBound.of(p)).isEqualTo(twelveNeediest, offset(1e-6));
	}

	@Test
	void whenTheHeuristicReachesItTheAnswerIsProvedOptimal() {
		// three groups of ten 1,000-resident areas, split by areas that are not free:
		// each group is one patch, and two patches take the two neediest groups
		PlanningProblem p = line(32, i -> i != 10 && i != 21, i -> 1_000.0 * (1 + i / 11), 2);
		PlanningResult result = new ProvenExpansion(1, 200, new SolverSettings(5, 1, 5000)).solve(p);
		ProvenExpansionTests.assertValid(p, result);
		assertThat(result.objective()).isEqualTo(10 * 2_000 + 10 * 3_000, offset(1e-6));
		assertThat(result.upperBound()).isEqualTo(result.objective(), offset(1e-6));
		assertThat(result.optimal()).isTrue();
		assertThat(result.gap()).isZero();
	}

	/** A row of 1,000-resident areas, band 8,000–12,000. */
	private static PlanningProblem line(int n, java.util.function.IntPredicate free,
			java.util.function.IntToDoubleFunction need, int patches) {
		int[] residents = new int[n];
		Arrays.fill(residents, 1_000);
		int[][] neighbours = IntStream.range(0, n)
			.mapToObj(i -> IntStream.of(i - 1, i + 1).filter(j -> j >= 0 && j < n).toArray())
			.toArray(int[][]::new);
		boolean[] available = new boolean[n];
		double[] needs = new double[n];
		for (int i = 0; i < n; i++) {
			available[i] = free.test(i);
			needs[i] = need.applyAsDouble(i);
		}
		return new PlanningProblem(residents, needs, available, neighbours, 8000, 12000, patches);
	}

	/** The fractional knapsack over every free area with room N × max, written out. */
	private static double plainKnapsack(PlanningProblem p) {
		Integer[] order = IntStream.range(0, p.size()).filter(i -> p.available()[i]).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p.need()[i] / Math.max(1, p.residents()[i])));
		double room = (double) p.patches() * p.maxResidents();
		double total = 0;
		for (int i : order) {
			double take = Math.max(0, Math.min(1, room / Math.max(1, p.residents()[i])));
			total += take * p.need()[i];
			room -= take * p.residents()[i];
		}
		return total;
	}

}
