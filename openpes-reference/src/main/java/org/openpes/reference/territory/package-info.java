/** Territories: ISTAT comuni, provinces, regions, NUTS-3, cadastral codes, and the Centri per l'impiego. */
package org.openpes.reference.territory;
