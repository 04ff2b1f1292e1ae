package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lacatlas.ogc.MvtReader;

import org.springframework.http.ResponseEntity;

/**
 * Everything a reader can see that holds introduction figures, as text keyed by what was
 * asked, so a test can compare it before and after something happens: the summaries in
 * JSON and CSV by every breakdown, the releases, coverage, gaps, a ward's page, the
 * scenario comparison, the density map (hexagons and centres, two sizes) and a decoded
 * density tile with its ETag. Status codes are part of the text.
 */
final class PublishedOutputs {

	static final List<String> BREAKDOWNS = List.of("patch", "ward", "neighbourhood", "source", "level", "ageBand",
			"need");

	private final IntroductionFixtures fixtures;

	private final String ward;

	private final String tile;

	/**
	 * @param ward a ward whose page to read
	 * @param tile {@code z/x/y} of a density tile to read
	 */
	PublishedOutputs(IntroductionFixtures fixtures, String ward, String tile) {
		this.fixtures = fixtures;
		this.ward = ward;
		this.tile = tile;
	}

	/**
	 * Every output: those of all released months (releases, coverage, gaps, the ward
	 * page, the scenario comparison) and those of each period ("" for the default period,
	 * or "from=…&to=…").
	 */
	Map<String, String> read(String user, List<String> periods) {
		return read(user, periods, true);
	}

	/** The outputs of each period only. */
	Map<String, String> readPeriods(String user, List<String> periods) {
		return read(user, periods, false);
	}

	private Map<String, String> read(String user, List<String> periods, boolean allTime) {
		Map<String, String> seen = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>(
				!allTime ? List.of() : List.of("/api/introductions/releases", "/api/coverage", "/api/coverage/gaps",
						"/api/wards/" + ward + "/coverage", "/api/scenarios/compare?ids=current"));
		for (String period : periods) {
			for (String by : BREAKDOWNS) {
				paths.add("/api/introductions/summary?by=" + by + "&" + period);
				paths.add("/api/introductions/summary.csv?by=" + by + "&" + period);
			}
			paths.add("/api/introductions/density?cellSize=250&" + period);
			paths.add("/api/introductions/density?cellSize=1000&geometry=centre&" + period);
		}
		for (String path : paths) {
			ResponseEntity<String> answer = fixtures.get(user, path);
			seen.put(path, answer.getStatusCode().value() + " " + answer.getBody());
		}
		for (String period : periods) {
			String path = "/tiles/introduction-density/" + tile + ".mvt?cellSize=250&" + period;
			seen.put(path, tile(user, path));
		}
		return seen;
	}

	/** A tile as its status, ETag and decoded features (by hexagon id). */
	private String tile(String user, String path) {
		ResponseEntity<byte[]> answer = fixtures.getBytes(user, path);
		StringBuilder text = new StringBuilder(
				answer.getStatusCode().value() + " ETag " + answer.getHeaders().getETag());
		if (answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null) {
			var layer = MvtReader.read(answer.getBody()).get("introduction-density");
			Map<Object, Object> features = new TreeMap<>();
			for (MvtReader.Feature f : layer == null ? List.<MvtReader.Feature>of() : layer.features()) {
				features.put(f.properties().get("id"), new TreeMap<>(f.properties()));
			}
			text.append(' ').append(features);
		}
		return text.toString();
	}

}
