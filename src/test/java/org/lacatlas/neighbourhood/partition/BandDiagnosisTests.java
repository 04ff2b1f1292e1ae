package org.lacatlas.neighbourhood.partition;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which areas make a band impossible, and a nearest band that passes the same checks, on
 * two groups of areas: a 10 × 10 grid of 1,000-resident areas (100,000 residents) and an
 * island of two areas (3,000 residents, one of them 2,500).
 */
class BandDiagnosisTests {

	static AreaGraph gridAndIsland() {
		AreaGraph grid = BandedPartitionerTests.grid(10, 10, 1000);
		int n = grid.size();
		int[] residents = java.util.Arrays.copyOf(grid.residents(), n + 2);
		residents[n] = 500;
		residents[n + 1] = 2500;
		double[] x = java.util.Arrays.copyOf(grid.x(), n + 2);
		double[] y = java.util.Arrays.copyOf(grid.y(), n + 2);
		x[n] = 50_000;
		x[n + 1] = 51_000;
		String[] ward = java.util.Arrays.copyOf(grid.group(), n + 2);
		int[][] neighbours = java.util.Arrays.copyOf(grid.neighbours(), n + 2);
		neighbours[n] = new int[] { n + 1 };
		neighbours[n + 1] = new int[] { n };
		return new AreaGraph(residents, x, y, ward, neighbours);
	}

	static Stream<Arguments> bands() {
		return Stream.of(Arguments.of(2000, 3000, "none", 0), Arguments.of(2000, 2400, "area above the maximum", 1),
				Arguments.of(4000, 6000, "group below the minimum", 2),
				Arguments.of(2600, 2700, "no number of parts fits", 2),
				Arguments.of(45000, 49000, "no number of parts fits", 100));
	}

	@ParameterizedTest(name = "{0}–{1}: {2}")
	@MethodSource("bands")
	void namesTheAreasThatMakeABandImpossibleAndANearestBandThatPasses(int min, int max, String kind, int areas) {
		AreaGraph g = gridAndIsland();
		BandDiagnosis.Verdict verdict = BandDiagnosis.of(g, new Band(min, max));
		if (kind.equals("none")) {
			assertThat(verdict.passes()).isTrue();
			return;
		}
		assertThat(verdict.causes()).anySatisfy(c -> {
			assertThat(c.kind()).isEqualTo(kind);
			assertThat(c.areas()).hasSize(areas);
		});
		assertThat(BandDiagnosis.of(g, verdict.nearest()).passes()).as("the nearest band %s passes", verdict.nearest())
			.isTrue();
	}

}
