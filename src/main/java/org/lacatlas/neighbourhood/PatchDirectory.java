package org.lacatlas.neighbourhood;

import java.util.Map;

/**
 * Who covers each neighbourhood. Implemented by the coordinator module, so neighbourhoods
 * can show their coordinator without depending on it.
 */
public interface PatchDirectory {

	/** The post whose patch a neighbourhood is, by neighbourhood id. */
	Map<Long, Holder> holders(String authorityCode);

	/**
	 * A coordinator post as a neighbourhood shows it: named after the area, never the
	 * person.
	 */
	record Holder(long id, String name, String status) {
	}

}
