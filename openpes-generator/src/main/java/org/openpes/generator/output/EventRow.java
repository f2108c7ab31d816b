package org.openpes.generator.output;

import org.openpes.core.co.CoEventType;
import org.openpes.core.co.CommunicationKind;

/**
 * One CO event being written: a mutable row reused for speed, filled by the simulation. Days are epoch days; codes
 * are ASCII bytes encoded once, so that writing a row is a sequence of copies.
 */
public final class EventRow {
    public static final int NONE = Integer.MAX_VALUE;

    public long communication;
    public long corrects = -1;
    public CoEventType type;
    public CommunicationKind kind = CommunicationKind.ORDINARY;
    public int sendingDay;
    /** The employer's fields (code, ATECO, ATECO version, workplace comune): their length at employerAt, then them. */
    public byte[] employer;
    public int employerAt;
    public byte[] workerCode;
    public int workerCodeOffset;
    public boolean female;
    public int birthDay;
    public byte[] citizenship;
    public byte[] residenceComune;
    public int isced;
    public int startDay;
    public int plannedEndDay = NONE;
    public byte[] contractType;
    public byte[] workingTime;
    public int weeklyHours;
    public byte[] cp2011;
    public byte[] ccnl;
    public int eventDay;
    public int extensionEndDay = NONE;
    public String transformationCode;
    public String terminationReason;

    /** Resets the event-specific fields; the caller sets them again. */
    public void clearDetails() {
        corrects = -1;
        kind = CommunicationKind.ORDINARY;
        extensionEndDay = NONE;
        transformationCode = null;
        terminationReason = null;
    }
}
