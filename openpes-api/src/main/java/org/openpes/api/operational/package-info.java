/** HTTP access to the operational records. */
package org.openpes.api.operational;
