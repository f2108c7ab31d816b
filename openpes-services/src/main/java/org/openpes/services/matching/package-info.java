/** The skills engine's matcher as the vacancy services' {@code Candidates} port: an adapter, like pg and co. */
package org.openpes.services.matching;
