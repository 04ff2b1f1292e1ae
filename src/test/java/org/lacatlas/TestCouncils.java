package org.lacatlas;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes a council a test added, and everything stored for it, so other tests see only
 * theirs.
 */
public final class TestCouncils {

	private static final String[] DELETES = { "DELETE FROM app_user WHERE council_code = :code",
			"DELETE FROM asset_change WHERE asset_id IN (SELECT id FROM asset WHERE authority_code = :code)",
			"DELETE FROM asset WHERE authority_code = :code", "DELETE FROM asset_dataset WHERE authority_code = :code",
			"DELETE FROM scenario WHERE authority_code = :code",
			"DELETE FROM introduction WHERE authority_code = :code",
			"DELETE FROM introduction_batch WHERE authority_code = :code",
			"DELETE FROM postcode_sector WHERE authority_code = :code",
			"DELETE FROM coordinator_post WHERE authority_code = :code",
			"DELETE FROM neighbourhood_plan WHERE authority_code = :code",
			"DELETE FROM council_import_job WHERE council_code = :code", "DELETE FROM council WHERE code = :code",
			"DELETE FROM place WHERE authority_code = :code",
			"DELETE FROM geography_import WHERE authority_code = :code",
			"DELETE FROM small_area_ward WHERE small_area_code IN "
					+ "(SELECT code FROM small_area WHERE authority_code = :code)",
			"DELETE FROM small_area WHERE authority_code = :code", "DELETE FROM ward WHERE authority_code = :code",
			"DELETE FROM authority WHERE code = :code" };

	private TestCouncils() {
	}

	public static void delete(JdbcClient jdbc, String code) {
		for (String statement : DELETES) {
			jdbc.sql(statement).param("code", code).update();
		}
	}

}
