package org.lacatlas.asset;

/**
 * An asset as one reader sees it.
 *
 * @param version its ETag
 * @param feature the GeoJSON Feature, as JSON text
 */
record StoredAsset(long id, int version, String feature) {
}
