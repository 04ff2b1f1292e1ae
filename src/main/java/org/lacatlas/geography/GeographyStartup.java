package org.lacatlas.geography;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the bootstrap council (Thurrock) when the app starts, and runs the {@code import}
 * command line. A refused import on start stops the app: serving a half-known geography
 * would mislead.
 */
@Component
@Order(1)
class GeographyStartup implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(GeographyStartup.class);

	private final GeographyImporter importer;

	private final GeographyProperties properties;

	private final ResourceLoader resources;

	private int exitCode;

	GeographyStartup(GeographyImporter importer, GeographyProperties properties, ResourceLoader resources) {
		this.importer = importer;
		this.properties = properties;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.importCommand() != null) {
			runImportCommand(properties.importCommand());
		}
		else if (properties.loadOnStart()) {
			importer.importCouncil(resources.getResource(properties.bootstrapManifest()), "system");
		}
	}

	private void runImportCommand(String manifest) {
		String location = manifest.contains(":") ? manifest : "file:" + manifest;
		try {
			importer.importCouncil(resources.getResource(location), "command line");
		}
		catch (GeographyImportException ex) {
			log.error("The import was refused and nothing was changed:");
			ex.problems().forEach(problem -> log.error("  - {}", problem));
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
