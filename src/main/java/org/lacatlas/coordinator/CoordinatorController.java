package org.lacatlas.coordinator;

import java.util.List;

import org.lacatlas.system.MapProperties;

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

	private final String council;

	CoordinatorController(CoordinatorPosts posts, MapProperties map) {
		this.posts = posts;
		this.council = map.councilCode();
	}

	@GetMapping("/api/coordinators")
	List<CoordinatorPost> list() {
		return posts.list(council);
	}

	@PostMapping("/api/coordinators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	CoordinatorPost create(@RequestBody CoordinatorPosts.PostChange post) {
		return posts.create(council, post);
	}

	@PutMapping("/api/coordinators/{id}")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	CoordinatorPost update(@PathVariable long id, @RequestBody CoordinatorPosts.PostChange post) {
		return posts.update(council, id, post);
	}

}
