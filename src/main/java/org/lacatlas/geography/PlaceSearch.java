package org.lacatlas.geography;

import java.util.List;
import java.util.Locale;

import org.lacatlas.council.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a council's own towns and villages, wards and postcode sectors by name, for the
 * map's search field: "grays", "belhus", "RM17 6" or "rm176". Never another council's.
 */
@Service
public class PlaceSearch {

	static final int MIN_LENGTH = 2;

	static final int MAX_LENGTH = 60;

	/** Enough to choose from in a list under a text field. */
	static final int MAX_RESULTS = 10;

	private final PlaceSearchRepository places;

	PlaceSearch(PlaceSearchRepository places) {
		this.places = places;
	}

	/** What was searched (trimmed) and what was found, best match first. */
	public record Answer(String q, List<FoundPlace> places) {
	}

	/**
	 * @param q what the person typed: 2–60 characters, no control characters
	 * @param authority the council whose places are searched
	 */
	@Transactional(readOnly = true)
	public Answer search(String q, String authority) {
		String problem = Text.problem(q, MAX_LENGTH, true);
		if (problem != null) {
			throw new GeographyProblem.PlaceSearchInvalid("q " + problem + ": type 2 to " + MAX_LENGTH
					+ " characters of a town, ward or postcode sector (for example RM17 6).");
		}
		String text = q.strip().replaceAll("\\s+", " ");
		if (text.length() < MIN_LENGTH) {
			throw new GeographyProblem.PlaceSearchInvalid(
					"q is too short: type at least " + MIN_LENGTH + " characters of a town, ward or postcode sector.");
		}
		return new Answer(text, places.find(text.toLowerCase(Locale.ROOT),
				text.toUpperCase(Locale.ROOT).replace(" ", ""), authority, MAX_RESULTS));
	}

}
