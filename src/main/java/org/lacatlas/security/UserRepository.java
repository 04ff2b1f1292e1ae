package org.lacatlas.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	record StoredUser(String username, String passwordHash, Role role, boolean enabled) {
	}

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredUser> find(String username) {
		return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new StoredUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.optional();
	}

	List<UserAccount> all() {
		return jdbc.sql("SELECT username, role, enabled, created_at FROM app_user ORDER BY username")
			.query((rs, n) -> new UserAccount(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getObject(4, java.time.OffsetDateTime.class)))
			.list();
	}

	/** Inserts unless the name is taken; returns whether it was inserted. */
	boolean insert(String username, String passwordHash, Role role) {
		return jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role) VALUES (:u, :h, :r)
				ON CONFLICT (username) DO NOTHING
				""").param("u", username).param("h", passwordHash).param("r", role.name()).update() == 1;
	}

	boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("UPDATE app_user SET enabled = :e WHERE username = :u")
			.param("e", enabled)
			.param("u", username)
			.update() == 1;
	}

	void setPassword(String username, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = :h WHERE username = :u")
			.param("h", passwordHash)
			.param("u", username)
			.update();
	}

}
