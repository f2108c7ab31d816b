/** Loading a generated region's operational records into PostgreSQL, row by row checked, in one transaction. */
package org.openpes.operational.load;
