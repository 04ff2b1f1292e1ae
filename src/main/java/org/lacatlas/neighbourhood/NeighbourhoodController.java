package org.lacatlas.neighbourhood;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.system.MapProperties;

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
import org.springframework.web.server.ResponseStatusException;

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

	private final String council;

	NeighbourhoodController(NeighbourhoodPlans plans, NeighbourhoodGenerator generator, PlanRepair repair,
			ObjectProvider<PatchDirectory> patches, ObjectMapper json, MapProperties map) {
		this.plans = plans;
		this.generator = generator;
		this.repair = repair;
		this.patches = patches;
		this.geoJson = new NeighbourhoodGeoJson(json);
		this.council = map.councilCode();
	}

	@GetMapping("/api/neighbourhoods")
	ResponseEntity<ObjectNode> neighbourhoods(@RequestParam(required = false) String authority) {
		String code = authority == null ? council : authority;
		PlanView plan = plans.current(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This council has no neighbourhood plan yet: a planner can generate one."));
		return ResponseEntity.ok()
			.contentType(GeoJson.MEDIA_TYPE)
			.eTag("\"" + plan.version() + "\"")
			.body(geoJson.plan(plan, holders(code)));
	}

	@GetMapping("/api/neighbourhoods/{id}")
	ResponseEntity<ObjectNode> neighbourhood(@PathVariable long id, @RequestParam(required = false) String authority) {
		String code = authority == null ? council : authority;
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
	PlanView preview(@RequestBody Moves moves) {
		return plans.preview(council, moves.moves() == null ? List.of() : moves.moves());
	}

	@PostMapping("/api/neighbourhoods/moves")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PlanView move(@RequestBody Moves moves, Principal who) {
		if (moves.version() == null || moves.moves() == null || moves.moves().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Say which plan version the moves are based on ('version') and the 'moves'.");
		}
		return plans.move(council, moves.version(), moves.moves(), who.getName());
	}

	@PostMapping("/api/neighbourhoods/generate")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ResponseEntity<ObjectNode> generate(@RequestBody Generate request, Principal who) {
		long seed = request.seed() == null ? 1 : request.seed();
		Proposal proposal;
		Band band;
		if (Boolean.TRUE.equals(request.leastChange())) {
			proposal = repair.repair(council, seed, request.minResidents(), request.maxResidents());
			band = band(proposal);
		}
		else {
			band = band(request.minResidents(), request.maxResidents());
			proposal = generator.generate(council, seed, request.keep() == null ? List.of() : request.keep(),
					band.min(), band.max(), request.timeLimitMillis());
		}
		if (Boolean.TRUE.equals(request.save()) && proposal.feasible()) {
			plans.replace(council, request.version(), proposal.neighbourhoods(), band.min(), band.max(), who.getName(),
					"generate");
		}
		return ResponseEntity.status(proposal.feasible() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
			.contentType(GeoJson.MEDIA_TYPE)
			.body(geoJson.proposal(proposal));
	}

	@GetMapping(path = "/api/neighbourhoods/export.csv", produces = "text/csv")
	ResponseEntity<String> exportCsv() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"neighbourhoods.csv\"")
			.body(plans.exportCsv(council));
	}

	@PostMapping(path = "/api/neighbourhoods/import",
			consumes = { "text/csv", "application/geo+json", "application/json" })
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PlanView importPlan(@RequestParam(required = false) Integer version, @RequestBody String file,
			@RequestHeader("Content-Type") String contentType, Principal who) {
		return plans.importPlan(council, version, file, !contentType.startsWith("text/csv"), who.getName());
	}

	private static Band band(Integer min, Integer max) {
		try {
			return new Band(min == null ? NeighbourhoodPlans.DEFAULT_MIN : min,
					max == null ? NeighbourhoodPlans.DEFAULT_MAX : max);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
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

	private static ResponseStatusException notFound(long id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No neighbourhood " + id + ".");
	}

}
