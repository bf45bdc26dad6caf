package org.corporateparenting.web;

/**
 * An answer given to many requests as the same object, unchanged, until what it shows changes and a new object takes
 * its place (a council's dashboard as this instance last built it): the platform writes it as JSON once and sends
 * those bytes again for as long as the object is the answer ({@link SharedResponses}). Such an object, and
 * everything it holds, must not change after it is first returned.
 */
public interface SharedResponse {
}
