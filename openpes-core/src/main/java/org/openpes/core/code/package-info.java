/**
 * Codes of the official classifications (ISTAT comuni, ATECO, CP2011, ESCO, NUTS), checked for shape at
 * construction. Whether a well-shaped code exists is answered by the reference data module.
 */
package org.openpes.core.code;
