package org.lacatlas.coverage;

import java.util.List;

import org.lacatlas.council.Council;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage and gaps for signed-in users. */
@RestController
class CoverageController {

	private final CoverageReports reports;

	private final WardReports wards;

	CoverageController(CoverageReports reports, WardReports wards) {
		this.reports = reports;
		this.wards = wards;
	}

	@GetMapping("/api/coverage")
	CoverageReports.Report coverage(Council council) {
		return reports.report(council.code());
	}

	@GetMapping("/api/coverage/gaps")
	List<Gap> gaps(Council council, @RequestParam(defaultValue = "1") double residents,
			@RequestParam(defaultValue = "1") double olderPeople, @RequestParam(defaultValue = "1") double deprivation,
			@RequestParam(defaultValue = "0") double assetScarcity) {
		try {
			return reports.gaps(council.code(), new NeedWeights(residents, olderPeople, deprivation, assetScarcity));
		}
		catch (IllegalArgumentException ex) {
			throw new CoverageProblem.GapWeightsInvalid(ex.getMessage());
		}
	}

	@GetMapping("/api/wards/{code}/coverage")
	WardCoverage ward(Council council, @PathVariable String code) {
		return wards.ward(council.code(), code);
	}

}
