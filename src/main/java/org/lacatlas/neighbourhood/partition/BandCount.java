package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many neighbourhoods a band implies for a graph of areas, before anything is
 * generated: each connected piece of the graph needs at least ⌈residents / max⌉ of them
 * and holds at most ⌊residents / min⌋; the generator aims for residents over the band's
 * middle. Where a piece cannot be split into the band at all, {@code problems} says why.
 *
 * @param residents everyone in the graph
 * @param fewest the fewest neighbourhoods any valid plan has
 * @param most the most any valid plan has
 * @param aim how many the generator tries first
 */
public record BandCount(long residents, int fewest, int most, int aim, List<String> problems) {

	public boolean feasible() {
		return problems.isEmpty();
	}

	public static BandCount of(AreaGraph graph, Band band) {
		long residents = 0;
		int fewest = 0;
		int most = 0;
		int aim = 0;
		List<String> problems = new ArrayList<>();
		for (int[] piece : Components.of(graph)) {
			long total = Arrays.stream(piece).mapToLong(i -> graph.residents()[i]).sum();
			residents += total;
			int largest = Arrays.stream(piece).map(i -> graph.residents()[i]).max().orElse(0);
			long low = (total + band.max() - 1) / band.max();
			long high = Math.min(total / band.min(), piece.length);
			if (largest > band.max()) {
				problems.add("a small area has " + largest + " residents, more than " + band.max());
			}
			else if (low > high) {
				problems.add(piece.length + " connected small areas with " + total
						+ " residents cannot be split into neighbourhoods of " + band.min() + "–" + band.max());
			}
			fewest += (int) low;
			most += (int) Math.max(low, high);
			aim += (int) Math.max(low, Math.min(high, Math.round(total / ((band.min() + band.max()) / 2.0))));
		}
		return new BandCount(residents, fewest, most, aim, problems);
	}

}
