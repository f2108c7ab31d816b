/** Text folding shared by every look-up by name or label. */
package org.openpes.core.text;
