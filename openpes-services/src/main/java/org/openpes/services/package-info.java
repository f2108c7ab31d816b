/**
 * The public employment service itself: people and their patto di servizio, who may do what where, and the audit of
 * it. The domain ({@code workflow}, {@code access}, {@code people}, {@code patto}) is plain Java that depends only on
 * core and reference; the application services ({@code app}) run each use case for a caller (permission, territorial
 * scope, transaction, audit); {@code pg} is the PostgreSQL adapter and {@code auth} the local accounts. ArchUnit
 * checks these dependencies ({@code ArchitectureTest}).
 */
package org.openpes.services;
