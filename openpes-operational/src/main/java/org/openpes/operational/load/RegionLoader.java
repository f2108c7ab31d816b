package org.openpes.operational.load;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads a generated region's operational records (employers, job seekers, vacancies, courses) into PostgreSQL.
 * Every row is checked first; the first bad row stops the load with {@code OPES-OPS-003} naming the file, the line
 * and the column (never the value of a personal column). The load replaces the previous records in one transaction,
 * so a failed load leaves the previous data exactly as it was.
 */
public final class RegionLoader {
    private final DataSource dataSource;
    private final List<TableLoad> tables;
    private final LoadSchema schema;
    private final Map<String, String> cpiOfComune;
    /** Who loads: the audit trail's actor of the load, and of every row it writes. */
    private final String actor;

    /** A loader run by the machine's operator from the command line ({@code cli:load:USER}). */
    public RegionLoader(DataSource dataSource, LoadSchema schema) {
        this(dataSource, schema, "cli:load:" + System.getProperty("user.name", "unknown"));
    }

    public RegionLoader(DataSource dataSource, LoadSchema schema, String actor) {
        this.dataSource = dataSource;
        this.tables = schema.tables();
        this.schema = schema;
        this.cpiOfComune = schema.cpiOfComune();
        this.actor = actor;
    }

