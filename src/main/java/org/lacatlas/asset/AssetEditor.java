package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The rules of changing an asset, run inside {@link AssetCatalogue}'s transactions:
 * coordinators' new assets are proposed and planners publish them; an edit must name the
 * current version (else 412, nothing saved); closing is soft and can be undone; every
 * change is logged by {@link AssetWriteRepository}.
 */
@Component
class AssetEditor {

	private final AssetRepository assets;

	private final AssetWriteRepository writes;

	private final AssetCategories categories;

	private final AssetProperties properties;

	private final ObjectMapper json;

	AssetEditor(AssetRepository assets, AssetWriteRepository writes, AssetCategories categories,
			AssetProperties properties, ObjectMapper json) {
		this.assets = assets;
		this.writes = writes;
		this.categories = categories;
		this.properties = properties;
		this.json = json;
	}

	StoredAsset create(JsonNode body, Viewer editor) {
		AssetDraft draft = checked(body, editor.council()).draft();
		String status = editor.planner() && draft.status() != null ? draft.status()
				: editor.planner() ? "published" : "proposed";
		if (status.equals("closed")) {
			throw AssetRejected.of("status", "a new asset is proposed or published, not closed");
		}
		return saved(writes.insert(editor.council(), draft, status, editor.username(), "create"), editor);
	}

	StoredAsset update(long id, JsonNode body, String ifMatch, Viewer editor) {
		var read = checked(body, editor.council());
		int expected = AssetVersions.required(ifMatch, read.version());
		var locked = current(id, expected, editor);
		if (locked.status().equals("closed")) {
			throw new AssetProblem.AssetClosed(id, "editing");
		}
		writes.update(id, read.draft(), editor.username());
		return saved(id, editor);
	}

	StoredAsset close(long id, String ifMatch, Viewer editor) {
		var locked = currentRequired(id, ifMatch, editor);
		if (!locked.status().equals("closed")) {
			writes.setStatus(id, "closed", locked.status(), editor.username(), "close");
		}
		return saved(id, editor);
	}

	StoredAsset reopen(long id, String ifMatch, Viewer editor) {
		var locked = currentRequired(id, ifMatch, editor);
		if (!locked.status().equals("closed")) {
			throw new AssetProblem.AssetNotClosed(id);
		}
		writes.setStatus(id, locked.reopenStatus(), null, editor.username(), "reopen");
		return saved(id, editor);
	}

	StoredAsset publish(long id, String ifMatch, Viewer planner) {
		var locked = currentRequired(id, ifMatch, planner);
		if (locked.status().equals("closed")) {
			throw new AssetProblem.AssetClosed(id, "publishing");
		}
		if (locked.status().equals("proposed")) {
			writes.setStatus(id, "published", null, planner.username(), "publish");
		}
		return saved(id, planner);
	}

	/** Reads and checks a body; refuses it with every fault found. */
	AssetDraftReader.Read checked(JsonNode body, String council) {
		var read = AssetDraftReader.read(body, categories.codes(), true);
		if (!read.errors().isEmpty()) {
			throw new AssetRejected("Invalid asset", read.errors());
		}
		var outside = outsideArea(List.of(read.draft()), council);
		if (!outside.isEmpty()) {
			throw new AssetRejected("Invalid asset", outside);
		}
		return read;
	}

	/**
	 * A {@code location} fault for each draft whose point is outside the council's area
	 * (with the configured buffer), numbered by position when there are several.
	 */
	List<FieldError> outsideArea(List<AssetDraft> drafts, String council) {
		List<double[]> points = drafts.stream().map(d -> new double[] { d.lon(), d.lat() }).toList();
		List<FieldError> errors = new ArrayList<>();
		for (int i : assets.outsideArea(points, council, properties.areaBufferMetres())) {
			double[] p = points.get(i - 1);
			boolean swapped = assets
				.outsideArea(List.of(new double[] { p[1], p[0] }), council, properties.areaBufferMetres())
				.isEmpty();
			var error = FieldError.of("location",
					String.format(Locale.ROOT, "[%.6f, %.6f] is outside %s (more than %d m beyond its boundary)%s",
							p[0], p[1], assets.councilName(council), properties.areaBufferMetres(),
							swapped ? "; did you swap longitude and latitude?" : ""));
			errors.add(drafts.size() == 1 ? error : error.inRow(i));
		}
		return errors;
	}

	/**
	 * As {@link #current}, for a change of status, which must say the version it saw (428
	 * when it does not; 404 first when there is no such asset to see).
	 */
	private AssetWriteRepository.Locked currentRequired(long id, String ifMatch, Viewer editor) {
		Integer expected = AssetVersions.expected(ifMatch, null);
		var locked = current(id, expected, editor);
		if (expected == null) {
			AssetVersions.required(null, null);
		}
		return locked;
	}

	/** Locks the asset and checks the version the editor started from (if said). */
	private AssetWriteRepository.Locked current(long id, Integer expected, Viewer editor) {
		var locked = writes.lock(id, new AssetFilter(AssetQuery.everything(), editor)).orElseThrow(() -> notFound(id));
		if (expected != null && expected != locked.version()) {
			throw new VersionConflict(id, expected, locked.version(), feature(id, editor));
		}
		return locked;
	}

	private StoredAsset saved(long id, Viewer editor) {
		String feature = assets.feature(id, new AssetFilter(AssetQuery.everything(), editor), true)
			.orElseThrow(() -> notFound(id));
		return new StoredAsset(id, feature(feature).path("properties").path("version").asInt(), feature);
	}

	private JsonNode feature(long id, Viewer editor) {
		return feature(assets.feature(id, new AssetFilter(AssetQuery.everything(), editor), true).orElseThrow());
	}

	private JsonNode feature(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static AssetProblem notFound(long id) {
		return new AssetProblem.AssetNotFound(id);
	}

}
