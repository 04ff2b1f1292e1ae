package org.lacatlas.introduction;

/** A category of need; an introduction has one or more. */
public enum Need {

	LEARNING_DISABILITY("Learning disability"), MENTAL_HEALTH("Mental health"), OLDER_PERSON("Older person"),
	PHYSICAL_DISABILITY("Physical disability"), SENSORY_IMPAIRMENT("Sensory impairment"), CARER("Carer"),
	OTHER("Other");

	private final String label;

	Need(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
