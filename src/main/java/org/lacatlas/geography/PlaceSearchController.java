package org.lacatlas.geography;

import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/places/search?q=RM17 6}: the council's towns, wards and postcode
 * sectors whose names match. Public, like the boundaries: any council by
 * {@code ?council=}.
 */
@RestController
class PlaceSearchController {

	private final PlaceSearch search;

	PlaceSearchController(PlaceSearch search) {
		this.search = search;
	}

	@GetMapping("/api/places/search")
	PlaceSearch.Answer search(@PublicCouncilData Council council, @RequestParam(required = false) String q) {
		return search.search(q, council.code());
	}

}
