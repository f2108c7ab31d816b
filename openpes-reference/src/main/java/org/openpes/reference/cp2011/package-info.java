/** ISTAT CP2011 occupations (the "qualifica professionale" of CO records) and their official ESCO crosswalk. */
package org.openpes.reference.cp2011;
