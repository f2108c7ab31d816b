/** Where reference files come from (bundled or overlaid) and a strict reader for them. */
package org.openpes.reference.source;
