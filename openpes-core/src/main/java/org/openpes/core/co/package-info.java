/** The CO interchange format: event types, communication kinds and the CSV columns (see docs/co-format.md). */
package org.openpes.core.co;
