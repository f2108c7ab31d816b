package org.openpes.services.crisis;

/** Why a firm is on the watch list. */
public enum Signal {
    TERMINATIONS_RISING, COLLECTIVE_TERMINATIONS, HIRES_STOPPED
}
