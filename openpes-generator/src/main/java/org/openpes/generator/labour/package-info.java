/** The quarter-by-quarter simulation of hires, extensions, transformations and terminations. */
package org.openpes.generator.labour;
