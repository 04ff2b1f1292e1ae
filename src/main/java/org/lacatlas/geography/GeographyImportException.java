package org.lacatlas.geography;

import java.util.List;

/**
 * A council's files were refused. Each problem names the file, feature or row, and the
 * fault; nothing stored was changed.
 */
public class GeographyImportException extends RuntimeException {

	private final List<String> problems;

	public GeographyImportException(List<String> problems) {
		super("The import was refused and nothing was changed: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
