package org.lacatlas.asset;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Ids of the Open Referral records made from an asset. Every record must have a UUID,
 * stable from one answer to the next, and {@code /services/{id}} must find its asset: so
 * ids are version 8 UUIDs (RFC 9562, custom layout) holding the asset id in their last 62
 * bits, a LAC Atlas prefix, and the kind of record (and an index, for tags) in the
 * middle. Taxonomy terms and taxonomies, shared by many services, are name-based (version
 * 3) UUIDs of their code.
 */
final class OpenReferralIds {

	/** The kinds of record made for each asset. */
	enum Kind {

		SERVICE, ORGANIZATION, SCHEDULE, SERVICE_AT_LOCATION, LOCATION, ADDRESS, ACCESSIBILITY, CATEGORY_ATTRIBUTE,
		TAG_ATTRIBUTE

	}

	/** 48 bits that mark an id as LAC Atlas's. */
	private static final long PREFIX = 0x1AC0A71A5000L;

	private static final long VARIANT = 0x8000000000000000L;

	static final String CATEGORY_TAXONOMY = "LAC Atlas community asset categories";

	static final String TAG_TAXONOMY = "LAC Atlas free tags";

	private OpenReferralIds() {
	}

	/**
	 * @param index which of several records of that kind (tags), else 0; under 256
	 */
	static String of(Kind kind, long assetId, int index) {
		long msb = (PREFIX << 16) | (0x8L << 12) | ((long) kind.ordinal() << 8) | (index & 0xFF);
		return new UUID(msb, VARIANT | assetId).toString();
	}

	static String service(long assetId) {
		return of(Kind.SERVICE, assetId, 0);
	}

	/** The asset a service id names, or empty when it is not a LAC Atlas service id. */
	static OptionalLong assetOf(String serviceId) {
		UUID uuid;
		try {
			uuid = UUID.fromString(serviceId);
		}
		catch (IllegalArgumentException ex) {
			return OptionalLong.empty();
		}
		boolean ours = uuid.toString().equals(serviceId.toLowerCase(java.util.Locale.ROOT))
				&& uuid.getMostSignificantBits() == ((PREFIX << 16) | (0x8L << 12))
				&& uuid.getLeastSignificantBits() < 0;
		return ours ? OptionalLong.of(uuid.getLeastSignificantBits() & ~VARIANT) : OptionalLong.empty();
	}

	static String category(String code) {
		return named("lacatlas:category:" + code);
	}

	static String tag(String tag) {
		return named("lacatlas:tag:" + tag);
	}

	static String taxonomy(String name) {
		return named("lacatlas:taxonomy:" + name);
	}

	private static String named(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
