package org.openpes.observatory.ingest;

import org.openpes.reference.ReferenceData;
import org.openpes.reference.ateco.Ateco;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.cp2011.Cp2011;
import org.openpes.reference.territory.Territories;

/**
 * The reference tables the CO rules read: comuni, ATECO, CP2011 and the CO code tables. Not ESCO, which the rules do
 * not need and which holds most of the reference data's memory (about 170 MB): an ingestion that keeps only these
 * leaves that room to its batches (at 60M events, two files of 4M rows at once need their duplicate tables of
 * 134 MB each in a 700 MB heap).
 */
public record CoReference(Territories territories, Ateco ateco, Cp2011 cp2011, CoCodes coCodes) {
    public static CoReference of(ReferenceData ref) {
        return new CoReference(ref.territories(), ref.ateco(), ref.cp2011(), ref.coCodes());
    }
}
