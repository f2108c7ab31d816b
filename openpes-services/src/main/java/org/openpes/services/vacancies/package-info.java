/**
 * Vacancies and applications (issue 20 §2): a vacancy's lifecycle, and the applications of people to it on one
 * transition table after les-emplois' job applications. Plain Java: no database, no web.
 */
package org.openpes.services.vacancies;
