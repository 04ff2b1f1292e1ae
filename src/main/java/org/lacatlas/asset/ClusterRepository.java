package org.lacatlas.asset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Server-side marker clusters: matching assets grouped by a square grid in EPSG:27700
 * ({@code ST_SnapToGrid}) whose cell is about 60 screen pixels at the map's zoom. One
 * pass over the box's assets using the GiST index, so it scales to hundreds of thousands
 * of assets where a browser clusterer would not; the grid is also what makes clusters
 * stable as the map pans.
 */
@Repository
class ClusterRepository {

	/** Cell width in pixels. */
	static final double CELL_PIXELS = 60;

	/** Clusters of at most this many assets list their members. */
	static final int MEMBERS_LISTED = 10;

	private final JdbcClient jdbc;

	ClusterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A FeatureCollection of cluster points (WGS84) with {@code count}, the most common
	 * {@code category}, the cluster's {@code bbox} [w, s, e, n], and {@code members} (id,
	 * name, category, status) when there are at most {@value #MEMBERS_LISTED}.
	 * @param cellMetres grid cell width in metres
	 */
	String clusters(AssetFilter filter, double cellMetres) {
		return jdbc
			.sql("""
					SELECT json_build_object('type', 'FeatureCollection',
						'features', coalesce(json_agg(ST_AsGeoJSON(f.*, 'geom', 6)::json ORDER BY f.count DESC), '[]'::json))::text
					FROM (
						SELECT g.count, g.category, g.members,
							json_build_array(round(ST_XMin(g.env)::numeric, 6), round(ST_YMin(g.env)::numeric, 6),
								round(ST_XMax(g.env)::numeric, 6), round(ST_YMax(g.env)::numeric, 6)) AS bbox,
							g.geom
						FROM (
							SELECT count(*) AS count, mode() WITHIN GROUP (ORDER BY a.category) AS category,
								CASE WHEN count(*) <= :listed THEN json_agg(json_build_object('id', a.id, 'name', a.name,
									'category', a.category, 'status', a.status) ORDER BY lower(a.name), a.id) END AS members,
								ST_Transform(ST_Envelope(ST_Collect(a.geom)), 4326) AS env,
								ST_Transform(ST_Centroid(ST_Collect(a.geom)), 4326) AS geom
							FROM asset a
							WHERE %s
							GROUP BY ST_SnapToGrid(a.geom, :cell)
						) g
					) f
					"""
				.formatted(filter.where()))
			.params(filter.params())
			.param("listed", MEMBERS_LISTED)
			.param("cell", cellMetres)
			.query(String.class)
			.single();
	}

	/**
	 * Grid cell width for a web-map zoom level at a latitude: {@value #CELL_PIXELS}
	 * pixels of 256-pixel web-mercator tiles, in metres on the ground.
	 */
	static double cellMetres(double zoom, double latitude) {
		return CELL_PIXELS * 156_543.033_92 * Math.cos(Math.toRadians(latitude)) / Math.pow(2, zoom);
	}

}
