package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.List;

import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;

import org.springframework.stereotype.Component;

/**
 * The hexagon density as it may be published, one path for every form it takes (GeoJSON
 * and vector tiles): raw hexagons from {@link DensityRepository}, each count through
 * {@link DisclosureControl} with its cell key and the most any one person recorded in it,
 * then the hexagons as a table beside the period's published total (a map of sparse
 * hexagons could otherwise be counted against it), and a rate only from the published
 * count.
 */
@Component
class DensityPublication {

	/** Hexagon edge lengths accepted for density maps, in metres. */
	static final int MIN_CELL = 250, MAX_CELL = 5000;

	private final DensityRepository density;

	private final StatisticsRepository statistics;

	private final DisclosureControl disclosure;

	DensityPublication(DensityRepository density, StatisticsRepository statistics, DisclosureControl disclosure) {
		this.density = density;
		this.statistics = statistics;
		this.disclosure = disclosure;
	}

	static void checkCellSize(int cellSize) {
		if (cellSize < MIN_CELL || cellSize > MAX_CELL) {
			throw new IllegalArgumentException("cellSize is the hexagons' edge in metres, from " + MIN_CELL + " to "
					+ MAX_CELL + ": smaller cells could single people out.");
		}
	}

	/**
	 * Every hexagon meeting the council, published. Call within a transaction, with a
	 * period of released months whose introductions are held.
	 * @param centres each hexagon's centre as its geometry, not its outline
	 */
	List<DensityGeoJson.Published> hexagons(String authority, Period period, int cellSize, boolean centres) {
		checkCellSize(cellSize);
		List<DensityRepository.Hexagon> raw = density.hexagons(authority, period, cellSize, centres);
		List<SuppressedCount> counts = raw.stream()
			.map(h -> disclosure.count(h.count(), h.cellKey(), h.byOnePerson()))
			.toList();
		StatisticsRepository.Cell total = statistics.total(authority, period);
		counts = disclosure.protect(disclosure.count(total.count(), total.cellKey(), total.byOnePerson()), counts);
		List<DensityGeoJson.Published> published = new ArrayList<>(raw.size());
		for (int n = 0; n < raw.size(); n++) {
			DensityRepository.Hexagon h = raw.get(n);
			SuppressedCount count = counts.get(n);
			Double rate = h.residents() < DensityGeoJson.MIN_RESIDENTS_FOR_RATE ? null
					: disclosure.ratePer1000(count, h.residents());
			published.add(new DensityGeoJson.Published(h, count, rate));
		}
		return published;
	}

	int k() {
		return disclosure.k();
	}

}
