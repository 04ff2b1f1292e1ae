package org.lacatlas.planning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved scenario: which posts there would be and which small areas each covers.
 *
 * @param basedOn the scenario it was copied from, or null
 */
public record Scenario(long id, String name, int version, String createdBy, OffsetDateTime createdAt, Long basedOn,
		List<ScenarioPost> posts) {
}
