/** Readers of the feeds that other systems send: the MA.R.E. vacancy feed of a neighbouring PES (JSON). */
package org.openpes.services.feeds;
