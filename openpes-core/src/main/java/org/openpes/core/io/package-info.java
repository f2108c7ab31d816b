/** Files and directories: temporary directories that clean up after themselves. */
package org.openpes.core.io;
