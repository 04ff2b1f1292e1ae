package org.lacatlas.introduction;

import java.security.Principal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.council.Council;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordinators record introductions; planners, coordinators and councillors read
 * aggregates of released months. There is deliberately no way to read one introduction.
 * Bodies are taken as text and read by {@link Introductions}, so a refused body never
 * reaches a generic parser or a log.
 */
@RestController
class IntroductionController {

	private static final String READERS = "hasAnyRole('PLANNER', 'COORDINATOR', 'COUNCILLOR')";

	private static final String TEXT_CSV = "text/csv";

	private final Introductions introductions;

	private final Caseloads caseloads;

	IntroductionController(Introductions introductions, Caseloads caseloads) {
		this.introductions = introductions;
		this.caseloads = caseloads;
	}

	@PostMapping(path = "/api/introductions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('COORDINATOR')")
	Introductions.Recorded record(Council council, @RequestBody(required = false) String body, Principal who) {
		return introductions.record(council.code(), body, who.getName());
	}

	/**
	 * CSV whatever the Content-Type says: spreadsheets and scripts label it variously.
	 */
	@PostMapping("/api/introductions/import")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('COORDINATOR')")
	Introductions.Imported importCsv(Council council, @RequestBody(required = false) String csv, Principal who) {
		return introductions.importCsv(council.code(), csv, who.getName());
	}

	@GetMapping("/api/introductions/sectors")
	List<Introductions.SectorChoice> sectors(Council council) {
		return introductions.sectors(council.code());
	}

	/** The months released so far: the only months figures can be asked for. */
	@GetMapping("/api/introductions/releases")
	@PreAuthorize(READERS)
	IntroductionReleases.State releases(Council council) {
		return introductions.releases(council.code());
	}

	@GetMapping("/api/introductions/summary")
	@PreAuthorize(READERS)
	Summary summary(Council council, @RequestParam(required = false) String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return introductions.summary(council.code(), by, from, to);
	}

	@GetMapping(path = "/api/introductions/summary.csv", produces = TEXT_CSV)
	@PreAuthorize(READERS)
	ResponseEntity<String> summaryCsv(Council council, @RequestParam(required = false) String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Summary summary = introductions.summary(council.code(), by, from, to);
		return ResponseEntity.ok()
			.header("Content-Disposition",
					"attachment; filename=\"introductions-by-" + summary.by() + "-" + summary.from() + "-to-"
							+ summary.to() + ".csv\"")
			.contentType(MediaType.parseMediaType(TEXT_CSV))
			.body(SummaryCsv.write(summary));
	}

	@GetMapping("/api/introductions/caseload")
	@PreAuthorize(READERS)
	Caseload caseload(Council council, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return caseloads.caseload(council, from, to);
	}

	@GetMapping("/api/introductions/density")
	@PreAuthorize(READERS)
	ResponseEntity<ObjectNode> density(Council council, @RequestParam(defaultValue = "500") int cellSize,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "hexagon") String geometry) {
		if (!geometry.equals("hexagon") && !geometry.equals("centre")) {
			throw new IllegalArgumentException("geometry is 'hexagon' (the default) or 'centre'.");
		}
		return GeoJson.ok(introductions.density(council.code(), cellSize, from, to, geometry.equals("centre")));
	}

}
