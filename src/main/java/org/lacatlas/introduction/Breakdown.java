package org.lacatlas.introduction;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ways a summary can break introductions down, by their request parameter. */
enum Breakdown {

	WARD("ward"), NEIGHBOURHOOD("neighbourhood"), PATCH("patch"), SOURCE("source"), LEVEL("level"), AGE_BAND("ageBand"),
	NEED("need");

	private final String parameter;

	Breakdown(String parameter) {
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}

	/**
	 * The breakdown named, by patch when none is named; an empty {@code by=} is refused
	 * rather than read as the default (Spring's defaultValue would do that).
	 */
	static Breakdown parse(String text) {
		if (text == null) {
			return PATCH;
		}
		return Arrays.stream(values())
			.filter(b -> b.parameter.equals(text))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'by' must be one of "
					+ Arrays.stream(values()).map(Breakdown::parameter).collect(Collectors.joining(", ")) + "."));
	}

}
