package org.lacatlas.asset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The taxonomy, read once: it changes only by migration, so it cannot change while the
 * app runs.
 */
@Component
class AssetCategories {

	private final JdbcClient jdbc;

	private volatile List<AssetCategory> all;

	AssetCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssetCategory> all() {
		if (all == null) {
			all = jdbc.sql("SELECT code, label, colour, description FROM asset_category ORDER BY sort_order")
				.query(AssetCategory.class)
				.list();
		}
		return all;
	}

	/** The codes, in taxonomy order. */
	Set<String> codes() {
		var codes = new LinkedHashSet<String>();
		all().forEach(c -> codes.add(c.code()));
		return codes;
	}

}
