package org.lacatlas.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the geography module ({@code lacatlas.geography.*}).
 *
 * @param bootstrapManifest the council loaded on start (a Spring resource location)
 * @param loadOnStart whether to import {@code bootstrapManifest} at start-up; a repeated
 * import of unchanged files is a no-op
 * @param importCommand set by the {@code import} command line: a manifest to import
 * before exiting
 */
@ConfigurationProperties("lacatlas.geography")
public record GeographyProperties(@DefaultValue("classpath:geodata/thurrock.council.json") String bootstrapManifest,
		@DefaultValue("true") boolean loadOnStart, String importCommand) {
}
