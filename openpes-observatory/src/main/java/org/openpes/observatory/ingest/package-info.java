/**
 * CO ingestion into the analytics store: row rules with stable codes, quarantine, pseudonymisation, exact-duplicate
 * removal, and batches made visible atomically (work in progress of issue 3).
 */
package org.openpes.observatory.ingest;
