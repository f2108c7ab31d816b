/**
 * The person's curriculum: section 3 ("istruzione e formazione") and the declared parts of sections 4 and 5 of the
 * Scheda Anagrafica Professionale: titles of study, training courses, declared work experience, ESCO skills. The CO
 * show the rest of the work experience (see {@code app.WorkHistories}).
 */
package org.openpes.services.curriculum;
