/** Indicators defined once over spells: flows, stocks, breakdowns, and disclosure control before publication. */
package org.openpes.observatory.indicators;
