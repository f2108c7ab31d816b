package org.openpes.reference.ateco;

/**
 * One node of an ATECO tree: level 1 section (C) to level 6 subcategory (10.11.00), with its parent code.
 * {@code version} is 2025 or 2007 (the 2022 update of ATECO 2007).
 */
public record AtecoActivity(int version, String code, String titleIt, String titleEn, int level, String parentCode) {
}
