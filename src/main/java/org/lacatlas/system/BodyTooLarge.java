package org.lacatlas.system;

import java.io.IOException;

/** A request body over its limit, noticed while reading it: answered 413. */
public class BodyTooLarge extends IOException {

	private static final long serialVersionUID = 1L;

	BodyTooLarge(long limit) {
		super("The request body is larger than " + limit / 1024 + " kB, the most this address accepts.");
	}

}
