/**
 * The audit trail of personal data: who did what to whose record, when, from where and why, in an append-only,
 * hash-chained table that the database itself chains and guards; and the actor every write of personal data must
 * name.
 */
package org.openpes.operational.audit;
