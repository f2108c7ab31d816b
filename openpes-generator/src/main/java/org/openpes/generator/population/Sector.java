package org.openpes.generator.population;

import java.util.List;

/**
 * An ATECO section as the generator sees it: its share of hires, its seasonal multipliers by quarter, and the CP2011
 * codes its hires are drawn from (those under the listed prefixes).
 */
public record Sector(String section, double hireShare, double[] seasonality, List<String> cp2011Codes) {
}
