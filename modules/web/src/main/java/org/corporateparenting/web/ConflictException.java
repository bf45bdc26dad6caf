package org.corporateparenting.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request clashes with what is already there (a duplicate, a stale version, a forbidden move); 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String message) {
		this(null, message);
	}

	/** @param field the input the clash is about, for forms that show it beside that field */
	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public java.util.Optional<String> field() {
		return java.util.Optional.ofNullable(field);
	}
}
