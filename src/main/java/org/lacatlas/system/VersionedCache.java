package org.lacatlas.system;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lacatlas.system.DataVersions.Topic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers built from the data — tiles, feature pages, coverage reports — kept in memory
 * under the data version they were built from. The key holds the version, so an edit
 * makes every older entry unreachable (they age out) and nothing is served stale,
 * whichever app instance made the edit; each instance keeps its own. Bounded by size in
 * bytes.
 */
@Component
public class VersionedCache {

	/** An answer that knows roughly how much memory it holds. */
	public interface Sized {

		long bytes();

	}

	private record Key(String what, String version, Object request) {
	}

	private final DataVersions versions;

	/** Null when turned off (0 MB), as the benchmarks do to time PostGIS itself. */
	private final Cache<Key, Object> answers;

	VersionedCache(DataVersions versions, @Value("${lacatlas.cache-megabytes:64}") long megabytes) {
		this.versions = versions;
		this.answers = megabytes == 0 ? null
				: Caffeine.newBuilder()
					.maximumWeight(megabytes * 1024 * 1024)
					.weigher((Key key, Object answer) -> (int) Math.min(Integer.MAX_VALUE, 128 + bytes(answer)))
					.build();
	}

	/**
	 * The answer to {@code request} about {@code what} built from the current versions of
	 * {@code topics}, built by {@code build} if it is not kept (once, however many ask at
	 * once).
	 */
	public <T> T get(String what, Object request, Supplier<T> build, Topic... topics) {
		// with the cache off nothing is kept under a version, so there is none to read
		return answers == null ? build.get() : get(what, versions.of(topics), request, build);
	}

	/** Whether answers are kept at all ({@code lacatlas.cache-megabytes} above 0). */
	public boolean keeping() {
		return answers != null;
	}

	/**
	 * As {@link #get(String, Object, Supplier, Topic...)}, with the version already read.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String what, String version, Object request, Supplier<T> build) {
		return answers == null ? build.get() : (T) answers.get(new Key(what, version, request), k -> build.get());
	}

	private static long bytes(Object answer) {
		if (answer instanceof byte[] bytes) {
			return bytes.length;
		}
		if (answer instanceof String text) {
			return 2L * text.length();
		}
		return answer instanceof Sized sized ? sized.bytes() : 16 * 1024;
	}

}
