package org.lacatlas.coordinator;

import java.security.Principal;
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

	private final PostHolders holders;

	CoordinatorController(CoordinatorPosts posts, PostHolders holders) {
		this.posts = posts;
		this.holders = holders;
	}

	/** The signed-in person's own post, or advice on what to do when none names them. */
	@GetMapping("/api/coordinators/mine")
	PostHolders.Mine mine(Council council, Principal who) {
		return holders.mine(council.code(), who.getName());
	}

	/**
	 * The council's coordinator accounts and the post each holds, to choose a holder
	 * from.
	 */
	@GetMapping("/api/coordinators/holders")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	List<PostHolders.Holder> coordinatorAccounts(Council council) {
		return holders.coordinators(council.code());
	}

	@GetMapping("/api/coordinators/{id}/holder")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PostHolders.Held holder(Council council, @PathVariable long id) {
		return holders.holder(council.code(), id);
	}

	@PutMapping("/api/coordinators/{id}/holder")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	PostHolders.Held setHolder(Council council, @PathVariable long id, @RequestBody PostHolders.HolderChange change) {
		return holders.setHolder(council.code(), id, change);
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
