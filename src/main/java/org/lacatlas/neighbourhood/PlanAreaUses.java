package org.lacatlas.neighbourhood;

import java.util.Collection;
import java.util.List;

import org.lacatlas.geography.SmallAreaUses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The council's neighbourhoods that hold small areas an import would remove. */
@Component
class PlanAreaUses implements SmallAreaUses {

	private final JdbcClient jdbc;

	PlanAreaUses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> usesOf(String authority, Collection<String> codes) {
		return jdbc
			.sql("""
					SELECT format('neighbourhood %s of the plan holds %s: move them to other neighbourhoods, or import a plan '
						'without them, before importing these boundaries', n.name, string_agg(na.small_area_code, ', '
						ORDER BY na.small_area_code))
					FROM neighbourhood_plan p
					JOIN neighbourhood_area na ON na.plan_id = p.id
					JOIN neighbourhood n ON n.id = na.neighbourhood_id
					WHERE p.authority_code = :authority AND na.small_area_code = ANY (CAST(:codes AS text[]))
					GROUP BY n.name ORDER BY n.name
					""")
			.param("authority", authority)
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

}
