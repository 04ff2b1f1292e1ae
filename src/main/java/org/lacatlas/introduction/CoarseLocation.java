package org.lacatlas.introduction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an introduction is from, never finer than a postcode sector or a grid cell of at
 * least 250 m. Both kinds check themselves when made, so a finer location cannot exist.
 * Messages never repeat what was given: it may be more than should be written down.
 */
public sealed interface CoarseLocation {

	/** Smallest grid cell, in metres. */
	int MIN_CELL = 250;

	/** Largest grid cell, in metres. */
	int MAX_CELL = 10_000;

	/**
	 * A postcode sector such as {@code RM17 6}, upper case with one space. A full
	 * postcode ({@code RM17 6NB}) is refused.
	 */
	static Sector of(String sector) {
		return new Sector(sector);
	}

	/**
	 * A square grid cell in British National Grid (EPSG:27700).
	 * @param size side in metres: a multiple of 250 from 250 to 10,000
	 * @param easting south-west corner, a multiple of {@code size}
	 * @param northing south-west corner, a multiple of {@code size}
	 */
	static GridCell of(int size, int easting, int northing) {
		return new GridCell(size, easting, northing);
	}

	/** A postcode sector, e.g. {@code RM17 6}. */
	record Sector(String code) implements CoarseLocation {

		private static final Pattern FULL_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}");

		private static final Pattern SECTOR = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?) ([0-9])");

		public Sector {
			if (code == null || code.isBlank()) {
				throw new IllegalArgumentException("Give the postcode sector, e.g. RM17 6.");
			}
			String text = code.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (FULL_POSTCODE.matcher(text).matches()) {
				throw new IllegalArgumentException("A full postcode is too precise and is never recorded: give only "
						+ "its sector (the part before the space and the first digit after it), e.g. RM17 6.");
			}
			Matcher sector = SECTOR.matcher(text);
			if (!sector.matches()) {
				throw new IllegalArgumentException(
						"A postcode sector is the outward code, a space and one digit, e.g. RM17 6.");
			}
			code = sector.group(1) + " " + sector.group(2);
		}

	}

	/**
	 * A square cell of the British National Grid, at least 250 m, aligned to its size.
	 */
	record GridCell(int size, int easting, int northing) implements CoarseLocation {

		public GridCell {
			if (size < MIN_CELL || size > MAX_CELL || size % MIN_CELL != 0) {
				throw new IllegalArgumentException("A grid cell's size must be a multiple of " + MIN_CELL + " m from "
						+ MIN_CELL + " to " + MAX_CELL + " m: anything smaller could point at a home.");
			}
			if (easting < 0 || northing < 0 || easting > 700_000 || northing > 1_300_000) {
				throw new IllegalArgumentException(
						"A grid cell's easting and northing are British National Grid metres (EPSG:27700).");
			}
			if (easting % size != 0 || northing % size != 0) {
				throw new IllegalArgumentException("A grid cell must be aligned to the grid: its easting and northing "
						+ "(the south-west corner) must be multiples of its size.");
			}
		}

	}

}
