/**
 * Reference data carried inside the product (ESCO, ISTAT comuni, ATECO, CP2011, CPIs, CO codes), loaded in parallel
 * and checked at load. Sources and licences are in the NOTICE file at the root of the project.
 */
package org.openpes.reference;
