package org.lacatlas.coordinator;

import java.util.List;

import org.lacatlas.council.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which signed-in coordinator holds which post, so a coordinator's map opens on their own
 * patch. Only a user name is kept, and only planners and administrators see it.
 */
@Service
public class PostHolders {

	static final String NO_POST = "No coordinator post names you as its holder, so LAC Atlas cannot show your patch. "
			+ "Ask a planner or your council's administrator to name you on your post "
			+ "(under \"Who holds each post\" on their map); until then the whole council's map and tools are below.";

	private final PostRepository posts;

	PostHolders(PostRepository posts) {
		this.posts = posts;
	}

	/**
	 * The signed-in person's post.
	 *
	 * @param post their post, or null when none names them
	 * @param advice when there is none, what to do about it; else null
	 */
	public record Mine(CoordinatorPost post, String advice) {
	}

	/** A planner's change of holder: {@code username} null frees the post. */
	public record HolderChange(String username, Integer version) {
	}

	/** A post with the user name of its holder (null when nobody holds it). */
	public record Held(CoordinatorPost post, String heldBy) {
	}

	/**
	 * A coordinator account a post may name as its holder.
	 *
	 * @param enabled false when the account may not sign in (it may still be named)
	 * @param holds the post it holds, or null
	 */
	public record Holder(String username, boolean enabled, HeldPost holds) {
	}

	/** A post by id and name. */
	public record HeldPost(long id, String name) {
	}

	@Transactional(readOnly = true)
	public Mine mine(String authority, String username) {
		return posts.heldBy(authority, username)
			.map(post -> new Mine(post, null))
			.orElseGet(() -> new Mine(null, NO_POST));
	}

	/** The council's coordinator accounts, for a planner choosing who holds a post. */
	@Transactional(readOnly = true)
	public List<Holder> coordinators(String authority) {
		return posts.coordinators(authority);
	}

	@Transactional(readOnly = true)
	public Held holder(String authority, long id) {
		CoordinatorPost post = posts.find(authority, id).orElseThrow(() -> new PostProblem.PostNotFound(id));
		return new Held(post, posts.holder(authority, id));
	}

	@Transactional
	public Held setHolder(String authority, long id, HolderChange change) {
		CoordinatorPost current = posts.find(authority, id).orElseThrow(() -> new PostProblem.PostNotFound(id));
		if (change == null || change.version() == null) {
			throw new PostProblem.PostVersionMissing(current.version());
		}
		String username = change.username();
		if (username != null) {
			String problem = Text.problem(username, 40, true);
			if (problem != null || !posts.isCoordinatorOf(username, authority)) {
				throw new PostProblem.PostInvalid("username "
						+ (problem != null ? problem : "'" + username + "' is not a coordinator of this council")
						+ ": name a coordinator's user name, or null to free the post.");
			}
			posts.heldBy(authority, username).filter(other -> other.id() != id).ifPresent(other -> {
				throw new PostProblem.HolderHoldsAnother(username, other.name());
			});
		}
		if (!posts.setHolder(authority, id, change.version(), username)) {
			throw new PostProblem.PostVersionStale(current.version());
		}
		return holder(authority, id);
	}

}
