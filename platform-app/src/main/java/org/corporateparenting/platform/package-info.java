/**
 * The application shell: security (resource server, sign-in, the council filter), the local identity provider,
 * and the pages that belong to no module: the home page, a council's home page, sign-in and errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform shell")
package org.corporateparenting.platform;
