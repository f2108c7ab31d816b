/**
 * Employers and their account managers (issue 20 §1): the account, the interactions with their next steps, and the
 * L. 68/1999 quota of protected workers. Plain Java: no database, no web.
 */
package org.openpes.services.employers;
