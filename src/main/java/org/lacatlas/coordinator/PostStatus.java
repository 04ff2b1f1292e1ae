package org.lacatlas.coordinator;

/** Whether a coordinator post is filled. Only posts IN_POST make their patch covered. */
public enum PostStatus {

	IN_POST, VACANT, PROPOSED

}
