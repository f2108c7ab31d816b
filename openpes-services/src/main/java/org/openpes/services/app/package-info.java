/**
 * The application services: one method per thing a user does, taking the caller and a typed command; each checks
 * the permission it declares and the caller's territorial scope, runs in one transaction with the caller as the
 * database's actor, and writes its audit record in that transaction. The HTTP routes and CLI commands only translate
 * input and output.
 */
package org.openpes.services.app;
