package org.lacatlas.security;

/** What a signed-in person may do in LAC Atlas. */
public enum Role {

	/**
	 * LAC manager or commissioner: sizes neighbourhoods, assigns coordinators, plans
	 * expansion.
	 */
	PLANNER,
	/**
	 * Local Area Coordinator: keeps community assets current, records anonymised
	 * introductions.
	 */
	COORDINATOR,
	/** Ward councillor: reads coverage and aggregates for their ward. */
	COUNCILLOR,
	/** Runs the service: manages users and imports. */
	ADMIN

}
