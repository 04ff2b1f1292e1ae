package org.lacatlas.asset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the asset module ({@code lacatlas.assets.*}).
 *
 * @param publicRead whether people who have not signed in may read published assets (the
 * council turns this on when it is ready to publish its map)
 * @param areaBufferMetres how far outside the council's boundary a point may lie, in
 * metres: the ONS boundary is generalised and clipped to the coastline
 * @param maxBodyBytes largest JSON body of one asset
 * @param maxImportBytes largest import file
 * @param duplicateMetres two assets with the same name (ignoring case) closer than this
 * are reported as likely duplicates on import
 */
@ConfigurationProperties("lacatlas.assets")
@Validated
public record AssetProperties(@DefaultValue("false") boolean publicRead,
		@DefaultValue("200") @Min(0) @Max(2000) int areaBufferMetres,
		@DefaultValue("65536") @Min(1024) int maxBodyBytes, @DefaultValue("5242880") @Min(1024) int maxImportBytes,
		@DefaultValue("50") @Min(0) @Max(1000) int duplicateMetres) {
}
