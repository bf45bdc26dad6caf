/**
 * Web parts every module's pages and APIs share: the page layout and GOV.UK fragments (templates), RFC 9457
 * problems for bad input, conflicts and missing records, paged list responses, and the panels modules contribute
 * to a council's home page. One place, so no module copies them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared web parts", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.corporateparenting.web;
