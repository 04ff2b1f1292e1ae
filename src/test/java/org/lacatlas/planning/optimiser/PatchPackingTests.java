package org.lacatlas.planning.optimiser;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The list of every patch against brute force, and the priced packing's bound and answer
 * against the true optimum, on small grids with free areas in several groups.
 */
class PatchPackingTests {

	private static final long NO_HURRY = Long.MAX_VALUE / 2;

	static java.util.stream.LongStream seeds() {
		return java.util.stream.LongStream.rangeClosed(1, 24);
	}

	static PlanningProblem problem(long seed) {
		int min = 3 + (int) (seed % 4);
		PlanningProblem grid = Enumeration.grid(3 + (int) (seed % 2), 4, min, min + 2 + (int) (seed % 5),
				1 + (int) (seed % 3), seed);
		return seed % 3 == 0 ? grid : Enumeration.scattered(grid, seed);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void listsEveryPatchOnceAndAGroupThatFitsAsItself(long seed) {
		PlanningProblem p = problem(seed);
		FreeGroups groups = FreeGroups.of(p);
		List<int[]> listed = PatchList.of(p, groups, 100_000, NO_HURRY);
		Set<Integer> expected = Enumeration.patches(p)
			.stream()
			.filter(mask -> !groups.fitsWhole(groups.groupOf(Integer.numberOfTrailingZeros(mask)), p) || Integer
				.bitCount(mask) == groups.areas(groups.groupOf(Integer.numberOfTrailingZeros(mask))).length)
			.collect(Collectors.toCollection(TreeSet::new));
		List<Integer> masks = listed.stream().map(PatchPackingTests::mask).toList();
		assertThat(masks).doesNotHaveDuplicates();
		assertThat(new TreeSet<>(masks)).isEqualTo(expected);
	}

	@Test
	void givesWayWhenThePatchesAreMoreThanItMayHold() {
		PlanningProblem p = Enumeration.grid(4, 3, 3, 9, 2, 3L);
		FreeGroups groups = FreeGroups.of(p);
		int all = PatchList.of(p, groups, 100_000, NO_HURRY).size();
		assertThat(all).isGreaterThan(5);
		assertThat(PatchList.of(p, groups, all, NO_HURRY)).hasSize(all);
		assertThat(PatchList.of(p, groups, all - 1, NO_HURRY)).isNull();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void boundIsNeverBelowTheOptimumAndTheAnswerIsIt(long seed) {
		PlanningProblem p = problem(seed);
		double optimum = Enumeration.optimum(p);
		FreeGroups groups = FreeGroups.of(p);
		PatchPacking.Answer answer = PatchPacking.solve(p, groups, List.of(), 0, System.nanoTime() + 20_000_000_000L);
		if (groups.count() == 0) {
			assertThat(answer).isNull();
			return;
		}
		assertThat(answer.bound()).isGreaterThanOrEqualTo(optimum - 1e-6);
		assertThat(answer.optimal()).isTrue();
		double need = answer.patches().stream().flatMapToInt(Arrays::stream).mapToDouble(i -> p.need()[i]).sum();
		assertThat(need).isEqualTo(optimum, offset(1e-6));
		ProvenExpansionTests.assertValid(p, new PlanningResult(answer.patches(), new double[0], need,
				Math.max(need, answer.bound()), p.patches() - answer.patches().size(), true, "pricing every patch"));
	}

	private static int mask(int[] areas) {
		return Arrays.stream(areas).map(i -> 1 << i).sum();
	}

}
