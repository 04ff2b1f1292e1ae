package org.lacatlas.introduction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the introductions module ({@code lacatlas.introduction.*}).
 *
 * @param postcodeSectors sector centroids and counts (a Spring resource location)
 * @param postcodeUnits live postcode points of the same councils, used only to apportion
 * sectors to small areas and to outline them
 * @param loadOnStart whether to load the sectors at start-up (a no-op when unchanged)
 */
@ConfigurationProperties("lacatlas.introduction")
public record IntroductionProperties(
		@DefaultValue("classpath:geodata/postcodes/thurrock_postcode_sectors_2025-10.csv") String postcodeSectors,
		@DefaultValue("classpath:geodata/postcodes/thurrock_postcodes_codepoint_2025-10.csv") String postcodeUnits,
		@DefaultValue("true") boolean loadOnStart) {
}
