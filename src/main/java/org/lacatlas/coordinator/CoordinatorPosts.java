package org.lacatlas.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.council.Text;
import org.lacatlas.neighbourhood.PatchDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's coordinator posts and their patches. Changes name the version they were
 * based on.
 */
@Service
public class CoordinatorPosts implements PatchDirectory {

	/** A post is named after the area it serves: a place name, not an essay. */
	static final int MAX_NAME_LENGTH = 200;

	private final PostRepository posts;

	CoordinatorPosts(PostRepository posts) {
		this.posts = posts;
	}

	/** What a planner sends to create or change a post. */
	public record PostChange(String name, PostStatus status, Long patch, Long supports, Integer version) {
	}

	public List<CoordinatorPost> list(String authority) {
		return posts.all(authority);
	}

	@Override
	public Map<Long, Holder> holders(String authority) {
		Map<Long, Holder> byNeighbourhood = new HashMap<>();
		for (CoordinatorPost post : posts.all(authority)) {
			if (post.patch() != null) {
				byNeighbourhood.put(post.patch().id(), new Holder(post.id(), post.name(), post.status().name()));
			}
		}
		return byNeighbourhood;
	}

	@Transactional
	public CoordinatorPost create(String authority, PostChange change) {
		check(authority, change);
		return posts
			.find(authority,
					posts.insert(authority, change.name().trim(), change.status(), change.patch(), change.supports()))
			.orElseThrow();
	}

	@Transactional
	public CoordinatorPost update(String authority, long id, PostChange change) {
		CoordinatorPost current = posts.find(authority, id).orElseThrow(() -> new PostProblem.PostNotFound(id));
		if (change.version() == null) {
			throw new PostProblem.PostVersionMissing(current.version());
		}
		check(authority, change);
		if (!posts.update(authority, id, change.version(), change.name().trim(), change.status(), change.patch(),
				change.supports())) {
			throw new PostProblem.PostVersionStale(current.version());
		}
		return posts.find(authority, id).orElseThrow();
	}

	private void check(String authority, PostChange change) {
		String nameProblem = Text.problem(change.name(), MAX_NAME_LENGTH, true);
		if (nameProblem != null) {
			throw new PostProblem.PostInvalid(
					"name " + nameProblem + ": the area the post serves, up to " + MAX_NAME_LENGTH + " characters.");
		}
		if (change.status() == null) {
			throw new PostProblem.PostInvalid("status is required: IN_POST, VACANT or PROPOSED.");
		}
		for (Long n : new Long[] { change.patch(), change.supports() }) {
			if (n != null && !posts.neighbourhoodBelongsTo(n, authority)) {
				throw new PostProblem.PostInvalid("There is no neighbourhood " + n + ".");
			}
		}
		if (change.patch() != null && change.patch().equals(change.supports())) {
			throw new PostProblem.PostInvalid("A post cannot support the neighbourhood that is already its patch.");
		}
	}

}
