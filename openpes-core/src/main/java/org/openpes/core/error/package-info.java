/** Stable error codes shared by every module, and the exception that carries them. */
package org.openpes.core.error;
