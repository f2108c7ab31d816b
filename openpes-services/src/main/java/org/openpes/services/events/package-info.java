/**
 * Recruiting events (IncontraLavoro, issue 20 §3): an event with its employers' vacancies, the invitations of their
 * candidates with channel, delivery and attendance, interview slots booked without double booking, and each
 * interview's outcome, which moves its application. Plain Java: no database, no web.
 */
package org.openpes.services.events;
