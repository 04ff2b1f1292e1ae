package org.lacatlas.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Imports many assets at once from CSV or a GeoJSON FeatureCollection, all or nothing,
 * inside {@link AssetCatalogue}'s transaction. Every row is checked first and every fault
 * reported (problem+json {@code errors}, each with its row); then the rows are added and
 * likely duplicates found: the same name, ignoring case, within
 * {@code lacatlas.assets.duplicate-metres} of an existing asset or of another imported
 * row. Duplicates refuse the import unless the caller says {@code allowDuplicates}; they
 * are never merged silently. Coordinators' rows are proposed, as if added one by one.
 */
@Component
class AssetImporter {

	/**
	 * What an import did (or, for a dry run, would do).
	 *
	 * @param duplicates likely duplicates that were accepted because the caller allowed
	 * them
	 */
	record ImportResult(int imported, List<Long> ids, boolean dryRun, List<FieldError> duplicates) {
	}

	private final AssetEditor editor;

	private final AssetWriteRepository writes;

	private final AssetCategories categories;

	private final AssetProperties properties;

	private final ObjectMapper json;

	AssetImporter(AssetEditor editor, AssetWriteRepository writes, AssetCategories categories,
			AssetProperties properties, ObjectMapper json) {
		this.editor = editor;
		this.writes = writes;
		this.categories = categories;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * @param csv whether the body is CSV (else GeoJSON)
	 * @return what was imported; throws {@link AssetRejected} when anything is wrong
	 */
	ImportResult importAssets(byte[] body, boolean csv, boolean allowDuplicates, Viewer importer) {
		List<JsonNode> features = csv ? AssetCsv.features(new String(body, StandardCharsets.UTF_8)) : features(body);
		List<AssetDraft> drafts = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			var read = AssetDraftReader.read(features.get(i), categories.codes(), !csv);
			int row = i + 1;
			read.errors().forEach(e -> errors.add(e.inRow(row)));
			if (read.draft() != null && "closed".equals(read.draft().status())) {
				errors
					.add(FieldError.of("status", "an imported asset is proposed or published, not closed").inRow(row));
			}
			drafts.add(read.draft());
		}
		if (features.isEmpty()) {
			errors.add(FieldError.of("body", "has no assets to import"));
		}
		if (errors.isEmpty()) {
			errors.addAll(editor.outsideArea(drafts, importer.council()));
		}
		if (!errors.isEmpty()) {
			throw new AssetRejected("Import refused", errors);
		}
		List<Long> ids = new ArrayList<>();
		for (AssetDraft draft : drafts) {
			ids.add(writes.insert(importer.council(), draft, status(draft, importer), importer.username(), "import"));
		}
		List<FieldError> duplicates = duplicates(ids);
		if (!duplicates.isEmpty() && !allowDuplicates) {
			throw new AssetRejected("Import refused: likely duplicates", duplicates);
		}
		return new ImportResult(ids.size(), ids, false, duplicates);
	}

	private static String status(AssetDraft draft, Viewer importer) {
		return importer.planner() && draft.status() != null ? draft.status()
				: importer.planner() ? "published" : "proposed";
	}

	private List<JsonNode> features(byte[] body) {
		JsonNode collection;
		try {
			collection = json.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw AssetRejected.of("body", "is not JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asText())
				|| !collection.path("features").isArray()) {
			throw AssetRejected.of("body", "must be a GeoJSON FeatureCollection (or send text/csv)");
		}
		List<JsonNode> features = new ArrayList<>();
		collection.path("features").forEach(features::add);
		return features;
	}

	private List<FieldError> duplicates(List<Long> ids) {
		List<FieldError> found = new ArrayList<>();
		for (var d : writes.duplicates(ids, properties.duplicateMetres())) {
			int row = ids.indexOf(d.assetId()) + 1;
			int otherRow = ids.indexOf(d.otherId()) + 1;
			String other = otherRow > 0 ? "row " + otherRow
					: "asset " + d.otherId() + " '" + d.otherName() + "' (" + d.otherStatus() + ")";
			found.add(FieldError.of("name",
					String.format(Locale.ROOT,
							"has the same name as %s, %.0f m away: likely a duplicate. "
									+ "Remove the row, or import with allowDuplicates=true to add it anyway",
							other, d.metres()))
				.inRow(row));
		}
		return found;
	}

}
