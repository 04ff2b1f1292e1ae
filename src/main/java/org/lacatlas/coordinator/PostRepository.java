package org.lacatlas.coordinator;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PostRepository {

	private static final String SELECT = """
			SELECT p.id, p.name, p.status, p.version, n.id AS patch_id, n.name AS patch_name,
				s.id AS supports_id, s.name AS supports_name
			FROM coordinator_post p
			LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
			LEFT JOIN neighbourhood s ON s.id = p.supports_neighbourhood_id
			""";

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CoordinatorPost> all(String authority) {
		return jdbc.sql(SELECT + " WHERE p.authority_code = :a ORDER BY p.name")
			.param("a", authority)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The council's post with this id; another council's posts are not found. */
	Optional<CoordinatorPost> find(String authority, long id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id AND p.authority_code = :a")
			.param("id", id)
			.param("a", authority)
			.query((rs, n) -> row(rs))
			.optional();
	}

	long insert(String authority, String name, PostStatus status, Long patch, Long supports) {
		return jdbc.sql("""
				INSERT INTO coordinator_post (authority_code, name, status, neighbourhood_id, supports_neighbourhood_id)
				VALUES (:a, :name, :status, :patch, :supports) RETURNING id
				""")
			.param("a", authority)
			.param("name", name)
			.param("status", status.name())
			.param("patch", patch)
			.param("supports", supports)
			.query(Long.class)
			.single();
	}

	/** Updates if still at {@code version}; false when someone else changed it first. */
	boolean update(String authority, long id, int version, String name, PostStatus status, Long patch, Long supports) {
		return jdbc.sql("""
				UPDATE coordinator_post SET name = :name, status = :status, neighbourhood_id = :patch,
					supports_neighbourhood_id = :supports, version = version + 1
				WHERE id = :id AND authority_code = :a AND version = :version
				""")
			.param("a", authority)
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("status", status.name())
			.param("patch", patch)
			.param("supports", supports)
			.update() == 1;
	}

	boolean neighbourhoodBelongsTo(long neighbourhood, String authority) {
		return jdbc.sql("""
				SELECT count(*) FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id
				WHERE n.id = :n AND p.authority_code = :a
				""").param("n", neighbourhood).param("a", authority).query(Integer.class).single() > 0;
	}

	/** The council's post held by this user, if any. */
	Optional<CoordinatorPost> heldBy(String authority, String username) {
		return jdbc.sql(SELECT + " WHERE p.held_by = :username AND p.authority_code = :a")
			.param("username", username)
			.param("a", authority)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Who holds the post (a user name), or null. */
	String holder(String authority, long id) {
		return jdbc.sql("SELECT held_by FROM coordinator_post WHERE id = :id AND authority_code = :a")
			.param("id", id)
			.param("a", authority)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Names the post's holder if still at {@code version}; false when changed first. */
	boolean setHolder(String authority, long id, int version, String username) {
		return jdbc.sql("""
				UPDATE coordinator_post SET held_by = :username, version = version + 1
				WHERE id = :id AND authority_code = :a AND version = :version
				""")
			.param("username", username)
			.param("id", id)
			.param("a", authority)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * The council's coordinator accounts by user name, each with the post it holds (none
	 * of another council's users).
	 */
	List<PostHolders.Holder> coordinators(String authority) {
		return jdbc.sql("""
				SELECT u.username, u.enabled, p.id AS post_id, p.name AS post_name
				FROM app_user u
				LEFT JOIN coordinator_post p ON p.held_by = u.username AND p.authority_code = u.council_code
				WHERE u.council_code = :a AND u.role = 'COORDINATOR'
				ORDER BY u.username
				""").param("a", authority).query((rs, n) -> {
			long post = rs.getLong("post_id");
			PostHolders.HeldPost holds = rs.wasNull() ? null
					: new PostHolders.HeldPost(post, rs.getString("post_name"));
			return new PostHolders.Holder(rs.getString("username"), rs.getBoolean("enabled"), holds);
		}).list();
	}

	/**
	 * Whether the user is a coordinator of this council (only they may hold its posts).
	 */
	boolean isCoordinatorOf(String username, String authority) {
		return jdbc.sql("""
				SELECT count(*) FROM app_user
				WHERE username = :username AND council_code = :a AND role = 'COORDINATOR'
				""").param("username", username).param("a", authority).query(Integer.class).single() > 0;
	}

	private static CoordinatorPost row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long patch = rs.getLong("patch_id");
		CoordinatorPost.Patch p = rs.wasNull() ? null : new CoordinatorPost.Patch(patch, rs.getString("patch_name"));
		long supports = rs.getLong("supports_id");
		CoordinatorPost.Patch s = rs.wasNull() ? null
				: new CoordinatorPost.Patch(supports, rs.getString("supports_name"));
		return new CoordinatorPost(rs.getLong("id"), rs.getString("name"), PostStatus.valueOf(rs.getString("status")),
				p, s, rs.getInt("version"));
	}

}
