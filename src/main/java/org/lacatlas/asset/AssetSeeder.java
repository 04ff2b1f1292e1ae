package org.lacatlas.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the open-data assets of {@code lacatlas.assets.seed} (Thurrock's GP practices,
 * pharmacies, libraries, schools, cafes, halls and clubs) once the app is ready, in every
 * profile. Idempotent: a feature whose source and id are already stored is skipped, so
 * coordinators' edits and closures of seeded assets survive restarts, and an unchanged
 * file (same checksum) is not read again. Seeded assets are published, with their source,
 * licence and the dataset's attribution kept.
 */
@Component
class AssetSeeder {

	private static final Logger log = LoggerFactory.getLogger(AssetSeeder.class);

	/** The seed file's categories in the LAC Atlas taxonomy. */
	static final Map<String, String> CATEGORIES = Map.of("school", "school", "cafe", "community-cafe", "early_years",
			"children-families", "pharmacy", "pharmacy", "gp_surgery", "gp-surgery", "community_centre",
			"community-centre", "library", "library", "sports_club", "sports-leisure", "lunch_club", "lunch-club");

	private final AssetProperties properties;

	private final ResourceLoader resources;

	private final AssetWriteRepository writes;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	AssetSeeder(AssetProperties properties, ResourceLoader resources, AssetWriteRepository writes, JdbcClient jdbc,
			TransactionTemplate transaction, ObjectMapper json) {
		this.properties = properties;
		this.resources = resources;
		this.writes = writes;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (properties.seed() == null || properties.seed().isBlank()) {
			return;
		}
		byte[] file;
		try (InputStream in = resources.getResource(properties.seed()).getInputStream()) {
			file = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the asset seed " + properties.seed(), ex);
		}
		transaction.executeWithoutResult(status -> seed(file));
	}

	private void seed(byte[] file) {
		String checksum = sha256(file);
		JsonNode collection = read(file);
		String dataset = collection.path("name").asText(properties.seed());
		boolean unchanged = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM asset_dataset WHERE name = :name AND checksum = :sum)")
			.param("name", dataset)
			.param("sum", checksum)
			.query(Boolean.class)
			.single();
		if (unchanged) {
			log.info("Asset seed {} is already loaded; nothing to add", dataset);
			return;
		}
		int added = 0;
		for (JsonNode feature : collection.path("features")) {
			JsonNode p = feature.path("properties");
			added += writes.insertSeed(draft(feature), p.path("id").asText(), p.path("licence").asText(null))
				.isPresent() ? 1 : 0;
		}
		jdbc.sql("""
				INSERT INTO asset_dataset (name, attribution, checksum, features) VALUES (:name, :attribution, :sum, :n)
				ON CONFLICT (name) DO UPDATE SET attribution = EXCLUDED.attribution, checksum = EXCLUDED.checksum,
					features = EXCLUDED.features, loaded_at = now()
				""")
			.param("name", dataset)
			.param("attribution", collection.path("attribution").asText(""))
			.param("sum", checksum)
			.param("n", collection.path("features").size())
			.update();
		log.info("Seeded {} new assets from {} ({} features in the file)", added, dataset,
				collection.path("features").size());
	}

	/**
	 * A seed feature as a draft: subcategory and guesses become tags, vintage goes in the
	 * source.
	 */
	static AssetDraft draft(JsonNode feature) {
		JsonNode p = feature.path("properties");
		String category = CATEGORIES.get(p.path("category").asText());
		if (category == null) {
			throw new IllegalStateException("The asset seed has an unmapped category: " + p.path("category"));
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

	private JsonNode read(byte[] file) {
		try {
			return json.readTree(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The asset seed is not JSON", ex);
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
