package org.lacatlas.planning.optimiser;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpansionOptimiserTests {

	/**
	 * A 10 × 10 grid of 1,000-resident areas; need 1 per resident, 3 in the left two
	 * columns.
	 */
	static PlanningProblem grid(int patches, boolean[] available) {
		int w = 10;
		int n = w * w;
		int[] residents = new int[n];
		double[] need = new double[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			residents[i] = 1000;
			need[i] = (i % w < 2 ? 3 : 1) * 1000.0;
			int x = i % w;
			int y = i / w;
			neighbours[i] = java.util.stream.IntStream
				.of(x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < w - 1 ? i + w : -1)
				.filter(j -> j >= 0)
				.toArray();
		}
		return new PlanningProblem(residents, need, available, neighbours, 8000, 12000, patches);
	}

	static boolean[] all(boolean value) {
		boolean[] b = new boolean[100];
		Arrays.fill(b, value);
		return b;
	}

	@Test
	void newPatchesAreContiguousInsideTheBandDisjointAndOnFreeAreasOnly() {
		boolean[] available = all(true);
		for (int i = 90; i < 100; i++) {
			available[i] = false; // the bottom row is an existing patch
		}
		PlanningProblem problem = grid(3, available);
		PlanningResult result = new ExpansionOptimiser(1, 2000).solve(problem);
		assertThat(result.patches()).hasSize(3);
		assertThat(result.shortBy()).isZero();
		Set<Integer> used = new HashSet<>();
		for (int[] patch : result.patches()) {
			assertThat(patch.length * 1000).isBetween(8000, 12000);
			assertThat(connected(problem, patch)).isTrue();
			for (int i : patch) {
				assertThat(available[i]).isTrue();
				assertThat(used.add(i)).as("area %d in two patches", i).isTrue();
			}
		}
		assertThat(result.objective()).isLessThanOrEqualTo(result.upperBound() + 1e-6);
		assertThat(result.ratio()).isGreaterThan(0.8);
	}

	@Test
	void goesWhereTheNeedIs() {
		PlanningResult result = new ExpansionOptimiser(1, 2000).solve(grid(1, all(true)));
		int[] patch = result.patches().get(0);
		long needy = Arrays.stream(patch).filter(i -> i % 10 < 2).count();
		assertThat(needy).isGreaterThanOrEqualTo(10); // it takes the needy columns (20
														// areas) before others
		assertThat(result.objective()).isGreaterThanOrEqualTo(30_000 + 2_000);
	}

	@Test
	void sameSeedSameAnswer() {
		List<int[]> a = new ExpansionOptimiser(5, 500).solve(grid(4, all(true))).patches();
		List<int[]> b = new ExpansionOptimiser(5, 500).solve(grid(4, all(true))).patches();
		assertThat(a).hasSameSizeAs(b);
		for (int i = 0; i < a.size(); i++) {
			assertThat(a.get(i)).isEqualTo(b.get(i));
		}
	}

	@Test
	void saysHowManyPatchesCouldNotBePlaced() {
		boolean[] available = all(false);
		for (int i = 0; i < 30; i++) {
			available[i] = true; // room for two patches at most
		}
		PlanningResult result = new ExpansionOptimiser(1, 500).solve(grid(5, available));
		assertThat(result.patches().size()).isBetween(2, 3);
		assertThat(result.shortBy()).isEqualTo(5 - result.patches().size());
	}

	static boolean connected(PlanningProblem p, int[] patch) {
		Set<Integer> members = new HashSet<>();
		Arrays.stream(patch).forEach(members::add);
		Set<Integer> seen = new HashSet<>(List.of(patch[0]));
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(patch[0]));
		while (!queue.isEmpty()) {
			for (int j : p.neighbours()[queue.poll()]) {
				if (members.contains(j) && seen.add(j)) {
					queue.add(j);
				}
			}
		}
		return seen.size() == patch.length;
	}

}
