package org.lacatlas.introduction;

import java.util.Arrays;
import java.util.Optional;

/** Age bands: the only age recorded. Codes are as people write them ("75-84"). */
public enum AgeBand {

	AGE_18_24("18-24"), AGE_25_44("25-44"), AGE_45_64("45-64"), AGE_65_74("65-74"), AGE_75_84("75-84"),
	AGE_85_PLUS("85+");

	private final String code;

	AgeBand(String code) {
		this.code = code;
	}

	/** "75-84", as stored and sent. */
	public String code() {
		return code;
	}

	/** The band written "75-84" or "75–84" (en dash), or empty. */
	public static Optional<AgeBand> parse(String text) {
		String code = text.strip().replace('\u2013', '-').replace(" ", "");
		return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
	}

}