    /** Each loaded person belongs to the CPI of their domicile. */
    private void assignOwnerCpi(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create temporary table comune_cpi (comune char(6) primary key, cpi varchar(16)) "
                    + "on commit drop");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into comune_cpi values (?, ?)")) {
            for (Map.Entry<String, String> e : cpiOfComune.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("update job_seeker s set owner_cpi = t.cpi from comune_cpi t where t.comune = s.home_comune");
        }
    }

    /**
     * A vacancy that a region's records say was filled, by whom and when, becomes that person's accepted application
     * (made on the day the vacancy was published, accepted on the hire's day): the employer services then confirm it
     * against the CO hire and count it as a placement like any other.
     */
    private static long recordHires(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate("insert into application (application_id, vacancy_id, seeker_id, source, state, "
                    + "note, created_on, changed_on, version) select 'A' || vacancy_id, vacancy_id, hired_seeker_id, "
                    + "'OPERATOR', 'ACCEPTED', 'hire recorded in the region''s records', published_date, "
                    + "greatest(published_date, coalesce(hire_date, closing_date)), 1 from vacancy "
                    + "where hired_seeker_id is not null");
        }
    }

    /** What was loaded: rows per table. */
    public record LoadReport(Map<String, Long> rows) {
    }

    public LoadReport load(Path dir, BiConsumer<Double, String> progress) {
        for (TableLoad t : tables) {
            if (!Files.isRegularFile(dir.resolve(t.file())) && !schema.mayBeMissing(t)) {
                throw new OpenPesException(ErrorCode.OPS_003, dir.resolve(t.file()), 0, "the file is missing");
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            org.openpes.operational.audit.AuditTrail.append(c, new org.openpes.operational.audit.AuditEntry(
                    actor, org.openpes.operational.audit.AuditAction.LOAD, "region", "cli",
                    "load of a region's operational records, replacing the previous ones"));
            try (Statement st = c.createStatement()) {
                // A demo region replaces every operational record, the patti of its people included.
                st.execute("truncate employer, job_seeker, seeker_skill, vacancy, vacancy_skill, training_course, "
                        + "course_skill, patto_action, patto_revision, patto, person_transfer, person_protected, "
                        + "break_glass, person_profile, crisis_worker, crisis_case, interview_slot, invitation, "
                        + "event_vacancy, recruiting_event, person_education, person_training, person_experience, "
                        + "referral, partner_member, partner_agreement, partner, person_mobility, "
                        + "cross_border_vacancy, cross_border_feed, meeting_follow_up, meeting, employer_contact, "
                        + "employer_establishment, employer_need, "
                        + "application, employer_interaction");
            }
            int i = 0;
            for (TableLoad t : tables) {
                progress.accept((double) i++ / tables.size(), t.table());
                if (!Files.isRegularFile(dir.resolve(t.file()))) {
                    continue; // an optional file (LoadSchema#mayBeMissing) that this region lacks
                }
                counts.put(t.table(), copy(c, dir.resolve(t.file()), t, keys));
            }
            assignOwnerCpi(c);
            counts.put("application", recordHires(c));
            try (PreparedStatement ps = c.prepareStatement("insert into region_load (source, employers, seekers, "
                    + "vacancies, courses) values (?, ?, ?, ?, ?)")) {
                ps.setString(1, dir.toAbsolutePath().normalize().toString());
                ps.setLong(2, counts.getOrDefault("employer", 0L));
                ps.setLong(3, counts.getOrDefault("job_seeker", 0L));
                ps.setLong(4, counts.getOrDefault("vacancy", 0L));
                ps.setLong(5, counts.getOrDefault("training_course", 0L));
                ps.executeUpdate();
            }
            c.commit();
            progress.accept(1.0, "loaded");
            return new LoadReport(counts);
        } catch (SQLException e) {
            throw new OpenPesException(ErrorCode.OPS_001, "SQL state " + e.getSQLState());
        }
    }

    private long copy(Connection c, Path file, TableLoad t, Map<String, Set<String>> keys) throws SQLException {
        List<String> names = t.columns().stream().map(Column::name).toList();
        String sql = "copy " + t.table() + " (" + String.join(", ", names) + ") from stdin with (format csv)";
        Set<String> ownKeys = new HashSet<>();
        long rows = 0;
        try {
            long notUtf8 = Utf8Check.firstBadLine(file);
            if (notUtf8 > 0) {
                throw bad(file, notUtf8, "the file is not UTF-8 text from this line (save it as UTF-8)");
            }
        } catch (IOException e) {
            throw bad(file, 0, "cannot read the file: " + e.getMessage());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                        .ofCsvRecord(reader);
                Writer out = new BufferedWriter(new OutputStreamWriter(
                        new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, 1 << 16), StandardCharsets.UTF_8),
                        1 << 16)) {
            int[] position = null;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (position == null) {
                    position = header(file, r, names);
                    continue;
                }
                if (r.getFieldCount() != position.length) {
                    throw bad(file, line, "expected " + position.length + " fields, found " + r.getFieldCount());
                }
                String[] values = new String[names.size()];
                for (int k = 0; k < names.size(); k++) {
                    Column col = t.columns().get(k);
                    String v = r.getField(position[k]).strip();
                    values[k] = v;
                    if (v.isEmpty()) {
                        if (col.required()) {
                            throw bad(file, line, "column '" + col.name() + "' is empty");
                        }
                        continue;
                    }
                    String problem = col.check().apply(v);
                    if (problem != null) {
                        throw bad(file, line, "column '" + col.name() + "' "
                                + (col.personal() ? "" : "value '" + clip(v) + "' ") + problem);
                    }
                    String target = t.references().get(col.name());
                    if (target != null && !keys.getOrDefault(target, Set.of()).contains(v)) {
                        throw bad(file, line, "column '" + col.name() + "' value '" + clip(v)
                                + "' refers to no row of " + target);
                    }
                }
                String rowProblem = t.rowCheck() == null ? null : t.rowCheck().apply(names, values);
                if (rowProblem != null) {
                    throw bad(file, line, rowProblem);
                }
                String key = uniqueKey(t, names, values);
                if (!ownKeys.add(key)) {
                    throw bad(file, line, "duplicate row for " + t.uniqueTogether() + (t.key() != null
                            && !personal(t, t.key()) ? " '" + clip(key) + "'" : ""));
                }
                writeCsv(out, values);
                rows++;
            }
            if (position == null) {
                throw bad(file, 1, "the file is empty (no header row)");
            }
        } catch (CsvParseException e) {
            throw bad(file, 0, "malformed CSV: " + e.getMessage());
        } catch (IOException e) {
            // The driver's detail may quote a whole row (personal data): report the SQL state only, without cause.
            String state = e.getCause() instanceof SQLException se ? " (SQL state " + se.getSQLState() + ")" : "";
            throw bad(file, 0, "the database refused the rows of " + t.table() + state);
        }
        if (t.key() != null) {
            keys.put(t.table(), ownKeys);
        }
        return rows;
    }

    private static boolean personal(TableLoad t, String column) {
        return t.columns().stream().anyMatch(c -> c.name().equals(column) && c.personal());
    }

    private static String uniqueKey(TableLoad t, List<String> names, String[] values) {
        StringBuilder sb = new StringBuilder();
        for (String col : t.uniqueTogether()) {
            sb.append(values[names.indexOf(col)]).append('|');
        }
        return t.uniqueTogether().size() == 1 ? sb.substring(0, sb.length() - 1) : sb.toString();
    }

    private static int[] header(Path file, CsvRecord r, List<String> names) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < r.getFieldCount(); i++) {
            at.put(r.getField(i).strip(), i);
        }
        int[] position = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            Integer p = at.get(names.get(k));
            if (p == null) {
                throw bad(file, 1, "missing column '" + names.get(k) + "' in the header");
            }
            position[k] = p;
        }
        if (r.getFieldCount() != names.size()) {
            throw bad(file, 1, "expected the columns " + names);
        }
        return position;
    }

    private static void writeCsv(Writer out, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = values[i];
            if (!v.isEmpty()) {
                out.write('"');
                out.write(v.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }

    private static String clip(String v) {
        String printable = v.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    private static OpenPesException bad(Path file, long line, String what) {
        return new OpenPesException(ErrorCode.OPS_003, file.getFileName(), line, what);
    }
}
