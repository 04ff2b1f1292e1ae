package org.lacatlas.ogc;

import java.util.List;
import java.util.Optional;

import org.lacatlas.system.DataVersions.Topic;

/**
 * The collections served, each a SQL source with an integer-or-text {@code id}, a
 * {@code geom} in EPSG:27700 and its properties. Sources are fixed text, never built from
 * a request.
 */
final class FeatureCollections {

	/**
	 * @param signedIn whether only signed-in users may read it; such a collection holds
	 * one council's data, the reader's, and its source names it as {@code :council}
	 * @param source a SELECT giving {@code id}, {@code geom} (27700) and the properties
	 * @param properties the property columns of {@code source}, as named there
	 * @param topics the kinds of data it is built from, for its data version
	 */
	record Collection(String id, String title, String description, boolean signedIn, String source,
			List<String> properties, Topic... topics) {

		/**
		 * The properties as a JSON object of row {@code src}, without touching the
		 * geometry.
		 */
		String propertiesJson() {
			return "json_build_object("
					+ String.join(", ", properties.stream().map(p -> "'" + p + "', src.\"" + p + "\"").toList()) + ")";
		}

		/** The properties as columns of row {@code src}, for a vector tile. */
		String propertyColumns() {
			return String.join(", ", properties.stream().map(p -> "src.\"" + p + "\"").toList());
		}

	}

	static final List<Collection> ALL = List.of(
			new Collection("wards", "Electoral wards",
					"Wards with Census 2021 residents and residents 65+ (sums of their best-fit small areas).", false,
					"""
							SELECT w.code AS id, w.name, w.authority_code AS "authorityCode",
								coalesce(sum(s.residents), 0) AS residents, coalesce(sum(s.residents_65_plus), 0) AS "residents65Plus",
								w.geom
							FROM ward w LEFT JOIN small_area s ON s.ward_code = w.code
							GROUP BY w.code
							""",
					List.of("name", "authorityCode", "residents", "residents65Plus"), Topic.GEOGRAPHY),
			new Collection("small-areas", "Small areas (LSOA 2021)",
					"Lower layer super output areas with Census 2021 residents, residents 65+, IMD 2025 decile and best-fit ward.",
					false, """
							SELECT s.code AS id, s.name, s.residents, s.residents_65_plus AS "residents65Plus",
								s.imd_decile AS "imdDecile", s.ward_code AS "wardCode", s.geom
							FROM small_area s
							""", List.of("name", "residents", "residents65Plus", "imdDecile", "wardCode"),
					Topic.GEOGRAPHY),
			new Collection("neighbourhoods", "LAC neighbourhoods",
					"Neighbourhoods of the council's plan with residents and their coordinator post, if any.", true,
					"""
							SELECT n.id, n.name, sum(s.residents) AS residents, sum(s.residents_65_plus) AS "residents65Plus",
								p.name AS "coordinatorPost", p.status AS "postStatus", n.outline AS geom
							FROM neighbourhood n
							JOIN neighbourhood_plan np ON np.id = n.plan_id AND np.authority_code = :council
							JOIN neighbourhood_area na ON na.neighbourhood_id = n.id
							JOIN small_area s ON s.code = na.small_area_code
							LEFT JOIN coordinator_post p ON p.neighbourhood_id = n.id
							GROUP BY n.id, p.name, p.status
							""",
					List.of("name", "residents", "residents65Plus", "coordinatorPost", "postStatus"), Topic.GEOGRAPHY,
					Topic.NEIGHBOURHOODS),
			new Collection("assets", "Community assets (published)",
					"Published community assets: libraries, lunch clubs, surgeries, groups and more.", true, """
							SELECT a.id, a.name, a.category, a.description, a.website, a.phone, a.geom
							FROM asset a WHERE a.status = 'published' AND a.authority_code = :council
							""", List.of("name", "category", "description", "website", "phone"), Topic.ASSETS));

	private FeatureCollections() {
	}

	static Optional<Collection> find(String id) {
		return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
	}

}
