package org.lacatlas.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the geography module ({@code lacatlas.geography.*}).
 *
 * @param bootstrapManifest the council loaded on start when {@code loadOnStart} (a Spring
 * resource location): the demo's Thurrock
 * @param loadOnStart whether to import {@code bootstrapManifest} at start-up, false but
 * in the {@code demo} profile: a plain start loads no council; a repeated import of
 * unchanged files is a no-op
 * @param importCommand set by the {@code import} command line: a manifest to import
 * before exiting
 */
@ConfigurationProperties("lacatlas.geography")
public record GeographyProperties(@DefaultValue("classpath:geodata/thurrock.council.json") String bootstrapManifest,
		@DefaultValue("false") boolean loadOnStart, String importCommand) {
}
