package org.lacatlas.geography.importer;

import java.util.List;

/**
 * The importer's own SQL, for test fixtures that load generated councils the way a real
 * import does (staging table, merge, best-fit wards, import record) instead of copying
 * it.
 */
public final class ImporterSql {

	public static final String CREATE_STAGING = CouncilSql.CREATE_STAGING;

	public static final List<String> MERGE = CouncilSql.MERGE;

	public static final String RECORD_IMPORT = CouncilSql.RECORD_IMPORT;

	/**
	 * What the importer's {@code Councils.register} does for a new council (name, default
	 * settings), for fixtures that load councils by SQL.
	 */
	public static final String REGISTER_COUNCIL = "INSERT INTO council (code, name) VALUES (:authority, :name) "
			+ "ON CONFLICT (code) DO NOTHING";

	private ImporterSql() {
	}

}
