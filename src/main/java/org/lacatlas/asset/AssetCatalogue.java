package org.lacatlas.asset;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Community assets: find them, read them, change them, import and export them. Every
 * method is one transaction; what each person may see follows {@link Viewer}. Changes
 * follow the rules in {@link AssetEditor}; imports those in {@link AssetImporter}.
 */
@Service
public class AssetCatalogue {

	private final AssetRepository assets;

	private final AssetCategories categories;

	private final AssetEditor editor;

	private final AssetImporter importer;

	private final AssetExports exports;

	private final AssetMaps maps;

	private final ObjectMapper json;

	AssetCatalogue(AssetRepository assets, AssetCategories categories, AssetEditor editor, AssetImporter importer,
			AssetExports exports, AssetMaps maps, ObjectMapper json) {
		this.assets = assets;
		this.categories = categories;
		this.editor = editor;
		this.importer = importer;
		this.exports = exports;
		this.maps = maps;
		this.json = json;
	}

	/** The fixed taxonomy, in its documented order. */
	public List<AssetCategory> categories() {
		return categories.all();
	}

	@Transactional(readOnly = true)
	AssetPage search(AssetQuery.Params params, Viewer viewer) {
		var filter = filter(params, viewer);
		var query = AssetQuery.parse(params, categories.codes());
		boolean staff = !viewer.anonymous();
		return new AssetPage(assets.page(filter, query.limit(), query.offset(), staff), assets.count(filter),
				query.limit(), query.offset(), assets.attribution(viewer.council()));
	}

	@Transactional(readOnly = true)
	StoredAsset asset(long id, Viewer viewer) {
		String feature = assets.feature(id, new AssetFilter(AssetQuery.everything(), viewer), !viewer.anonymous())
			.orElseThrow(() -> AssetEditor.notFound(id));
		return new StoredAsset(id, parse(feature).path("properties").path("version").asInt(), feature);
	}

	/** The change log of an asset the caller can see, oldest first (JSON array). */
	@Transactional(readOnly = true)
	String changes(long id, Viewer viewer) {
		asset(id, viewer);
		return assets.changes(id);
	}

	@Transactional
	StoredAsset create(JsonNode feature, Viewer viewer) {
		return editor.create(feature, viewer);
	}

	@Transactional
	StoredAsset update(long id, JsonNode feature, String ifMatch, Viewer viewer) {
		return editor.update(id, feature, ifMatch, viewer);
	}

	@Transactional
	StoredAsset close(long id, String ifMatch, Viewer viewer) {
		return editor.close(id, ifMatch, viewer);
	}

	@Transactional
	StoredAsset reopen(long id, String ifMatch, Viewer viewer) {
		return editor.reopen(id, ifMatch, viewer);
	}

	@Transactional
	StoredAsset publish(long id, String ifMatch, Viewer viewer) {
		return editor.publish(id, ifMatch, viewer);
	}

	/** All or nothing; a dry run checks everything, then rolls back. */
	@Transactional
	AssetImporter.ImportResult importAssets(byte[] body, boolean csv, boolean allowDuplicates, boolean dryRun,
			Viewer viewer) {
		var result = importer.importAssets(body, csv, allowDuplicates, viewer);
		if (dryRun) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new AssetImporter.ImportResult(result.imported(), List.of(), true, result.duplicates());
		}
		return result;
	}

	@Transactional(readOnly = true)
	void exportCsv(AssetQuery.Params params, Viewer viewer, Writer out) throws IOException {
		exports.csv(filter(params, viewer), !viewer.anonymous(), out);
	}

	@Transactional(readOnly = true)
	void exportGeoJson(AssetQuery.Params params, Viewer viewer, Writer out) throws IOException {
		exports.geoJson(filter(params, viewer), !viewer.anonymous(), out);
	}

	/** Marker clusters of what a search matches in a box, for a map at {@code zoom}. */
	@Transactional(readOnly = true)
	String clusters(AssetQuery.Params params, String zoom, Viewer viewer) {
		return maps.clusters(filter(params, viewer), params.bbox(), zoom);
	}

	/**
	 * Residents (and residents 65+) farther than {@code distance} metres from the nearest
	 * published asset of a category, by ward, borough or small area.
	 */
	@Transactional(readOnly = true)
	public ObjectNode access(String category, String distance, String by, String authority) {
		return maps.access(category, distance, by, authority);
	}

	/** The search's filter for this caller; refuses unknown wards. */
	AssetFilter filter(AssetQuery.Params params, Viewer viewer) {
		var query = AssetQuery.parse(params, categories.codes());
		if (query.ward() != null && !assets.wardExists(query.ward(), viewer.council())) {
			throw new AssetRejected("Invalid search",
					List.of(FieldError.of("ward", "no ward has the code " + query.ward())));
		}
		return new AssetFilter(query, viewer);
	}

	private JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
