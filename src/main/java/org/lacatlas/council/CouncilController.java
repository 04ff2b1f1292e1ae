package org.lacatlas.council;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The councils (public) and one council's settings: read by its users, changed by its
 * administrator with the version they started from.
 */
@RestController
class CouncilController {

	record Listed(String code, String name, CouncilKind kind) {
	}

	private final Councils councils;

	CouncilController(Councils councils) {
		this.councils = councils;
	}

	@GetMapping("/api/councils")
	List<Listed> list() {
		return councils.list().stream().map(c -> new Listed(c.code(), c.name(), c.kind())).toList();
	}

	/** What any page may show of a council: its name, kind, band and attribution. */
	@GetMapping("/api/council")
	Map<String, Object> council(@PublicCouncilData Council council) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", council.code());
		out.put("name", council.name());
		out.put("kind", council.kind());
		out.put("area", council.area());
		out.put("minResidents", council.minResidents());
		out.put("maxResidents", council.maxResidents());
		out.put("attribution", council.attribution());
		return out;
	}

	@GetMapping("/api/council/settings")
	ResponseEntity<Council> settings(Council council) {
		return ResponseEntity.ok().eTag("\"" + council.version() + "\"").body(council);
	}

	@PutMapping("/api/council/settings")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Council> update(Council council, @RequestBody CouncilSettings settings,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Principal who) {
		Council saved = councils.update(council.code(), version(ifMatch), settings, who.getName());
		return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
	}

	private static Integer version(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		try {
			return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			throw CouncilProblem.badVersion(ifMatch);
		}
	}

}
