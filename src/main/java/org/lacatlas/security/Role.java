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
	/** Runs the council's LAC Atlas: its users and settings. */
	ADMIN,
	/**
	 * Hosts LAC Atlas for several councils: adds councils and their administrators;
	 * belongs to no council and sees none's non-public data.
	 */
	SERVICE_ADMIN;

	/**
	 * Whether users with this role belong to a council (all but service administrators).
	 */
	public boolean ofCouncil() {
		return this != SERVICE_ADMIN;
	}

}
