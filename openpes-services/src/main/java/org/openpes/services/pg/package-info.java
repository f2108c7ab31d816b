/**
 * The PostgreSQL adapter of the application services (JDBI over a HikariCP pool): typed rows, one transaction per
 * use case with the caller as the database's actor, optimistic locking on versions.
 */
package org.openpes.services.pg;
