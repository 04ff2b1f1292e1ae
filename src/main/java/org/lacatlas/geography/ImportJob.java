package org.lacatlas.geography;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A council import started from the admin page, as its progress bar shows it.
 *
 * @param state {@code queued}, {@code running}, {@code done}, {@code refused} (the files
 * have problems, listed; nothing changed) or {@code failed}
 * @param step how many of {@code steps} have started
 * @param report what a finished import did ({@link ImportReport})
 */
public record ImportJob(UUID id, String council, String state, int step, int steps, String stepName,
		List<String> problems, JsonNode report, String startedBy, String startedAt, String finishedAt) {

	static ImportJob queued(UUID id, String council, String startedBy) {
		return new ImportJob(id, council, "queued", 0, GeographyImporter.STEPS.size(), "Waiting to start", List.of(),
				null, startedBy, null, null);
	}

}
