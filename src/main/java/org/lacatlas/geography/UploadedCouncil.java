package org.lacatlas.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

/**
 * A council's manifest and files uploaded from the admin page, written to a folder of
 * their own with the paths they were sent with (the manifest names its files relative to
 * itself). Paths that would leave the folder are refused.
 */
final class UploadedCouncil implements AutoCloseable {

	private final Path folder;

	private final Path manifest;

	private UploadedCouncil(Path folder, Path manifest) {
		this.folder = folder;
		this.manifest = manifest;
	}

	Path manifest() {
		return manifest;
	}

	/**
	 * @param files each part's original filename is its path, e.g.
	 * {@code derby/boundaries/wards.geojson}; a folder every path starts with is dropped
	 * @throws GeographyImportException naming what is wrong with the upload
	 */
	static UploadedCouncil of(List<MultipartFile> files) {
		List<String> paths = files.stream().map(f -> clean(f.getOriginalFilename())).toList();
		List<String> problems = new ArrayList<>();
		paths.stream().filter(p -> p == null).findFirst().ifPresent(p -> problems.add("a file has no usable name"));
		String common = commonFolder(paths);
		List<String> manifests = paths.stream()
			.filter(p -> p != null && p.substring(common.length()).matches("[^/]*council\\.json"))
			.toList();
		if (manifests.size() != 1) {
			problems.add(manifests.isEmpty() ? "no manifest: upload the folder holding the council's *council.json"
					: "more than one manifest beside each other: " + String.join(", ", manifests));
		}
		if (!problems.isEmpty()) {
			throw new GeographyImportException(problems);
		}
		try {
			Path folder = Files.createTempDirectory("lacatlas-import-");
			for (int i = 0; i < files.size(); i++) {
				Path target = folder.resolve(paths.get(i).substring(common.length())).normalize();
				Files.createDirectories(target.getParent());
				try (InputStream in = files.get(i).getInputStream()) {
					Files.copy(in, target);
				}
			}
			return new UploadedCouncil(folder, folder.resolve(manifests.get(0).substring(common.length())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the uploaded files", ex);
		}
	}

	/** The path with forward slashes, or null when it is absolute or climbs out. */
	private static String clean(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String path = name.replace('\\', '/');
		if (path.startsWith("/") || path.contains(":") || List.of(path.split("/")).contains("..")) {
			return null;
		}
		return path;
	}

	private static String commonFolder(List<String> paths) {
		if (paths.isEmpty() || paths.contains(null) || !paths.stream().allMatch(p -> p.contains("/"))) {
			return "";
		}
		String first = paths.get(0).substring(0, paths.get(0).indexOf('/') + 1);
		return paths.stream().allMatch(p -> p.startsWith(first)) ? first : "";
	}

	@Override
	public void close() {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
