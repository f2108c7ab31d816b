/**
 * Workflows as one transition table each (state, event, next state, guard): the rules, the documentation and the
 * exhaustive tests read the same table; business refusals are values ({@link org.openpes.services.workflow.Refusal}),
 * not exceptions.
 */
package org.openpes.services.workflow;
