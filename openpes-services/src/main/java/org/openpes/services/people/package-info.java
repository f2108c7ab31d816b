/**
 * The person registry, along the sections of the national Scheda Anagrafica Professionale that this release holds:
 * personal data, the DID date, the CPI that owns the record (the CPI of the domicile, unless transferred).
 */
package org.openpes.services.people;
