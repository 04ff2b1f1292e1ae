package org.lacatlas.introduction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.lacatlas.system.VersionedCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The introduction density as Mapbox vector tiles (layer {@code introduction-density},
 * built by {@code ST_AsMVT}), for maps of councils too big for one GeoJSON answer. Each
 * hexagon carries exactly the properties of the GeoJSON density
 * ({@link Introductions#density}) for the same cell size and period, through the same
 * disclosure control: a count is 0, a multiple of k or "&lt;k", never 1 to k−1.
 * <p>
 * A tile's {@link #version} digests everything its content depends on (council, cell
 * size, period, k, and when the council's releases were made), so it serves as an ETag
 * that changes whenever the tile could, and only then: recording an introduction does not
 * change it, since only releases are published. The published hexagons of the whole
 * council are kept under that version, and so are the tiles built
 * ({@link VersionedCache}): the tiles of one map cost one density query.
 */
@Service
public class DensityTiles {

	private final DensityPublication publication;

	private final DensityRepository repository;

	private final DensityGeoJson geoJson;

	private final ObjectMapper json;

	private final IntroductionReleases releases;

	private final VersionedCache cache;

	DensityTiles(DensityPublication publication, DensityRepository repository, IntroductionReleases releases,
			VersionedCache cache, ObjectMapper json) {
		this.publication = publication;
		this.releases = releases;
		this.cache = cache;
		this.repository = repository;
		this.json = json;
		this.geoJson = new DensityGeoJson(json);
	}

	/**
	 * What a tile's content depends on, as opaque ETag text: a digest of the cell size,
	 * the period, k and when the council's releases were made. It changes when one of its
	 * releases is made or remade (as after an import of its geography), and never when an
	 * introduction is recorded or another council changes; it carries no count. Read it
	 * before building the tile.
	 * @param from first month ({@code 2013-06}), or null as for the GeoJSON density
	 * @param to last month, or null
	 * @throws IllegalArgumentException for a cell size or period the GeoJSON density
	 * refuses
	 */
	@Transactional(readOnly = true)
	public String version(String authority, int cellSize, String from, String to) {
		DensityPublication.checkCellSize(cellSize);
		Period period = releases.period(authority, from, to, true);
		// the council's own releases, not the server-wide data versions: another
		// council's
		// release or import must not move this council's ETag. An import of this
		// council's
		// geography remakes its releases (PostcodeSectorLoader), which moves the stamp.
		return digest(authority + " k" + publication.k() + " " + cellSize + "m " + period.from() + " " + period.to()
				+ " " + releases.stamp(authority));
	}

	/**
	 * One tile of the density, web-mercator {@code z/x/y}; empty where no hexagon meets
	 * it. Its content is at least as new as the {@link #version} read before it.
	 */
	@Transactional(readOnly = true)
	public byte[] tile(String authority, int cellSize, String from, String to, int z, int x, int y) {
		String version = version(authority, cellSize, from, to);
		Period period = releases.period(authority, from, to, true);
		// Two lookups one after the other, never one inside the other's build (the cache
		// cannot compute an entry while computing another).
		String hexagons = cache.get("introduction-density hexagons", version, authority,
				() -> hexagonsJson(publication.hexagons(authority, period, cellSize, true)));
		return cache.get("introduction-density tile", version, authority + " " + z + "/" + x + "/" + y,
				() -> repository.tile(cellSize, hexagons, z, x, y));
	}

	/**
	 * The first 20 hex digits of the SHA-256 of the text: names a version, counts
	 * nothing.
	 */
	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private String hexagonsJson(List<DensityGeoJson.Published> hexagons) {
		ArrayNode array = json.createArrayNode();
		for (DensityGeoJson.Published h : hexagons) {
			array.addObject().put("i", h.raw().i()).put("j", h.raw().j()).set("properties", geoJson.properties(h));
		}
		return array.toString();
	}

}
