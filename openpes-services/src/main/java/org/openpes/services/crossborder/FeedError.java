package org.openpes.services.crossborder;

/**
 * Why a row of a feed (or the feed itself, row 0) was refused: the row's position in the feed's list (1 for the
 * first), its id as the feed gives it (empty when it has none), the field and what it must be.
 */
public record FeedError(int row, String id, String field, String message) {
    @Override
    public String toString() {
        return (row == 0 ? "feed" : "row " + row + (id.isEmpty() ? "" : " (" + id + ")")) + ": field '" + field
                + "': " + message;
    }
}
