package org.lacatlas.ogc;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tiles and feature pages built recently, kept in memory under the data version of what
 * they were built from. The key holds the version, so an edit makes every old entry
 * unreachable (they age out) and nothing is served stale; each app instance keeps its
 * own. Bounded by size in bytes.
 */
@Component
class ServedCache {

	/**
	 * @param what the layer or collection and the kind of answer, e.g. "small-areas tile"
	 * @param version the data version it was built from
	 * @param request what was asked, e.g. the tile's z/x/y
	 */
	record Key(String what, String version, String request) {
	}

	private final Cache<Key, Object> answers;

	ServedCache(@Value("${lacatlas.ogc.cache-megabytes:64}") long megabytes) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(megabytes * 1024 * 1024)
			.weigher((Key key, Object answer) -> 128 + weight(answer))
			.build();
	}

	private static int weight(Object answer) {
		if (answer instanceof byte[] bytes) {
			return bytes.length;
		}
		return answer instanceof FeatureRepository.Page page ? 2 * page.features().length() : 16;
	}

	/**
	 * The cached answer, or the one {@code build} makes (once, however many ask at once).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Key key, Supplier<T> build) {
		return (T) answers.get(key, k -> build.get());
	}

}
