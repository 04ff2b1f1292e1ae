package org.lacatlas.asset;

import java.time.LocalDate;
import java.util.List;

/**
 * An asset as a person describes it, checked field by field: what create, edit and import
 * store. Text is kept as given (trimmed; blank becomes null) and escaped only where it is
 * shown.
 *
 * @param lon WGS84 longitude, degrees
 * @param lat WGS84 latitude, degrees
 * @param cost free, low or paid; null when not known
 * @param status the status asked for, or null. Only a planner's request is honoured on
 * create and import, where closed is refused; an edit ignores it (status changes by
 * publish, close and reopen)
 */
record AssetDraft(String name, String description, String category, List<String> tags, double lon, double lat,
		String address, String postcode, String audience, String cost, String openingTimes, String phone, String email,
		String website, String accessibility, List<String> giftsAndSkills, String source, LocalDate lastVerified,
		String status) {

	/**
	 * What an asset added on LAC Atlas says its source is when the client does not say.
	 */
	static final String DEFAULT_SOURCE = "LAC Atlas";

	AssetDraft {
		tags = List.copyOf(tags);
		giftsAndSkills = List.copyOf(giftsAndSkills);
	}

}
