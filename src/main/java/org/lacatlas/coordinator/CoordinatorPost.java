package org.lacatlas.coordinator;

/**
 * A coordinator post as the API shows it.
 *
 * @param patch the neighbourhood it covers, or null
 * @param supports a neighbourhood it also supports (e.g. one whose own post is vacant),
 * or null
 */
public record CoordinatorPost(long id, String name, PostStatus status, Patch patch, Patch supports, int version) {

	/** A neighbourhood by id and name. */
	public record Patch(long id, String name) {
	}

}
