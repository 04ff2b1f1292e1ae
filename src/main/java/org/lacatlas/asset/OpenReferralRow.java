package org.lacatlas.asset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an Open Referral service is made of: one published asset, with its category, the
 * nearest town (for the address's city) and the council it lies in. Coordinates are
 * WGS84.
 */
record OpenReferralRow(long id, String name, String description, String website, String email, String cost,
		String openingTimes, String address, String postcode, String accessibility, LocalDate lastVerified,
		OffsetDateTime updatedAt, String category, String categoryLabel, String categoryDescription, List<String> tags,
		double lon, double lat, String town, String council) {
}
