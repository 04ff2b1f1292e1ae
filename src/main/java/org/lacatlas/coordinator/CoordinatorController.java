package org.lacatlas.coordinator;

import java.util.List;

import org.lacatlas.council.Council;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoordinatorController {

	private final CoordinatorPosts posts;

	CoordinatorController(CoordinatorPosts posts) {
		this.posts = posts;
	}

	@GetMapping("/api/coordinators")
	List<CoordinatorPost> list(Council council) {
		return posts.list(council.code());
	}

	@PostMapping("/api/coordinators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	CoordinatorPost create(Council council, @RequestBody CoordinatorPosts.PostChange post) {
		return posts.create(council.code(), post);
	}

	@PutMapping("/api/coordinators/{id}")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	CoordinatorPost update(Council council, @PathVariable long id, @RequestBody CoordinatorPosts.PostChange post) {
		return posts.update(council.code(), id, post);
	}

}
