/** Reading the analytics store through DuckDB: events with corrections applied, spells, quarterly flows and stocks. */
package org.openpes.observatory.store;
