package org.lacatlas.geography.importer;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;

/**
 * Everything one council's manifest names, read and checked in memory before anything is
 * stored.
 *
 * @param checksum SHA-256 of the manifest and every file it names: an unchanged council
 * is not imported twice
 * @param location the manifest, which the files it names are relative to
 */
public record CouncilFiles(CouncilManifest manifest, List<BoundaryFeature> boundary, List<BoundaryFeature> wards,
		List<BoundaryFeature> smallAreas, Map<String, AreaStatistics> statistics, List<PlaceName> places,
		String checksum, Resource location) {

	/**
	 * Reads the manifest and its files.
	 * @throws org.lacatlas.geography.GeographyImportException listing every problem found
	 */
	public static CouncilFiles read(Resource manifestResource) {
		ImportProblems problems = new ImportProblems();
		String name = manifestResource.getFilename() == null ? "manifest" : manifestResource.getFilename();
		CouncilManifest manifest;
		try (InputStream in = manifestResource.getInputStream()) {
			manifest = CouncilManifest.read(in, name, problems);
		}
		catch (IOException ex) {
			problems.add(name + ": cannot be read (" + ex.getMessage() + ")");
			problems.throwIfAny();
			throw new IllegalStateException(ex);
		}
		var authority = manifest.authority();
		List<BoundaryFeature> boundary = BoundaryFiles.read(relative(manifestResource, authority.boundary()),
				authority.boundary(), null, null, authority.crs(), authority.table(), problems);
		List<BoundaryFeature> wards = layer(manifestResource, manifest.wards(), problems);
		List<BoundaryFeature> smallAreas = layer(manifestResource, manifest.smallAreas(), problems);
		var statistics = CsvFiles.statistics(relative(manifestResource, manifest.statistics().file()),
				manifest.statistics(), problems);
		List<PlaceName> places = manifest.places() == null ? List.of()
				: CsvFiles.places(relative(manifestResource, manifest.places().file()), manifest.places(), problems);
		for (String extra : new String[] { manifest.postcodes() == null ? null : manifest.postcodes().file(),
				manifest.assets() == null ? null : manifest.assets().file() }) {
			if (extra != null && !relative(manifestResource, extra).exists()) {
				problems.add(extra + ": no such file beside the manifest");
			}
		}
		// An unreadable or empty side is reported already; matching it names every row.
		if (!smallAreas.isEmpty() && !statistics.rows().isEmpty()) {
			matchStatistics(smallAreas, statistics, manifest, problems);
		}
		problems.throwIfAny();
		return new CouncilFiles(manifest, boundary, wards, smallAreas, statistics.byCode(), places,
				checksum(manifestResource, manifest), manifestResource);
	}

	private static List<BoundaryFeature> layer(Resource manifest, CouncilManifest.LayerSpec spec,
			ImportProblems problems) {
		return BoundaryFiles.read(relative(manifest, spec.file()), spec.file(), spec.codeField(), spec.nameField(),
				spec.crs(), spec.table(), problems);
	}

	private static void matchStatistics(List<BoundaryFeature> smallAreas, CsvFiles.Statistics statistics,
			CouncilManifest manifest, ImportProblems problems) {
		Set<String> codes = smallAreas.stream().map(BoundaryFeature::code).collect(Collectors.toSet());
		statistics.rows().forEach((code, row) -> {
			if (!codes.contains(code)) {
				problems.add(manifest.statistics().file() + " row " + row + ": unknown area code " + code + " (not in "
						+ manifest.smallAreas().file() + ")");
			}
		});
		for (BoundaryFeature area : smallAreas) {
			if (!statistics.rows().containsKey(area.code())) {
				problems.add(area.where() + ": no row in " + manifest.statistics().file());
			}
		}
	}

	/** A file the manifest names, beside the manifest or below it. */
	public Resource file(String name) {
		return relative(location, name);
	}

	/** Every file named by the manifest, beside the manifest or below it. */
	private static Resource relative(Resource manifest, String file) {
		try {
			return manifest.createRelative(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("manifest: cannot resolve " + file, ex);
		}
	}

	private static String checksum(Resource manifestResource, CouncilManifest m) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest(digest, manifestResource);
			for (String file : new String[] { m.authority().boundary(), m.wards().file(), m.smallAreas().file(),
					m.statistics().file(), m.places() == null ? null : m.places().file(),
					m.postcodes() == null ? null : m.postcodes().file(),
					m.assets() == null ? null : m.assets().file() }) {
				if (file != null) {
					digest(digest, relative(manifestResource, file));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot checksum the council's files", ex);
		}
	}

	private static void digest(MessageDigest digest, Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			digest.update(in.readAllBytes());
		}
	}

}
