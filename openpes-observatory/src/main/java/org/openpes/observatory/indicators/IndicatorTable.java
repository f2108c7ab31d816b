package org.openpes.observatory.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published indicator table: one row per cell, suppressed cells marked and without a value. */
public record IndicatorTable(List<Dimension> by, List<Cell> cells) {

    public IndicatorTable {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing((Cell c) -> String.join("\u0000", c.key()))
                .thenComparing(c -> c.measure().ordinal()));
        cells = List.copyOf(sorted);
    }

    /** CSV: one header row, then one row per cell; a suppressed cell has an empty value and suppressed=true. */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        by.forEach(d -> sb.append(d.label()).append(','));
        sb.append("measure,value,suppressed\n");
        for (Cell c : cells) {
            c.key().forEach(v -> sb.append(v == null ? "" : v).append(','));
            sb.append(c.measure().label()).append(',').append(c.suppressed() ? "" : Long.toString(c.value()))
                    .append(',').append(c.suppressed()).append('\n');
        }
        return sb.toString();
    }

    /** One map per cell: the breakdown values, the measure, the value (null when suppressed), the flag. */
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cell c : cells) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < by.size(); i++) {
                row.put(by.get(i).label(), c.key().get(i));
            }
            row.put("measure", c.measure().label());
            row.put("value", c.suppressed() ? null : c.value());
            row.put("suppressed", c.suppressed());
            rows.add(row);
        }
        return rows;
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
