package org.lacatlas.introduction;

/** Who introduced the person to a coordinator. */
public enum Source {

	COUNCIL_CONTACT_SERVICE("Council contact service"),
	SOCIAL_WORKER_OR_SUPPORT_PLANNER("Social worker or support planner"),
	HOUSING_OR_FLOATING_SUPPORT("Housing or floating support"), GP_PRACTICE_MDT("GP practice MDT"),
	COUNCILLOR_OR_MAYOR("Councillor or Mayor"), COMMUNITY_EVENT_OR_HUB("Community event or hub"),
	SELF_FAMILY_OR_NEIGHBOUR("Self, family or neighbour"), OTHER("Other");

	private final String label;

	Source(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
