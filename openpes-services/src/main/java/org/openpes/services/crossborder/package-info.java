/**
 * Cross-border mobility (Italy–France, the MA.R.E. project): the vacancies of a neighbouring public employment service
 * as a feed delivers them, checked row by row ({@link org.openpes.services.crossborder.FeedRows}) into
 * {@link org.openpes.services.crossborder.CrossBorderVacancy} records, and what a person must have declared to be
 * matched with one: the mobility to that country and every language it asks for. The feed's format is
 * docs/formats/mare-feed.md.
 */
package org.openpes.services.crossborder;
