package org.lacatlas.security;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/** Why a change to the users was refused, with the HTTP status it is answered with. */
class UserProblem extends Refusal {

	UserProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	static UserProblem invalid(String detail) {
		return new UserProblem(HttpStatus.BAD_REQUEST, detail);
	}

	static UserProblem forbidden(String detail) {
		return new UserProblem(HttpStatus.FORBIDDEN, detail);
	}

	static UserProblem notFound(String username) {
		return new UserProblem(HttpStatus.NOT_FOUND, "No user called " + username + " that you manage.");
	}

	static UserProblem conflict(String detail) {
		return new UserProblem(HttpStatus.CONFLICT, detail);
	}

	static UserProblem taken(String username) {
		return new UserProblem(HttpStatus.CONFLICT, "A user called " + username + " already exists.");
	}

}
