package org.lacatlas.council;

/**
 * A signed-in person as far as councils are concerned: the council whose data they work
 * with, or none for a service administrator. The security module's signed-in user
 * implements it, so this module needs nothing of security.
 */
public interface CouncilMember {

	/** The council's code, or null for a service administrator. */
	String councilCode();

}
