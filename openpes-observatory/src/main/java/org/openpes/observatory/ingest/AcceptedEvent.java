package org.openpes.observatory.ingest;

/**
 * A CO event that passed every rule, pseudonymised: no fiscal code, no birth date. Dates are ISO strings (as
 * received: the rules checked their form); empty strings are absent values. {@code eventDay} is the event date in
 * days since 1970-01-01, for partitioning. {@code ateco2025} and {@code section} resolve older ATECO 2007 codes.
 */
record AcceptedEvent(String communicationId, String eventType, String kind, String correctsId,
        String sendingDate, String employerKey, String ateco, String ateco2025, String section,
        String workplaceComune, String province, String workerKey, String sex, String ageClass,
        String citizenshipGroup, String residenceComune, int education, String startDate, String plannedEndDate,
        String contractType, String contractGroup, String workingTime, int weeklyHours, String cp2011,
        String eventDate, String extensionEndDate, String transformationCode, String terminationReason,
        int eventDay) {
}
