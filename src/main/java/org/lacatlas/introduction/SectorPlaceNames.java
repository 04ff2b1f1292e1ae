package org.lacatlas.introduction;

import java.util.List;

import org.lacatlas.geography.FoundPlace;
import org.lacatlas.geography.PostcodeSectorNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The council's postcode sectors for the place search: the sector's mean postcode point
 * and the box of its outline (or of that point where it has none), EPSG:27700 stored,
 * WGS84 answered. The typed code is compared with {@code starts_with}, never as a LIKE
 * pattern.
 */
@Repository
class SectorPlaceNames implements PostcodeSectorNames {

	private static final String FIND = """
			SELECT 'postcode-sector' AS kind, s.code AS name, s.label, ST_X(ST_Transform(s.centroid, 4326)) AS lon,
				ST_Y(ST_Transform(s.centroid, 4326)) AS lat, true AS has_box,
				ST_XMin(b.box) AS west, ST_YMin(b.box) AS south, ST_XMax(b.box) AS east, ST_YMax(b.box) AS north
			FROM postcode_sector s
			CROSS JOIN LATERAL (SELECT ST_Transform(ST_Envelope(coalesce(s.geom, s.centroid)), 4326)::box2d AS box) b
			WHERE s.authority_code = :authority AND starts_with(replace(s.code, ' ', ''), :compact)
			ORDER BY s.code
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	SectorPlaceNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FoundPlace> startingWith(String compact, String authority, int limit) {
		return jdbc.sql(FIND)
			.param("compact", compact)
			.param("authority", authority)
			.param("limit", limit)
			.query((rs, n) -> FoundPlace.read(rs))
			.list();
	}

}
