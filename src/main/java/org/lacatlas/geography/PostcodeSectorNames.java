package org.lacatlas.geography;

import java.util.List;

/**
 * Postcode sectors by code, for the place search. The introduction module holds the
 * sectors (it builds them from the council's postcode file) and answers through this, so
 * geography reads none of its tables.
 */
public interface PostcodeSectorNames {

	/**
	 * The council's sectors whose code, without its space, starts with {@code compact},
	 * in code order, as {@code postcode-sector} places labelled with the town they hold.
	 * @param compact upper case, no spaces: "RM176"
	 */
	List<FoundPlace> startingWith(String compact, String authority, int limit);

}
