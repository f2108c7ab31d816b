package org.openpes.generator.services;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.openpes.generator.output.ByteSink;

/**
 * The patti di servizio of the GOL programme for the generated job seekers, consistent with their CO: a person
 * registered since GOL began (July 2022) is taken in charge with probability {@link #TAKE_UP} and signs a patto 7 to
 * 60 days after registering, unless the CO show them hired before that day; the patto closes on their first CO hire
 * after signing. The GOL path follows the region's real shares (INAPP, table 1.2); each path has its catalogue
 * actions, done on their due date unless the patto closed first. The generator gives the services no effect on
 * hiring: an outcome evaluation on this data should find none (a placebo check).
 */
final class GolPacts {
    /**
     * The share of registered people taken in charge: an assumption (the real tables count the people taken in
     * charge, not the registered).
     */
    static final double TAKE_UP = 0.6;
    static final int GOL_START = (int) LocalDate.of(2022, 7, 1).toEpochDay();
    private static final String[] PATHS = {"REINSERIMENTO", "AGGIORNAMENTO", "RIQUALIFICAZIONE",
        "LAVORO_E_INCLUSIONE", "RICOLLOCAZIONE_COLLETTIVA"};
    /** The actions of each path (kind, label, days from signing to the due date). */
    private static final String[][][] ACTIONS = {
        {{"LEP_BASIC_ORIENTATION", "Orientamento di base", "14"}, {"LEP_JOB_ACCOMPANIMENT",
            "Accompagnamento al lavoro", "60"}},
        {{"LEP_BASIC_ORIENTATION", "Orientamento di base", "14"}, {"GOL_UPSKILLING_COURSE",
            "Corso breve di aggiornamento", "90"}, {"LEP_JOB_ACCOMPANIMENT", "Accompagnamento al lavoro", "120"}},
        {{"LEP_SPECIALIST_ORIENTATION", "Orientamento specialistico", "21"}, {"GOL_RESKILLING_COURSE",
            "Corso di riqualificazione", "180"}, {"LEP_JOB_ACCOMPANIMENT", "Accompagnamento al lavoro", "210"}},
        {{"LEP_SPECIALIST_ORIENTATION", "Orientamento specialistico", "21"}, {"GOL_SOCIAL_NETWORK_REFERRAL",
            "Attivazione della rete dei servizi sociali", "30"}, {"LEP_TRAINEESHIP", "Tirocinio di inclusione", "150"}},
        {{"GOL_OUTPLACEMENT", "Ricollocazione collettiva", "30"}}};

    private final double[] cumulative = new double[5];
    private final SplittableRandom random;
    private final int idBase;
    private final int lastDay;
    private int[] registeredOn = new int[1024];
    private int[] firstHire = new int[1024];
    private int count;

