/**
 * The patto di servizio personalizzato (D.Lgs. 150/2015 art. 20): a versioned contract whose states and whose
 * actions' states are each one transition table ({@link org.openpes.services.patto.PattoWorkflow},
 * {@link org.openpes.services.patto.ActionWorkflow}); it is signed only when it holds the five elements of art. 20
 * c.2 and the availabilities of c.3 ({@link org.openpes.services.patto.PattoContent#missingElements()}).
 */
package org.openpes.services.patto;
