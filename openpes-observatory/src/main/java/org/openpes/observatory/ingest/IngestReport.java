package org.openpes.observatory.ingest;

import java.util.Map;

/** What an ingestion run did: rows read, accepted, quarantined by code, exact duplicates dropped, batches skipped. */
public record IngestReport(long read, long accepted, Map<String, Long> quarantinedByCode, long duplicates,
        int batchesIngested, int batchesAlreadyPresent, double seconds) {

    public long quarantined() {
        return quarantinedByCode.values().stream().mapToLong(Long::longValue).sum();
    }
}
