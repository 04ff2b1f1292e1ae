package org.lacatlas.geography;

import java.util.ArrayList;
import java.util.Comparator;
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

	private static final List<String> KINDS = List.of("town", "ward", "postcode-sector");

	/** Enough to choose from in a list under a text field. */
	static final int MAX_RESULTS = 10;

	private final PlaceSearchRepository places;

	private final List<PostcodeSectorNames> sectors;

	PlaceSearch(PlaceSearchRepository places, List<PostcodeSectorNames> sectors) {
		this.places = places;
		this.sectors = sectors;
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
		String lower = text.toLowerCase(Locale.ROOT);
		List<FoundPlace> found = new ArrayList<>(places.find(lower, authority, MAX_RESULTS));
		String compact = text.toUpperCase(Locale.ROOT).replace(" ", "");
		sectors.forEach(s -> found.addAll(s.startingWith(compact, authority, MAX_RESULTS)));
		// The whole name first, then names that start with it; towns, wards, then sectors
		found.sort(Comparator.comparing((FoundPlace p) -> !p.name().toLowerCase(Locale.ROOT).equals(lower))
			.thenComparing(p -> !p.name().toLowerCase(Locale.ROOT).startsWith(lower))
			.thenComparing(p -> KINDS.indexOf(p.kind())));
		return new Answer(text, List.copyOf(found.subList(0, Math.min(MAX_RESULTS, found.size()))));
	}

}
