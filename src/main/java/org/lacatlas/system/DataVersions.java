package org.lacatlas.system;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current version of each kind of data (table {@code data_version}, bumped by
 * triggers in the same transaction as every change). Anything built from the data and
 * kept — a tile, a report, a client's copy behind an ETag — is keyed by these versions,
 * so it is never served stale, whichever app instance made the change.
 */
@Component
public class DataVersions {

	/** The kinds of data, as counted in {@code data_version}. */
	public enum Topic {

		GEOGRAPHY, NEIGHBOURHOODS, ASSETS, INTRODUCTIONS;

		String column() {
			return name().toLowerCase();
		}

	}

	private final JdbcClient jdbc;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The versions of the given kinds of data as one token, e.g. {@code "12.4"}: it
	 * changes whenever any of them changes. One read of a four-row table.
	 */
	public String of(Topic... topics) {
		Map<String, Long> versions = jdbc.sql("SELECT topic, version FROM data_version")
			.query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Arrays.stream(topics)
			.map(t -> String.valueOf(versions.getOrDefault(t.column(), 0L)))
			.collect(Collectors.joining("."));
	}

}
