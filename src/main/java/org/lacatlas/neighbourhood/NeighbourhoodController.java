package org.lacatlas.neighbourhood;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandCount;
import org.lacatlas.council.Council;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Neighbourhoods of a council (the configured one unless {@code authority} is given). */
@RestController
class NeighbourhoodController {

	record Moves(Integer version, List<Move> moves) {
	}

	/**
	 * {@code leastChange}: repair the saved plan moving the fewest small areas instead of
	 * generating anew.
	 */
	record Generate(Long seed, List<Long> keep, Integer minResidents, Integer maxResidents, Boolean save,
			Integer version, Long timeLimitMillis, Boolean leastChange) {
	}

	private final NeighbourhoodPlans plans;

	private final NeighbourhoodGenerator generator;

	private final PlanRepair repair;

	private final ObjectProvider<PatchDirectory> patches;

	private final NeighbourhoodGeoJson geoJson;

	NeighbourhoodController(NeighbourhoodPlans plans, NeighbourhoodGenerator generator, PlanRepair repair,
			ObjectProvider<PatchDirectory> patches, ObjectMapper json) {
		this.plans = plans;
		this.generator = generator;
		this.repair = repair;
		this.patches = patches;
		this.geoJson = new NeighbourhoodGeoJson(json);
	}

	@GetMapping("/api/neighbourhoods")
	ResponseEntity<ObjectNode> neighbourhoods(Council council) {
		String code = council.code();
		PlanView plan = plans.current(code)
			.orElseThrow(() -> new NeighbourhoodProblem.NoPlanYet(
					"This council has no neighbourhood plan yet: a planner can generate one on the map "
							+ "(Neighbourhoods, Generate)."));
		return ResponseEntity.ok()
			.contentType(GeoJson.MEDIA_TYPE)
			.eTag("\"" + plan.version() + "\"")
			.body(geoJson.plan(plan, holders(code)));
	}

	@GetMapping("/api/neighbourhoods/{id}")
	ResponseEntity<ObjectNode> neighbourhood(Council council, @PathVariable long id) {
		String code = council.code();
		PlanView plan = plans.current(code).orElseThrow(() -> notFound(id));
		NeighbourhoodSummary n = plan.neighbourhoods()
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> notFound(id));
		return GeoJson.ok(geoJson.feature(n, plan.outlines().get(id), holders(code).get(id)));
	}

	@PostMapping("/api/neighbourhoods/preview")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PlanView preview(Council council, @RequestBody Moves moves) {
		return plans.preview(council.code(), moves.moves() == null ? List.of() : moves.moves());
	}

	@PostMapping("/api/neighbourhoods/moves")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PlanView move(Council council, @RequestBody Moves moves, Principal who) {
		if (moves.version() == null || moves.moves() == null || moves.moves().isEmpty()) {
			throw new NeighbourhoodProblem.PlanRequestInvalid(
					"Say which plan version the moves are based on ('version') and the 'moves'.");
		}
		return plans.move(council.code(), moves.version(), moves.moves(), who.getName());
	}

	@PostMapping("/api/neighbourhoods/generate")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ResponseEntity<ObjectNode> generate(Council council, @RequestBody Generate request, Principal who) {
		long seed = request.seed() == null ? 1 : request.seed();
		Proposal proposal;
		Band band;
		if (Boolean.TRUE.equals(request.leastChange())) {
			proposal = repair.repair(council.code(), seed, request.minResidents(), request.maxResidents());
			band = band(proposal);
		}
		else {
			band = band(request.minResidents() == null ? council.minResidents() : request.minResidents(),
					request.maxResidents() == null ? council.maxResidents() : request.maxResidents());
			proposal = generator.generate(council.code(), seed, request.keep() == null ? List.of() : request.keep(),
					band.min(), band.max(), request.timeLimitMillis());
		}
		if (Boolean.TRUE.equals(request.save()) && proposal.feasible()) {
			plans.replace(council.code(), request.version(), proposal.neighbourhoods(), band.min(), band.max(),
					who.getName(), "generate");
		}
		return ResponseEntity.status(proposal.feasible() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
			.contentType(GeoJson.MEDIA_TYPE)
			.body(geoJson.proposal(proposal));
	}

	/**
	 * {@code ?band=8000-12000&band=13000-18000}: how many neighbourhoods each band would
	 * give; the council's own band and common ones when none is named.
	 */
	@GetMapping("/api/neighbourhoods/bands")
	List<BandChoice> bands(Council council, @RequestParam(required = false) List<String> band) {
		List<String> asked = band == null || band.isEmpty()
				? List.of(council.minResidents() + "-" + council.maxResidents(), "8000-12000", "10000-15000",
						"13000-18000", "15000-20000")
				: band;
		return asked.stream().distinct().limit(10).map(text -> {
			Band b = parseBand(text);
			BandCount count = generator.count(council.code(), b.min(), b.max());
			return new BandChoice(b.min(), b.max(), count.residents(), count.fewest(), count.most(), count.aim(),
					count.feasible(), count.problems(),
					b.min() == council.minResidents() && b.max() == council.maxResidents());
		}).toList();
	}

	/** What a band implies; {@code councilBand} when it is the council's own. */
	record BandChoice(int minResidents, int maxResidents, long residents, int fewest, int most, int aim,
			boolean feasible, List<String> problems, boolean councilBand) {
	}

	@GetMapping(path = "/api/neighbourhoods/export.csv", produces = "text/csv")
	ResponseEntity<String> exportCsv(Council council) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"neighbourhoods.csv\"")
			.body(plans.exportCsv(council.code()));
	}

	@PostMapping(path = "/api/neighbourhoods/import",
			consumes = { "text/csv", "application/geo+json", "application/json" })
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PlanView importPlan(Council council, @RequestParam(required = false) Integer version, @RequestBody String file,
			@RequestHeader("Content-Type") String contentType, Principal who) {
		return plans.importPlan(council.code(), version, file, !contentType.startsWith("text/csv"), who.getName());
	}

	private static Band parseBand(String text) {
		String[] parts = text.split("-");
		try {
			if (parts.length == 2) {
				return band(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		throw new NeighbourhoodProblem.PlanRequestInvalid(
				"A band is the smallest and largest number of residents, like band=8000-12000, not '" + text + "'.");
	}

	private static Band band(int min, int max) {
		try {
			return new Band(min, max);
		}
		catch (IllegalArgumentException ex) {
			throw new NeighbourhoodProblem.PlanRequestInvalid(ex.getMessage());
		}
	}

	/** The band a repair worked to: the plan's unless the request gave one. */
	private Band band(Proposal proposal) {
		return new Band(proposal.minResidents(), proposal.maxResidents());
	}

	private Map<Long, PatchDirectory.Holder> holders(String authority) {
		PatchDirectory directory = patches.getIfAvailable();
		return directory == null ? Map.of() : directory.holders(authority);
	}

	private static NeighbourhoodProblem notFound(long id) {
		return new NeighbourhoodProblem.NeighbourhoodNotFound(id);
	}

}
