package org.lacatlas.asset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gaps in local opportunities by the current plan's neighbourhoods
 * ({@code by=neighbourhood}, what a coordinator's "My patch" shows for their patch):
 * every resident in one neighbourhood, the same residents beyond as the borough's.
 */
class AssetAccessByNeighbourhoodTests extends AssetApiTest {

	@Test
	void eachNeighbourhoodOfThePlanIsARowAndTheyAddUpToTheBorough() {
		JsonNode answer = getJson("coordinator", "/api/assets/access?category=library&distance=1000&by=neighbourhood");
		assertThat(answer.get("by").asText()).isEqualTo("neighbourhood");
		JsonNode rows = answer.get("areas");
		long neighbourhoods = jdbc
			.sql("""
					SELECT count(*) FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id
					WHERE p.authority_code = :a AND EXISTS (SELECT 1 FROM neighbourhood_area na WHERE na.neighbourhood_id = n.id)
					""")
			.param("a", THURROCK)
			.query(Long.class)
			.single();
		assertThat(rows).hasSize((int) neighbourhoods);
		long residents = 0, beyond = 0;
		for (JsonNode row : rows) {
			assertThat(jdbc.sql("""
					SELECT n.name FROM neighbourhood n JOIN neighbourhood_plan p ON p.id = n.plan_id
					WHERE n.id = :id AND p.authority_code = :a
					""")
				.param("id", Long.parseLong(row.get("code").asText()))
				.param("a", THURROCK)
				.query(String.class)
				.single()).isEqualTo(row.get("name").asText());
			assertThat(row.get("residentsBeyond").asLong()).isBetween(0L, row.get("residents").asLong());
			assertThat(row.get("shareBeyond").asDouble()).isBetween(0.0, 1.0);
			residents += row.get("residents").asLong();
			beyond += row.get("residentsBeyond").asLong();
		}
		// The demo plan takes in every small area, so the rows hold every resident once
		JsonNode borough = answer.get("borough").get(0);
		assertThat(residents).isEqualTo(borough.get("residents").asLong()).isEqualTo(176_003);
		assertThat(beyond).isEqualTo(borough.get("residentsBeyond").asLong());
	}

	@Test
	void aBadGroupingNamesTheNeighbourhoodOption() {
		String body = get("coordinator", "/api/assets/access?by=patch").getBody();
		assertThat(body).contains("must be ward, borough, neighbourhood or small-area");
	}

}
