package org.lacatlas.asset;

/**
 * One category of the fixed asset taxonomy ({@code asset_category}).
 *
 * @param code stable identifier used in the API, e.g. {@code lunch-club}
 * @param label name shown to people
 * @param colour marker colour, {@code #rrggbb}
 */
public record AssetCategory(String code, String label, String colour, String description) {
}
