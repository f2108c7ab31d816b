/** HTTP access to the observatory's indicators, after disclosure control. */
package org.openpes.api.observatory;
