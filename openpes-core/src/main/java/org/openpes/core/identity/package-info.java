/** Identifiers of people and firms (codice fiscale, partita IVA), validated at construction. */
package org.openpes.core.identity;
