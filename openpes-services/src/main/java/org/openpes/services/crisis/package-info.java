/**
 * The crisis unit (issue 20 §4, first part): the watch list's rule over a firm's CO flows, the crisis case of a firm
 * and the procedures it follows. Plain Java: no database, no web.
 */
package org.openpes.services.crisis;
