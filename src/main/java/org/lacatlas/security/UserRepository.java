package org.lacatlas.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	record StoredUser(String username, String passwordHash, Role role, String council, List<String> wards,
			boolean enabled) {
	}

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredUser> find(String username) {
		return jdbc
			.sql("SELECT username, password_hash, role, council_code, wards, enabled FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new StoredUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), strings(rs.getArray(5)), rs.getBoolean(6)))
			.optional();
	}

	/** The council's users, or every user when {@code council} is null. */
	List<UserAccount> all(String council) {
		return jdbc.sql("""
				SELECT username, role, council_code, wards, enabled, created_at FROM app_user
				WHERE CAST(:council AS text) IS NULL OR council_code = :council
				ORDER BY username
				""").param("council", council).query(UserRepository::account).list();
	}

	Optional<UserAccount> account(String username) {
		return jdbc
			.sql("SELECT username, role, council_code, wards, enabled, created_at FROM app_user WHERE username = :u")
			.param("u", username)
			.query(UserRepository::account)
			.optional();
	}

	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
	}

	/** Inserts unless the name is taken; returns whether it was inserted. */
	boolean insert(String username, String passwordHash, Role role, String council, List<String> wards) {
		return jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, council_code, wards)
				VALUES (:u, :h, :r, :c, CAST(:w AS text[]))
				ON CONFLICT (username) DO NOTHING
				""")
			.param("u", username)
			.param("h", passwordHash)
			.param("r", role.name())
			.param("c", council)
			.param("w", wards.toArray(String[]::new))
			.update() == 1;
	}

	boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("UPDATE app_user SET enabled = :e WHERE username = :u")
			.param("e", enabled)
			.param("u", username)
			.update() == 1;
	}

	void setRole(String username, Role role) {
		jdbc.sql(
				"UPDATE app_user SET role = :r, wards = CASE WHEN :r = 'COUNCILLOR' THEN wards ELSE '{}' END WHERE username = :u")
			.param("r", role.name())
			.param("u", username)
			.update();
	}

	/**
	 * Enabled users of the role and council other than {@code username}, counted with all
	 * of them locked (in one order) so two administrators cannot disable each other at
	 * once.
	 */
	int otherEnabled(Role role, String council, String username) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE enabled AND username <> :u) FROM (SELECT username, enabled FROM app_user
				WHERE role = :r AND council_code IS NOT DISTINCT FROM CAST(:c AS text)
				ORDER BY username FOR UPDATE) AS admins
				""").param("r", role.name()).param("c", council).param("u", username).query(Integer.class).single();
	}

	/** Ends every session of the user (Spring Session indexes them by principal name). */
	void endSessions(String username) {
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", username).update();
	}

	void reset(String username, String passwordHash, Role role, String council, List<String> wards) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = :h, role = :r, council_code = :c, wards = CAST(:w AS text[])
				WHERE username = :u
				""")
			.param("h", passwordHash)
			.param("r", role.name())
			.param("c", council)
			.param("w", wards.toArray(String[]::new))
			.param("u", username)
			.update();
	}

	/** Which of the codes are not wards of the council. */
	List<String> notWardsOf(String council, List<String> wards) {
		return jdbc.sql("""
				SELECT w FROM unnest(CAST(:w AS text[])) AS w
				WHERE NOT EXISTS (SELECT 1 FROM ward WHERE code = w AND authority_code = :c)
				""").param("w", wards.toArray(String[]::new)).param("c", council).query(String.class).list();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), strings(rs.getArray(4)),
				rs.getBoolean(5), rs.getObject(6, java.time.OffsetDateTime.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