    GolPacts(double[] pathShares, long seed, int idBase, int lastDay) {
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += pathShares[i];
            cumulative[i] = sum;
        }
        this.random = new SplittableRandom(seed ^ 0x60L);
        this.idBase = idBase;
        this.lastDay = lastDay;
    }

    /** Seeker {@code id} (their number within the shard) registered on {@code day}. */
    void registered(int id, int day) {
        int i = id - idBase - 1;
        if (i >= registeredOn.length) {
            registeredOn = Arrays.copyOf(registeredOn, Math.max(i + 1, registeredOn.length * 2));
            firstHire = Arrays.copyOf(firstHire, registeredOn.length);
        }
        registeredOn[i] = day;
        firstHire[i] = Integer.MAX_VALUE;
        count = Math.max(count, i + 1);
    }

    /** Seeker {@code id} was hired on {@code day} (any order of days: the first one after registering counts). */
    void hired(int id, int day) {
        int i = id - idBase - 1;
        if (day > registeredOn[i] && day < firstHire[i]) {
            firstHire[i] = day;
        }
    }

    /**
     * Writes {@code patti-pK.csv}, {@code patto_revisions-pK.csv} and {@code patto_actions-pK.csv}.
     */
    void write(Path out, int shard) {
        String p = "-p" + shard + ".csv";
        ByteSink patti = new ByteSink();
        ByteSink revisions = new ByteSink();
        ByteSink actions = new ByteSink();
        List<OutputStream> streams = new ArrayList<>();
        int written = 0;
        int actionCount = 0;
        try {
            open(patti, streams, out.resolve("patti" + p), "patto_id,seeker_id,state,content,case_manager,version,"
                    + "updated_at");
            open(revisions, streams, out.resolve("patto_revisions" + p), "patto_id,version,state,content,reason,"
                    + "actor,at");
            open(actions, streams, out.resolve("patto_actions" + p), "action_id,patto_id,kind,label,state,due_date,"
                    + "assignee,version,done_on");
            for (int i = 0; i < count; i++) {
                int sign = registeredOn[i] + 7 + random.nextInt(54);
                boolean takenUp = random.nextDouble() < TAKE_UP;
                int path = path(random.nextDouble());
                if (!takenUp || sign < GOL_START || sign > lastDay || firstHire[i] <= sign) {
                    continue;
                }
                int closed = firstHire[i] <= lastDay ? firstHire[i] : -1;
                String id = id('T', idBase + ++written);
                String content = content(path, sign);
                int versions = closed >= 0 ? 4 : 3;
                patti.ascii(id + "," + id('S', idBase + i + 1) + "," + (closed >= 0 ? "CLOSED" : "ACTIVE") + ","
                        + content + ",demo," + versions + ",");
                patti.date(closed >= 0 ? closed : sign);
                patti.endRow();
                revision(revisions, id, 1, "DRAFT", content, "drafted with the person", sign);
                revision(revisions, id, 2, "SIGNED", content, "signed by the person and the case manager", sign);
                revision(revisions, id, 3, "ACTIVE", content, "GOL path started", sign);
                if (closed >= 0) {
                    revision(revisions, id, 4, "CLOSED", content, "employed: CO hire", closed);
                }
                for (String[] a : ACTIONS[path]) {
                    int due = sign + Integer.parseInt(a[2]);
                    int end = closed >= 0 ? Math.min(closed, lastDay) : lastDay;
                    String state = due <= end ? "DONE" : closed >= 0 ? "CANCELLED" : "PLANNED";
                    actions.ascii(id('A', idBase + ++actionCount) + "," + id + "," + a[0] + "," + a[1] + "," + state
                            + ",");
                    actions.date(due);
                    actions.ascii(",operator:demo,1,");
                    if (state.equals("DONE")) {
                        actions.date(due);
                    }
                    actions.endRow();
                }
            }
            for (ByteSink s : List.of(patti, revisions, actions)) {
                s.flush();
            }
            for (OutputStream s : streams) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int path(double u) {
        for (int i = 0; i < 5; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return 0;
    }

    private static void revision(ByteSink s, String id, int version, String state, String content, String reason,
            int day) {
        s.ascii(id + "," + version + "," + state + "," + content + "," + reason + ",load,");
        s.date(day);
        s.endRow();
    }

    /** The patto's content as a quoted CSV field: the five elements of art. 20 and the availabilities. */
    private static String content(int path, int sign) {
        String json = "{\"caseManager\":\"demo\",\"riskClass\":" + Math.min(path + 1, 3) + ",\"golPath\":\""
                + PATHS[path] + "\",\"searchActs\":[{\"description\":\"Candidature a offerte di lavoro\","
                + "\"deadline\":\"" + LocalDate.ofEpochDay(sign + 30L) + "\"}],\"contactEveryDays\":30,"
                + "\"proofOfSearch\":\"Copia delle candidature inviate\",\"availableForWorkshops\":true,"
                + "\"availableForTraining\":true,\"acceptsSuitableOffers\":true}";
        return "\"" + json.replace("\"", "\"\"") + "\"";
    }

    private static String id(char prefix, int n) {
        return prefix + String.format("%08d", n);
    }

    private static void open(ByteSink sink, List<OutputStream> streams, Path file, String header) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        streams.add(stream);
        sink.target(stream);
        sink.ascii(header);
        sink.endRow();
    }
}
