package org.lacatlas.council;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a council's area is called in sentences ("coverage of the city"). {@code AREA} is
 * the word for a council that has not said.
 */
public enum CouncilKind {

	BOROUGH, CITY, COUNTY, DISTRICT, AREA;

	/** The word as written in sentences and in JSON, e.g. {@code city}. */
	@JsonValue
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws IllegalArgumentException naming the words allowed
	 */
	@JsonCreator
	public static CouncilKind of(String word) {
		return Arrays.stream(values())
			.filter(k -> k.word().equals(word))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"kind must be one of borough, city, county, district or area, not '" + word + "'"));
	}

}
