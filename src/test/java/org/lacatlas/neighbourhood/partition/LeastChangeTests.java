package org.lacatlas.neighbourhood.partition;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A valid plan of a 6 × 6 grid (four 3 × 3 neighbourhoods of 9,000 residents), then
 * populations change: the repair makes it valid again, keeps every neighbourhood, and
 * moves few areas.
 */
class LeastChangeTests {

	private static final Band BAND = new Band(8000, 12000);

	static int[] quarters() {
		int[] region = new int[36];
		for (int i = 0; i < 36; i++) {
			region[i] = (i % 6) / 3 + 2 * ((i / 6) / 3);
		}
		return region;
	}

	static Stream<Arguments> changes() {
		// area → new residents; the most areas the repair may move
		return Stream.of(Arguments.of(new int[] { 0, 4500 }, 2), Arguments.of(new int[] { 14, 4500, 15, 500 }, 3),
				Arguments.of(new int[] { 0, 100, 1, 100, 6, 100 }, 3), Arguments.of(new int[] {}, 0));
	}

	@ParameterizedTest
	@MethodSource("changes")
	void restoresEveryNeighbourhoodToTheBandMovingFewAreas(int[] change, int mostMoved) {
		AreaGraph grid = BandedPartitionerTests.grid(6, 6, 1000);
		for (int k = 0; k < change.length; k += 2) {
			grid.residents()[change[k]] = change[k + 1];
		}
		int[] before = quarters();
		int[] after = new LeastChange(BAND, 1).repair(grid, before, 4);
		CompactPartitionTests.assertValid(grid, BAND, after, 4);
		assertThat(LeastChange.moved(before, after)).isBetween(change.length == 0 ? 0 : 1, mostMoved);
	}

	@Test
	void placesAreasThatWereInNoNeighbourhood() {
		AreaGraph grid = BandedPartitionerTests.grid(6, 6, 1000);
		int[] before = quarters();
		before[35] = -1; // a new small area after a boundary change
		int[] after = new LeastChange(BAND, 1).repair(grid, before, 4);
		CompactPartitionTests.assertValid(grid, BAND, after, 4);
		assertThat(LeastChange.moved(before, after)).isEqualTo(1);
	}

}
