package org.lacatlas.neighbourhood;

/**
 * Someone saved the plan since the version this change was based on; nothing was saved.
 */
public class StalePlanException extends RuntimeException {

	private final int currentVersion;

	public StalePlanException(int currentVersion) {
		super("Someone else has saved this plan since you opened it (it is now version " + currentVersion
				+ "). Reload it to see their changes, then make yours again.");
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}

}
