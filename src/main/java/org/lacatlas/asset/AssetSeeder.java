package org.lacatlas.asset;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lacatlas.geography.GeographyImportException;
import org.lacatlas.geography.GeographyImported;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the open-data assets a council's import manifest names (Thurrock's GP practices,
 * pharmacies, libraries, schools, cafes, halls and clubs), inside the import's
 * transaction, as that council's published assets. Idempotent: a feature whose source and
 * id the council already has is skipped, so coordinators' edits and closures of seeded
 * assets survive another import, and an unchanged file (same checksum) is not read again.
 * Seeded assets keep their source, licence and the dataset's attribution. A fault in the
 * file refuses the whole import.
 */
@Component
class AssetSeeder {

	private static final Logger log = LoggerFactory.getLogger(AssetSeeder.class);

	/** The seed file's categories in the LAC Atlas taxonomy. */
	static final Map<String, String> CATEGORIES = Map.of("school", "school", "cafe", "community-cafe", "early_years",
			"children-families", "pharmacy", "pharmacy", "gp_surgery", "gp-surgery", "community_centre",
			"community-centre", "library", "library", "sports_club", "sports-leisure", "lunch_club", "lunch-club");

	private final AssetWriteRepository writes;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AssetSeeder(AssetWriteRepository writes, JdbcClient jdbc, ObjectMapper json) {
		this.writes = writes;
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	@Order(20)
	void imported(GeographyImported event) {
		if (event.assets() == null) {
			return;
		}
		byte[] file;
		try (InputStream in = event.assets().file().getInputStream()) {
			file = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new GeographyImportException(
					List.of(event.assets().name() + ": cannot be read (" + ex.getMessage() + ")"));
		}
		seed(event.authorityCode(), event.assets().name(), file);
	}

	private void seed(String council, String name, byte[] file) {
		String checksum = sha256(file);
		JsonNode collection = read(name, file);
		String dataset = collection.path("name").asText(name);
		boolean unchanged = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM asset_dataset WHERE authority_code = :council AND name = :name
					AND checksum = :sum)
				""")
			.param("council", council)
			.param("name", dataset)
			.param("sum", checksum)
			.query(Boolean.class)
			.single();
		if (unchanged) {
			log.info("Asset seed {} of {} is already loaded; nothing to add", dataset, council);
			return;
		}
		List<AssetDraft> drafts = drafts(name, collection);
		int added = 0;
		int i = 0;
		for (JsonNode feature : collection.path("features")) {
			JsonNode p = feature.path("properties");
			added += writes.insertSeed(council, drafts.get(i++), p.path("id").asText(), p.path("licence").asText(null))
				.isPresent() ? 1 : 0;
		}
		jdbc.sql("""
				INSERT INTO asset_dataset (authority_code, name, attribution, checksum, features)
				VALUES (:council, :name, :attribution, :sum, :n)
				ON CONFLICT (authority_code, name) DO UPDATE SET attribution = EXCLUDED.attribution,
					checksum = EXCLUDED.checksum, features = EXCLUDED.features, loaded_at = now()
				""")
			.param("council", council)
			.param("name", dataset)
			.param("attribution", collection.path("attribution").asText(""))
			.param("sum", checksum)
			.param("n", collection.path("features").size())
			.update();
		log.info("Seeded {} new assets into {} from {} ({} features in the file)", added, council, dataset,
				collection.path("features").size());
	}

	/** Every feature as a draft, or a refusal naming each feature that cannot be one. */
	private static List<AssetDraft> drafts(String name, JsonNode collection) {
		List<AssetDraft> drafts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int n = 0;
		for (JsonNode feature : collection.path("features")) {
			n++;
			try {
				drafts.add(draft(feature));
			}
			catch (IllegalStateException ex) {
				problems.add(name + " feature " + n + ": " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new GeographyImportException(problems);
		}
		return drafts;
	}

	/**
	 * A seed feature as a draft: subcategory and guesses become tags, vintage goes in the
	 * source.
	 */
	static AssetDraft draft(JsonNode feature) {
		JsonNode p = feature.path("properties");
		String category = CATEGORIES.get(p.path("category").asText());
		if (category == null) {
			throw new IllegalStateException("unknown category " + p.path("category") + " (known: "
					+ String.join(", ", new java.util.TreeSet<>(CATEGORIES.keySet())) + ")");
		}
		List<String> tags = new ArrayList<>();
		tags.add(p.path("subcategory").asText().replace('_', ' '));
		if (p.path("category_is_heuristic").asBoolean(false)) {
			tags.add("category guessed from name");
		}
		String description = p.hasNonNull("fhrs_business_type")
				? "In the food hygiene register as " + p.get("fhrs_business_type").asText() + "." : null;
		JsonNode c = feature.path("geometry").path("coordinates");
		return new AssetDraft(p.path("name").asText(), description, category, tags, c.path(0).asDouble(),
				c.path(1).asDouble(), p.path("address").asText(null), p.path("postcode").asText(null), null, null, null,
				null, null, null, null, List.of(),
				p.path("source").asText() + " (" + p.path("source_vintage").asText() + ")", null, "published");
	}

	private JsonNode read(String name, byte[] file) {
		try {
			JsonNode collection = json.readTree(file);
			if (!collection.path("features").isArray()) {
				throw new GeographyImportException(List.of(name + ": not a GeoJSON FeatureCollection"));
			}
			return collection;
		}
		catch (IOException ex) {
			throw new GeographyImportException(List.of(name + ": not JSON (" + ex.getMessage() + ")"));
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
