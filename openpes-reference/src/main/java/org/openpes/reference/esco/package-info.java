/**
 * The ESCO v1.1.1 classification: occupations, skills, their relations, ISCO-08 groups, skill groups (with ISCED-F),
 * hierarchies, collections and multilingual occupation labels. "This service uses the ESCO classification of the
 * European Commission."
 */
package org.openpes.reference.esco;
