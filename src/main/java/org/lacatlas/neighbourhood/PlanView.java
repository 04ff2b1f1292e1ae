package org.lacatlas.neighbourhood;

import java.util.List;
import java.util.Map;

/**
 * A council's neighbourhood plan: its band, its version (for safe saving) and its
 * neighbourhoods.
 *
 * @param outlines each neighbourhood's outline as WGS84 GeoJSON geometry text, by id
 * (empty in previews)
 */
public record PlanView(long id, String authorityCode, String name, int minResidents, int maxResidents, int version,
		List<NeighbourhoodSummary> neighbourhoods, Map<Long, String> outlines) {
}
