/** HTTP look-ups of the reference data. */
package org.openpes.api.reference;
