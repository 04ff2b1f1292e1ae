package org.lacatlas.planning;

import java.util.List;

import org.lacatlas.coordinator.PostStatus;

/**
 * One post of a scenario and its patch.
 *
 * @param smallAreas the patch as small-area codes (LSOA 2021), sorted; empty when the
 * post has no patch
 */
public record ScenarioPost(String name, PostStatus status, List<String> smallAreas) {

	/**
	 * In the planning view a post in post or proposed covers its patch; vacant does not.
	 */
	public boolean covers() {
		return status == PostStatus.IN_POST || status == PostStatus.PROPOSED;
	}

}
