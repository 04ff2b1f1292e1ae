package org.lacatlas.planning;

import java.util.Collection;
import java.util.List;

import org.lacatlas.geography.SmallAreaUses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved scenarios whose patches name small areas an import would remove: a scenario is a
 * record of a decision and is never changed behind the planner's back.
 */
@Component
class ScenarioAreaUses implements SmallAreaUses {

	private final JdbcClient jdbc;

	ScenarioAreaUses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> usesOf(String authority, Collection<String> codes) {
		return jdbc.sql("""
				SELECT format('scenario "%s" (id %s) names %s in its patches: delete the scenario, or keep the '
					'areas in the files', s.name, s.id, string_agg(DISTINCT c, ', '))
				FROM scenario s
				JOIN scenario_post sp ON sp.scenario_id = s.id
				CROSS JOIN LATERAL unnest(sp.small_area_codes) AS c
				WHERE s.authority_code = :authority AND c = ANY (CAST(:codes AS text[]))
				GROUP BY s.id, s.name ORDER BY s.id
				""")
			.param("authority", authority)
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

}
