/** Synthetic workers and employers with valid codes, and the weights of the comuni where they live and work. */
package org.openpes.generator.population;
