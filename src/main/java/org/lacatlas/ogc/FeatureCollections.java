package org.lacatlas.ogc;

import java.util.List;
import java.util.Optional;

import org.lacatlas.system.DataVersions.Topic;

/**
 * The collections served, each a SQL source with an {@code id} (integer or text), an
 * {@code mvt_id} (a non-negative bigint: the vector-tile feature id), a {@code geom} in
 * EPSG:27700 and its properties. Sources are fixed text, never built from a request, and
 * hold one council's data: the {@code :council} parameter. Figures summed over small
 * areas come from a {@code LATERAL} subquery, so a box or tile filter on {@code geom}
 * reaches the stored table's index rather than waiting for every row to be summed.
 * <p>
 * Text ids (ONS codes) get a tile feature id from {@code hashtextextended}: 63 bits, so
 * two of England's 189,000 small areas share one with odds of about one in 500 million;
 * the code itself is always the {@code id} property.
 */
final class FeatureCollections {

	/** What a property holds, as JSON Schema names it. */
	enum Kind {

		STRING, INTEGER, NUMBER;

		String jsonType() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		boolean numeric() {
			return this != STRING;
		}

	}

	/** A property of a collection: filterable (a queryable) and shown in tiles. */
	record Property(String name, Kind kind, String description) {
	}

	/**
	 * @param signedIn whether only signed-in users may read it, and only their own
	 * council's
	 * @param integerIds whether its ids are integers (else text)
	 * @param source a SELECT giving {@code id}, {@code mvt_id}, {@code geom} (27700) and
	 * the properties
	 * @param properties the property columns of {@code source}, as named there
	 * @param topics the kinds of data it is built from, for its data version
	 */
	record Collection(String id, String title, String description, boolean signedIn, boolean integerIds, String source,
			List<Property> properties, Topic... topics) {

		/** The properties as a JSON object of row {@code src}. */
		String propertiesJson() {
			return "json_build_object("
					+ String.join(", ", properties.stream().map(p -> "'" + p.name() + "', " + column(p)).toList())
					+ ")";
		}

		/** The properties as columns of row {@code src}, for a vector tile. */
		String propertyColumns() {
			return String.join(", ", properties.stream().map(Collection::column).toList());
		}

		Optional<Property> property(String name) {
			return properties.stream().filter(p -> p.name().equals(name)).findFirst();
		}

		/** The SQL column of a property (names are fixed text from this class). */
		static String column(Property p) {
			return "src.\"" + p.name() + "\"";
		}

	}

	private static final String TEXT_MVT_ID = "hashtextextended(%s, 0) & 9223372036854775807";

	static final Collection WARDS = new Collection("wards", "Electoral wards",
			"Wards with Census 2021 residents and residents 65+ (sums of their best-fit small areas).", false, false,
			"""
					SELECT w.code AS id, %s AS mvt_id, w.name, w.authority_code AS "authorityCode",
						r.residents, r."residents65Plus", w.geom
					FROM ward w, LATERAL (SELECT coalesce(sum(s.residents), 0) AS residents,
						coalesce(sum(s.residents_65_plus), 0) AS "residents65Plus"
						FROM small_area s WHERE s.ward_code = w.code) r
					WHERE w.authority_code = :council
					""".formatted(TEXT_MVT_ID.formatted("w.code")),
			List.of(new Property("name", Kind.STRING, "Ward name"),
					new Property("authorityCode", Kind.STRING, "ONS code of the council"),
					new Property("residents", Kind.INTEGER, "Census 2021 residents of its best-fit small areas"),
					new Property("residents65Plus", Kind.INTEGER, "Of them, residents aged 65 or more")),
			Topic.GEOGRAPHY);

	static final Collection SMALL_AREAS = new Collection("small-areas", "Small areas (LSOA 2021)",
			"Lower layer super output areas with Census 2021 residents, residents 65+, IMD 2025 decile and best-fit ward.",
			false, false, """
					SELECT s.code AS id, %s AS mvt_id, s.name, s.residents, s.residents_65_plus AS "residents65Plus",
						s.imd_decile AS "imdDecile", s.ward_code AS "wardCode", s.geom
					FROM small_area s WHERE s.authority_code = :council
					""".formatted(TEXT_MVT_ID.formatted("s.code")),
			List.of(new Property("name", Kind.STRING, "Small area name"),
					new Property("residents", Kind.INTEGER, "Census 2021 residents"),
					new Property("residents65Plus", Kind.INTEGER, "Residents aged 65 or more"),
					new Property("imdDecile", Kind.INTEGER,
							"Index of Multiple Deprivation 2025 decile (1 most deprived)"),
					new Property("wardCode", Kind.STRING, "ONS code of the ward that best fits it")),
			Topic.GEOGRAPHY);

	static final Collection NEIGHBOURHOODS = new Collection("neighbourhoods", "LAC neighbourhoods",
			"Neighbourhoods of the council's plan with residents and their coordinator post, if any.", true, true, """
					SELECT n.id, n.id AS mvt_id, n.name, r.residents, r."residents65Plus",
						p.name AS "coordinatorPost", p.status AS "postStatus", n.outline AS geom
					FROM neighbourhood n
					JOIN neighbourhood_plan np ON np.id = n.plan_id AND np.authority_code = :council
					LEFT JOIN coordinator_post p ON p.neighbourhood_id = n.id
					CROSS JOIN LATERAL (SELECT coalesce(sum(s.residents), 0) AS residents,
						coalesce(sum(s.residents_65_plus), 0) AS "residents65Plus"
						FROM neighbourhood_area na JOIN small_area s ON s.code = na.small_area_code
						WHERE na.neighbourhood_id = n.id) r
					""",
			List.of(new Property("name", Kind.STRING, "Neighbourhood name"),
					new Property("residents", Kind.INTEGER, "Census 2021 residents of its small areas"),
					new Property("residents65Plus", Kind.INTEGER, "Of them, residents aged 65 or more"),
					new Property("coordinatorPost", Kind.STRING, "The coordinator post whose patch it is"),
					new Property("postStatus", Kind.STRING, "IN_POST, VACANT or PROPOSED")),
			Topic.GEOGRAPHY, Topic.NEIGHBOURHOODS);

	static final Collection ASSETS = new Collection("assets", "Community assets (published)",
			"Published community assets: libraries, lunch clubs, surgeries, groups and more.", true, true, """
					SELECT a.id, a.id AS mvt_id, a.name, a.category, a.description, a.website, a.phone, a.geom
					FROM asset a WHERE a.status = 'published' AND a.authority_code = :council
					""",
			List.of(new Property("name", Kind.STRING, "Name"),
					new Property("category", Kind.STRING, "Category code, e.g. library or lunch-club"),
					new Property("description", Kind.STRING, "What it offers"),
					new Property("website", Kind.STRING, "Web address"), new Property("phone", Kind.STRING, "Phone")),
			Topic.ASSETS);

	static final List<Collection> ALL = List.of(WARDS, SMALL_AREAS, NEIGHBOURHOODS, ASSETS);

	private FeatureCollections() {
	}

	static Optional<Collection> find(String id) {
		return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
	}

}
