/**
 * The adapter from the application services to the observatory's CO store: people's work histories, found by the
 * pseudonym of their fiscal code (the store holds no fiscal code).
 */
package org.openpes.services.co;
