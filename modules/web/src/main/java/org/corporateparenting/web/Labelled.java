package org.corporateparenting.web;

/** A value with the words pages show for it, such as a status shown as "In progress". */
public interface Labelled {

	String label();
}
