package org.lacatlas.planning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacatlas.coordinator.PostStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScenarioRepository {

	private final JdbcClient jdbc;

	ScenarioRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String authority, String name, String user, Long basedOn, List<ScenarioPost> posts) {
		long id = jdbc.sql("""
				INSERT INTO scenario (authority_code, name, created_by, based_on)
				VALUES (:a, :name, :user, :basedOn) RETURNING id
				""")
			.param("a", authority)
			.param("name", name)
			.param("user", user)
			.param("basedOn", basedOn)
			.query(Long.class)
			.single();
		for (int i = 0; i < posts.size(); i++) {
			ScenarioPost p = posts.get(i);
			jdbc.sql("""
					INSERT INTO scenario_post (scenario_id, position, name, status, small_area_codes)
					VALUES (:s, :position, :name, :status, :codes)
					""")
				.param("s", id)
				.param("position", i + 1)
				.param("name", p.name())
				.param("status", p.status().name())
				.param("codes", p.smallAreas().toArray(String[]::new))
				.update();
		}
		return id;
	}

	/** Every scenario of the council, newest first, each with its posts in order. */
	List<Scenario> all(String authority) {
		Map<Long, List<ScenarioPost>> posts = new HashMap<>();
		jdbc.sql("""
				SELECT p.scenario_id, p.name, p.status, p.small_area_codes FROM scenario_post p
				JOIN scenario s ON s.id = p.scenario_id
				WHERE s.authority_code = :a ORDER BY p.scenario_id, p.position
				""").param("a", authority).query(rs -> {
			posts.computeIfAbsent(rs.getLong("scenario_id"), k -> new ArrayList<>()).add(post(rs));
		});
		return jdbc.sql("""
				SELECT id, name, version, created_by, created_at, based_on FROM scenario
				WHERE authority_code = :a ORDER BY created_at DESC, id DESC
				""")
			.param("a", authority)
			.query((rs, n) -> scenario(rs, posts.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<Scenario> find(String authority, long id) {
		List<ScenarioPost> posts = jdbc.sql("""
				SELECT name, status, small_area_codes FROM scenario_post WHERE scenario_id = :s ORDER BY position
				""").param("s", id).query((rs, n) -> post(rs)).list();
		return jdbc.sql("""
				SELECT id, name, version, created_by, created_at, based_on FROM scenario
				WHERE id = :s AND authority_code = :a
				""").param("s", id).param("a", authority).query((rs, n) -> scenario(rs, posts)).optional();
	}

	/**
	 * @return false when the scenario is not at {@code version} (or is gone)
	 */
	boolean rename(String authority, long id, int version, String name) {
		return jdbc.sql("""
				UPDATE scenario SET name = :name, version = version + 1
				WHERE id = :s AND authority_code = :a AND version = :v
				""").param("name", name).param("s", id).param("a", authority).param("v", version).update() == 1;
	}

	/**
	 * @return false when the scenario is not at {@code version} (or is gone)
	 */
	boolean delete(long id, int version) {
		return jdbc.sql("DELETE FROM scenario WHERE id = :s AND version = :v")
			.param("s", id)
			.param("v", version)
			.update() == 1;
	}

	private static Scenario scenario(ResultSet rs, List<ScenarioPost> posts) throws SQLException {
		return new Scenario(rs.getLong("id"), rs.getString("name"), rs.getInt("version"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("based_on", Long.class), posts);
	}

	private static ScenarioPost post(ResultSet rs) throws SQLException {
		Array codes = rs.getArray("small_area_codes");
		return new ScenarioPost(rs.getString("name"), PostStatus.valueOf(rs.getString("status")),
				Arrays.asList((String[]) codes.getArray()));
	}

}
