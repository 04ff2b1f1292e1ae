package org.lacatlas.introduction;

import java.util.List;

import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;

import org.springframework.stereotype.Component;

/**
 * The hexagon density as it may be published, one path for every form it takes (GeoJSON
 * and vector tiles): raw hexagons from {@link DensityRepository}, each count through
 * {@link DisclosureControl} with its cell key, a rate only from the published count.
 */
@Component
class DensityPublication {

	/** Hexagon edge lengths accepted for density maps, in metres. */
	static final int MIN_CELL = 250, MAX_CELL = 5000;

	private final DensityRepository density;

	private final DisclosureControl disclosure;

	DensityPublication(DensityRepository density, DisclosureControl disclosure) {
		this.density = density;
		this.disclosure = disclosure;
	}

	static void checkCellSize(int cellSize) {
		if (cellSize < MIN_CELL || cellSize > MAX_CELL) {
			throw new IllegalArgumentException("cellSize is the hexagons' edge in metres, from " + MIN_CELL + " to "
					+ MAX_CELL + ": smaller cells could single people out.");
		}
	}

	/**
	 * Every hexagon meeting the council, published. Call within a transaction.
	 * @param centres each hexagon's centre as its geometry, not its outline
	 */
	List<DensityGeoJson.Published> hexagons(String authority, Period period, int cellSize, boolean centres) {
		checkCellSize(cellSize);
		return density.hexagons(authority, period, cellSize, centres).stream().map(h -> {
			SuppressedCount n = disclosure.count(h.count(), h.cellKey());
			Double rate = h.residents() < DensityGeoJson.MIN_RESIDENTS_FOR_RATE ? null
					: disclosure.ratePer1000(n, h.residents());
			return new DensityGeoJson.Published(h, n, rate);
		}).toList();
	}

	int k() {
		return disclosure.k();
	}

}
