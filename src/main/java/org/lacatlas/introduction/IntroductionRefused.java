package org.lacatlas.introduction;

import java.util.List;

/**
 * An introduction, or a whole import, refused: nothing was stored. Each problem names its
 * field (and for imports its line) and says what to give instead, without repeating what
 * was sent. No stack trace is kept: nothing here is worth logging.
 */
class IntroductionRefused extends RuntimeException {

	/**
	 * @param line the CSV line (the header is line 1), or null for a single introduction
	 */
	record Problem(Integer line, String field, String detail) {
	}

	private final transient List<Problem> problems;

	IntroductionRefused(List<Problem> problems) {
		super(problems.get(0).detail(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	IntroductionRefused(String field, String detail) {
		this(List.of(new Problem(null, field, detail)));
	}

	List<Problem> problems() {
		return problems;
	}

}
