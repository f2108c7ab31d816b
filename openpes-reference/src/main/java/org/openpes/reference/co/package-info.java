/**
 * The code tables of the Comunicazioni Obbligatorie: contract types, working time, module types, termination
 * reasons and transformation types. See docs/co-format.md for what is transcribed and what is OpenPES-local.
 */
package org.openpes.reference.co;
