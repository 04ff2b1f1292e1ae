package org.lacatlas.asset;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assets in and out: import CSV or GeoJSON (all or nothing), export what a search matches
 * as CSV or GeoJSON, and published assets as Open Referral UK (every service in full, in
 * one page; the same records as {@code /openreferral}).
 */
@RestController
class AssetTransferController {

	private final AssetCatalogue catalogue;

	private final AssetProperties properties;

	private final OpenReferralDirectory openReferral;

	AssetTransferController(AssetCatalogue catalogue, AssetProperties properties, OpenReferralDirectory openReferral) {
		this.catalogue = catalogue;
		this.properties = properties;
		this.openReferral = openReferral;
	}

	@PostMapping("/api/assets/import")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'PLANNER')")
	ResponseEntity<AssetImporter.ImportResult> importAssets(
			@RequestParam(defaultValue = "false") boolean allowDuplicates,
			@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request, Council council,
			Authentication who) throws IOException {
		String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
		if (!type.contains("csv") && !type.contains("json")) {
			throw new AssetProblem.AssetFileTypeUnsupported();
		}
		byte[] body = AssetBodies.read(request, properties.maxImportBytes());
		var result = catalogue.importAssets(body, type.contains("csv"), allowDuplicates, dryRun,
				Viewer.of(who, council.code()));
		return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(result);
	}

	@GetMapping("/api/assets/export.csv")
	void exportCsv(@ModelAttribute AssetQuery.Params params, @PublicCouncilData Council council, Authentication who,
			HttpServletResponse response) throws IOException {
		download(response, "text/csv;charset=UTF-8", "assets.csv");
		catalogue.exportCsv(params, Viewer.reading(who, council, properties.publicRead()), response.getWriter());
	}

	@GetMapping("/api/assets/export.geojson")
	void exportGeoJson(@ModelAttribute AssetQuery.Params params, @PublicCouncilData Council council, Authentication who,
			HttpServletResponse response) throws IOException {
		download(response, "application/geo+json;charset=UTF-8", "assets.geojson");
		catalogue.exportGeoJson(params, Viewer.reading(who, council, properties.publicRead()), response.getWriter());
	}

	@GetMapping("/api/assets/export/openreferral.json")
	ObjectNode openReferral(@PublicCouncilData Council council) {
		return openReferral.everything(council.code());
	}

	private static void download(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
	}

}
