package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.DuckDbIndicatorEngine;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.IndicatorTable;
import org.openpes.observatory.indicators.Measure;
import org.openpes.observatory.indicators.ReEmployment;
import org.openpes.observatory.indicators.YouthInsertion;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Compute labour-market indicators from a store, with disclosure control, as CSV, JSON, Excel "
                + "(xlsx) or Parquet.",
            "Example: ./openpes indicators --store STORE --measure hires,terminations,net,stock --by province,quarter "
                + "--filter ateco=C --from 2022-01 --to 2024-12 --format csv",
            "Measures: hires, hires_workers, apprenticeship_hires, terminations, terminations_workers, net, stock; "
                + "leavers_N and reemployed_N for N = 30, 90, 180, 365 (workers whose position ended, followed N "
                + "days, and those of them hired again within N days) and reemployment_median_days (Kaplan-Meier); "
                + "youth_entrants, youth_inserted and youth_insertion_median_days (people first seen under 30, by "
                + "their first spell: those who reached a permanent contract or apprenticeship, and the Kaplan-Meier "
                + "median days to it); beginning, full_quarter, job_creation, job_destruction (QWI-style, quarterly: "
                + "with quarter in --by; end-of-quarter employment is stock);",
            "or qwi alone: beginning, end and full-quarter employment, hires, separations, job creation and destruction,"
                + " turnover and reallocation rates, for the whole store by quarter (region totals);",
            "or reemployment alone: of the workers whose position ended between --from and --to, the share hired again"
                + " within 30, 90, 180, 365 days, and the Kaplan-Meier median;",
            "or youth alone: for people first seen under 30 whose first spell starts between --from and --to, the "
                + "Kaplan-Meier median time to a first permanent contract or apprenticeship, and the apprenticeship "
                + "share of hires by year.",
            "Breakdowns: year, quarter, month, province, comune, cpi, region, nuts3, section, division, cp2011_1 to "
                + "cp2011_4, isco_1 to isco_4 (through the CP2011-ESCO crosswalk), contract, working_time, sex, "
                + "age_class, citizenship, education.",
            "A cell resting on fewer than --k distinct workers is suppressed, with secondary suppression."})
