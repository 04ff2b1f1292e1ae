package org.lacatlas.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CouncilRepository {

	private static final String SELECT = """
			SELECT code, name, kind, min_residents, max_residents, coordinator_cost::bigint, manager_cost::bigint, cost_source,
				social_value_ratio, social_value_source, cost_equivalents::text, attribution, version,
				caseload_per_year, caseload_source
			FROM council
			""";

	private static final TypeReference<List<Council.CostEquivalent>> EQUIVALENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	CouncilRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Council> all() {
		return jdbc.sql(SELECT + " ORDER BY name, code").query(this::council).list();
	}

	Optional<Council> find(String code) {
		return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(this::council).optional();
	}

	/**
	 * Adds the council if it is new, else refreshes what its import manifest says (name,
	 * kind when stated, attribution); the settings its administrator edits are kept.
	 */
	void register(String code, String name, CouncilKind kind, String attribution) {
		jdbc.sql("""
				INSERT INTO council (code, name, kind, attribution)
				VALUES (:code, :name, coalesce(:kind, 'area'), coalesce(:attribution, ''))
				ON CONFLICT (code) DO UPDATE SET
					kind = coalesce(:kind, council.kind),
					attribution = coalesce(:attribution, council.attribution)
				""")
			.param("code", code)
			.param("name", name)
			.param("kind", kind == null ? null : kind.word())
			.param("attribution", attribution)
			.update();
	}

	/** Returns false when {@code version} is not the stored one. */
	boolean update(String code, int version, CouncilSettings s, String by) {
		return jdbc
			.sql("""
					UPDATE council SET name = :name, kind = :kind, min_residents = :min, max_residents = :max,
						coordinator_cost = :coordinatorCost, manager_cost = :managerCost, cost_source = :costSource,
						social_value_ratio = :ratio, social_value_source = :ratioSource,
						cost_equivalents = CAST(:equivalents AS jsonb), attribution = :attribution,
						caseload_per_year = :caseload, caseload_source = :caseloadSource, version = version + 1, updated_at = now(), updated_by = :by
					WHERE code = :code AND version = :version
					""")
			.param("code", code)
			.param("version", version)
			.param("name", s.name())
			.param("kind", s.kind().word())
			.param("min", s.minResidents())
			.param("max", s.maxResidents())
			.param("coordinatorCost", s.coordinatorCost())
			.param("managerCost", s.managerCost())
			.param("costSource", s.costSource())
			.param("ratio", s.socialValueRatio())
			.param("ratioSource", s.socialValueSource())
			.param("equivalents", write(s.costEquivalents()))
			.param("attribution", s.attribution() == null ? "" : s.attribution())
			.param("caseload", s.caseloadPerYear())
			.param("caseloadSource", s.caseloadSource())
			.param("by", by)
			.update() == 1;
	}

	void setBand(String code, int min, int max, String by) {
		jdbc.sql("""
				UPDATE council SET min_residents = :min, max_residents = :max, version = version + 1,
					updated_at = now(), updated_by = :by
				WHERE code = :code AND (min_residents, max_residents) IS DISTINCT FROM (:min, :max)
				""").param("code", code).param("min", min).param("max", max).param("by", by).update();
	}

	private Council council(ResultSet rs, int row) throws SQLException {
		return new Council(rs.getString(1), rs.getString(2), CouncilKind.of(rs.getString(3)), rs.getInt(4),
				rs.getInt(5), rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getString(8),
				rs.getObject(9) == null ? null : rs.getDouble(9), rs.getString(10), read(rs.getString(11)),
				rs.getObject(14, Integer.class), rs.getString(15), rs.getString(12), rs.getInt(13));
	}

	private List<Council.CostEquivalent> read(String text) {
		try {
			return json.readValue(text, EQUIVALENTS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("council.cost_equivalents is not a list of equivalents", ex);
		}
	}

	private String write(List<Council.CostEquivalent> equivalents) {
		try {
			return json.writeValueAsString(equivalents == null ? List.of() : equivalents);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
