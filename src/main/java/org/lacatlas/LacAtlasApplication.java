package org.lacatlas;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * LAC Atlas: planning and running Local Area Coordination on a map.
 *
 * <p>
 * {@code java -jar lac-atlas.jar} serves the map and API.
 * {@code java -jar lac-atlas.jar import
 * path/to/council.json} loads a council's geography and exits;
 * {@code java -jar lac-atlas.jar admin create --username NAME} creates a user (the first
 * service administrator) with the password from standard input (see the README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LacAtlasApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			if (args.length < 2) {
				System.err.println("usage: java -jar lac-atlas.jar import path/to/council.json");
				System.exit(2);
			}
			String[] rest = Arrays.copyOfRange(args, 2, args.length);
			System.exit(SpringApplication.exit(importCommand(args[1]).run(rest)));
		}
		if (args.length > 0 && "admin".equals(args[0])) {
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(SpringApplication.exit(adminCommand().run(rest)));
		}
		SpringApplication.run(LacAtlasApplication.class, args);
	}

	/**
	 * The app without a web server, importing one manifest (a file path or a Spring
	 * resource location); its exit code is 1 when the import is refused.
	 */
	public static SpringApplication importCommand(String manifest) {
		return new SpringApplicationBuilder(LacAtlasApplication.class).web(WebApplicationType.NONE)
			.properties("lacatlas.geography.import-command=" + manifest, "lacatlas.geography.load-on-start=false")
			.build();
	}

	/** The app without a web server, creating one user from its arguments. */
	public static SpringApplication adminCommand() {
		return new SpringApplicationBuilder(LacAtlasApplication.class).web(WebApplicationType.NONE)
			.properties("lacatlas.admin-command=true", "lacatlas.geography.load-on-start=false")
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.build();
	}

}