final class IndicatorsCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "The analytics store directory.")
    Path store;

    @Option(names = "--measure", required = true, split = ",", description = "Measures, comma-separated.")
    List<String> measures;

    @Option(names = "--by", split = ",", description = "Breakdowns, comma-separated.")
    List<String> by = List.of();

    @Option(names = "--filter", description = "DIMENSION=VALUE; 'ateco' means the section (a letter) or the "
            + "division (two digits).")
    Map<String, String> filters = Map.of();

    @Option(names = "--from", defaultValue = "2017-01", description = "First month, YYYY-MM (default ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", defaultValue = "2024-12", description = "Last month, YYYY-MM (default ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--k", defaultValue = "3", description = "Minimum distinct workers per cell (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json, xlsx or parquet (default "
            + "${DEFAULT-VALUE}); xlsx and parquet need --out. qwi, reemployment and youth are CSV only.")
    String format;

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    Path out;

    private static final List<String> FORMATS = List.of("csv", "json", "xlsx", "parquet");

    @Override
    public Integer call() throws Exception {
        if (!FORMATS.contains(format)) {
            throw new OpenPesException(ErrorCode.CO_034, "--format", "'" + format + "' is not one of " + FORMATS);
        }
        if ((format.equals("xlsx") || format.equals("parquet")) && out == null) {
            throw new OpenPesException(ErrorCode.CO_034, "--out", format + " is a binary format: give --out FILE");
        }
        if (List.of("qwi", "reemployment", "youth").containsAll(measures) && !format.equals("csv")) {
            throw new OpenPesException(ErrorCode.CO_034, "--format", measures.get(0) + " is written as CSV only");
        }
        if (measures.equals(List.of("qwi"))) {
            return qwi();
        }
        if (measures.equals(List.of("reemployment"))) {
            return reemployment();
        }
        if (measures.equals(List.of("youth"))) {
            return youth();
        }
        List<Measure> ms = measures.stream().map(Measure::parse).toList();
        List<Dimension> dims = by.stream().map(Dimension::parse).toList();
        Map<Dimension, String> fs = new EnumMap<>(Dimension.class);
        filters.forEach((name, value) -> fs.put(filterDimension(name, value), value));
        IndicatorQuery q = new IndicatorQuery(ms, dims, fs, month("--from", from), month("--to", to), k);
        ReferenceData ref = ReferenceData.load();
        try (EventStore s = open(store, ref)) {
            List<Cell> cells = DisclosureControl.apply(new DuckDbIndicatorEngine(s.connection()).compute(q),
                    dims.size(), k);
            IndicatorTable table = new IndicatorTable(dims, cells);
            switch (format) {
                case "xlsx" -> Files.write(out, table.xlsx());
                case "parquet" -> table.parquet(out);
                default -> {
                    String text = format.equals("csv") ? table.csv() : table.json() + "\n";
                    if (out != null) {
                        Files.writeString(out, text);
                    } else {
                        System.out.print(text);
                    }
                }
            }
        }
        return 0;
    }

    /** Opens the store, saying so when its spells are built (once for each set of batches). */
    static EventStore open(Path store, ReferenceData ref) {
        return EventStore.open(store, ref, () -> System.err.println("openpes: building the spells of this store, once "
                + "for its batches (about 4 minutes at 30M events)..."));
    }

    /** QWI measures by quarter for the whole store: aggregates over the region, far above any disclosure threshold. */
    private int qwi() {
        ReferenceData ref = ReferenceData.load();
        YearMonth f = month("--from", from);
        YearMonth t = month("--to", to);
        StringBuilder sb = new StringBuilder("quarter,beginning,end,full_quarter,hires,separations,job_creation,"
                + "job_destruction,turnover_rate,reallocation_rate\n");
        try (EventStore s = open(store, ref)) {
            for (EventStore.Qwi q : s.qwi(f.getYear(), t.getYear())) {
                sb.append(String.format(java.util.Locale.ROOT, "%s,%d,%d,%d,%d,%d,%d,%d,%.4f,%.4f%n", q.quarter(),
                        q.beginning(), q.end(), q.fullQuarter(), q.hires(), q.separations(), q.jobCreation(),
                        q.jobDestruction(), q.turnoverRate(), q.reallocationRate()));
            }
        }
        System.out.print(sb);
        return 0;
    }

    private int reemployment() {
        ReferenceData ref = ReferenceData.load();
        try (EventStore s = open(store, ref)) {
            var r = ReEmployment.compute(new DuckDbIndicatorEngine(s.connection()), month("--from", from),
                    month("--to", to));
            StringBuilder sb = new StringBuilder("horizon_days,observable_workers,rehired,share\n");
            for (int h : ReEmployment.HORIZONS) {
                long[] v = r.withinDays().get(h);
                boolean hidden = v[0] < k || v[1] < k;
                sb.append(h).append(',').append(v[0]).append(',').append(hidden ? "" : v[1]).append(',')
                        .append(hidden ? "" : String.format(java.util.Locale.ROOT, "%.4f", r.share(h))).append('\n');
            }
            System.out.print(sb);
            System.out.println("# cohort " + r.cohort() + " workers; Kaplan-Meier median days to re-employment: "
                    + (r.medianDays() == null ? "not reached" : r.cohort() < k ? "suppressed" : r.medianDays()));
        }
        return 0;
    }

    private int youth() {
        ReferenceData ref = ReferenceData.load();
        try (EventStore s = open(store, ref)) {
            var r = YouthInsertion.compute(new DuckDbIndicatorEngine(s.connection()), month("--from", from),
                    month("--to", to));
            System.out.println("year,apprenticeship_share_of_hires");
            r.apprenticeshipShare().forEach((year, share) -> System.out.printf(java.util.Locale.ROOT, "%s,%.4f%n",
                    year, share));
            System.out.println("# " + r.cohort() + " people first seen under 30, " + r.reached()
                    + " reached a permanent contract or apprenticeship; Kaplan-Meier median days: "
                    + (r.medianDays() == null ? "not reached" : r.cohort() < k ? "suppressed" : r.medianDays()));
        }
        return 0;
    }

    private static Dimension filterDimension(String name, String value) {
        if (name.equals("ateco")) {
            return value.matches("[A-V]") ? Dimension.SECTION : Dimension.DIVISION;
        }
        return Dimension.parse(name);
    }

    private static YearMonth month(String option, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new OpenPesException(ErrorCode.CO_034, option, "'" + value + "' is not a month (YYYY-MM)");
        }
    }
}
