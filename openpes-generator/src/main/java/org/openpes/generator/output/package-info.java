/** Fast writing of CO events in the interchange CSV, with optional injected defects. */
package org.openpes.generator.output;
