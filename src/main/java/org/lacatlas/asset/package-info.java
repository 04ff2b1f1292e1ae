/**
 * Community assets: the libraries, lunch clubs, men's sheds, surgeries and other local
 * opportunities that coordinators pin on the map and keep current. Its public face is
 * {@link AssetCatalogue} and the API under {@code /api/assets}: search (full text,
 * category, ward, box, distance), versioned edits with a change log, soft close and
 * reopen, publishing by planners, CSV/GeoJSON import and export, an Open Referral UK
 * export, and the gaps analysis (residents farther than a distance from the nearest asset
 * of a category). Points are stored in EPSG:27700 and served in WGS84.
 * <p>
 * Its SQL also reads geography's {@code authority}, {@code ward} and {@code small_area}
 * (where an asset lies, who lives near it) and neighbourhood's {@code neighbourhood}
 * outlines and {@code neighbourhood_area} (the neighbourhood filter and gaps by
 * neighbourhood).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community assets",
		allowedDependencies = { "geography", "council", "system" })
package org.lacatlas.asset;
