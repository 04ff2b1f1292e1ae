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
 * path/to/council.json} loads another council's geography and exits (see the README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LacAtlasApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			if (args.length < 2) {
				throw new IllegalArgumentException("usage: java -jar lac-atlas.jar import path/to/council.json");
			}
			String[] rest = Arrays.copyOfRange(args, 2, args.length);
			var app = new SpringApplicationBuilder(LacAtlasApplication.class).web(WebApplicationType.NONE)
				.properties("lacatlas.geography.import-command=" + args[1], "lacatlas.geography.load-on-start=false")
				.build();
			System.exit(SpringApplication.exit(app.run(rest)));
		}
		SpringApplication.run(LacAtlasApplication.class, args);
	}

}
