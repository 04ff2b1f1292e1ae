package org.lacatlas.geography;

import java.util.List;
import java.util.UUID;

import org.lacatlas.council.SignedInCouncil;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adding or updating a council from the admin page: upload its manifest with the files it
 * names ({@code files}, each part named by its path), then follow the import's progress.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE_ADMIN')")
class CouncilImportController {

	private final ImportJobs jobs;

	CouncilImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/api/admin/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportJob start(@RequestParam("files") List<MultipartFile> files, Authentication who) {
		return jobs.start(files, importer(who));
	}

	@GetMapping("/api/admin/imports/{id}")
	ImportJob get(@PathVariable UUID id, Authentication who) {
		return jobs.get(id, importer(who));
	}

	private static ImportJobs.Importer importer(Authentication who) {
		boolean service = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SERVICE_ADMIN"));
		return new ImportJobs.Importer(who.getName(), service ? null : SignedInCouncil.required());
	}

}
