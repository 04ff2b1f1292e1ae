package org.lacatlas.coverage;

import java.util.List;

import org.lacatlas.system.MapProperties;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Coverage and gaps for signed-in users. */
@RestController
class CoverageController {

	private final CoverageReports reports;

	private final WardReports wards;

	private final String council;

	CoverageController(CoverageReports reports, WardReports wards, MapProperties map) {
		this.reports = reports;
		this.wards = wards;
		this.council = map.councilCode();
	}

	@GetMapping("/api/coverage")
	CoverageReports.Report coverage() {
		return reports.report(council);
	}

	@GetMapping("/api/coverage/gaps")
	List<Gap> gaps(@RequestParam(defaultValue = "1") double residents,
			@RequestParam(defaultValue = "1") double olderPeople, @RequestParam(defaultValue = "1") double deprivation,
			@RequestParam(defaultValue = "0") double assetScarcity) {
		try {
			return reports.gaps(council, new NeedWeights(residents, olderPeople, deprivation, assetScarcity));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/api/wards/{code}/coverage")
	WardCoverage ward(@PathVariable String code) {
		return wards.ward(council, code);
	}

}
