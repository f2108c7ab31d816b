/** The PostgreSQL database of operational records: embedded (zonky) or external, migrated by Flyway. */
package org.openpes.operational.db;
