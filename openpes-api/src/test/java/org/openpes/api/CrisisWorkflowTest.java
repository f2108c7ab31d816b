package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.services.crisis.WatchRule;

/**
 * The crisis unit of Lombardy at work over the fixture region's CO: the watch list names firms by the rule's
 * signals; a case opened on a firm takes its workers from the CO contracts open at a day, names the registered ones
 * and draws their re-employment curve; wrong input and other roles are refused.
 */
class CrisisWorkflowTest {
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static OperatorClient as(String user) throws Exception {
        return OperatorClient.signedIn(server.port(), "demo." + user, ServerFixture.DEMO_PASSWORD);
    }

    /** The account of the region's employer with the most contracts open at mid-2024 among those with a hire. */
    static String bigEmployer() throws Exception {
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select e.account_id from employer e join vacancy v on v.employer_code = "
                        + "e.employer_code where length(e.employer_code) = 11 group by e.account_id, e.size_class "
                        + "order by e.size_class = '250+' desc, count(*) desc, e.account_id limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theWatchListShowsTheRulesSignalsAndACaseFollowsItsWorkersThroughTheCo() throws Exception {
        OperatorClient unit = as("crisis-unit");
        JsonNode watch = unit.ok("GET", "/api/crisis/watch", null);
        for (JsonNode w : watch) {
            JsonNode f = w.get("flows");
            var signals = WatchRule.signals(new WatchRule.Flows(f.get("hiresLately").asInt(),
                    f.get("hiresBefore").asInt(), f.get("terminationsLately").asInt(),
                    f.get("terminationsBefore").asInt(), f.get("collectiveLately").asInt()));
            assertThat(signals).isNotEmpty();
            assertThat(w.get("signals")).hasSize(signals.size());
        }
        String account = bigEmployer();
        HttpResponse<String> badDay = unit.send("POST", "/api/crisis", "{\"account\":\"" + account + "\","
                + "\"procedure\":\"CIGS\",\"at\":\"30/06/2024\"}");
        assertThat(OperatorClient.code(badDay)).isEqualTo("OPES-SRV-004");
        assertThat(badDay.body()).contains("'at'");
        assertThat(unit.send("POST", "/api/crisis", "{\"account\":\"" + account + "\",\"procedure\":\"CIGS\","
                + "\"at\":\"2026-06-30\"}").body()).as("after the CO's last day").contains("2024-12-31");
        assertThat(OperatorClient.code(unit.send("POST", "/api/crisis", "{\"account\":\"" + account + "\","
                + "\"procedure\":\"BANKRUPTCY\",\"at\":\"2024-06-30\"}"))).isEqualTo("OPES-SRV-004");

        JsonNode opened = unit.ok("POST", "/api/crisis", "{\"account\":\"" + account + "\",\"procedure\":"
                + "\"COLLECTIVE_DISMISSAL\",\"at\":\"2024-03-31\"}");
        int workers = opened.get("workers").asInt();
        assertThat(workers).as("the contracts open at the day").isPositive();
        assertThat(opened.get("registered").size()).isLessThanOrEqualTo(workers);
        JsonNode all = opened.get("curves").get(0);
        assertThat(all.get("group").asText()).isEqualTo("all");
        assertThat(all.get("workers").asInt()).isEqualTo(workers - opened.get("stillEmployed").asInt());
        int byAge = 0;
        int byOccupation = 0;
        for (int i = 1; i < opened.get("curves").size(); i++) {
            JsonNode curve = opened.get("curves").get(i);
            if (curve.get("group").asText().startsWith("CP2011 ")) {
                byOccupation += curve.get("workers").asInt();
            } else {
                byAge += curve.get("workers").asInt();
            }
        }
        assertThat(byAge).as("the age classes share the workers out").isEqualTo(all.get("workers").asInt());
        assertThat(byOccupation).as("so do the occupations (every CO contract has one)")
                .isEqualTo(all.get("workers").asInt());
        assertThat(all.get("reemployed").asInt()).isBetween(0, all.get("workers").asInt());
        double last = 1;
        for (JsonNode step : all.get("steps")) {
            assertThat(step.get("survival").asDouble()).isBetween(0.0, last);
            last = step.get("survival").asDouble();
        }
        if (all.get("medianDays").isNumber()) {
            assertThat(last).isLessThanOrEqualTo(0.5);
        }
        JsonNode read = unit.ok("GET", "/api/crisis/" + opened.get("id").asText(), null);
        assertThat(read.get("workers").asInt()).isEqualTo(workers);
        assertThat(read.get("registered")).isEqualTo(opened.get("registered"));
        assertThat(read.get("roundTable")).isEmpty();

        String caseId = opened.get("id").asText();
        String today = java.time.LocalDate.now().toString();
        JsonNode table = unit.ok("POST", "/api/crisis/" + caseId + "/round-table", "{\"held_on\":\"" + today
                + "\",\"attendees\":\"Regione Lombardia, DG Lavoro\\nFIOM-CGIL\",\"minutes\":\"Esame congiunto."
                + "\",\"decisions\":\"Ricollocazione GOL 5\",\"follow_ups\":\"Elenco dei lavoratori; azienda; "
                + today + "\"}");
        assertThat(table).singleElement().satisfies(m -> assertThat(m.get("attendees")).hasSize(2));
        String followUp = table.get(0).get("followUps").get(0).get("id").asText();
        var bad = unit.send("POST", "/api/crisis/" + caseId + "/round-table", "{\"held_on\":\"" + today
                + "\",\"attendees\":\"Regione\",\"minutes\":\"x\",\"follow_ups\":\"senza scadenza; CPI\"}");
        assertThat(OperatorClient.code(bad)).isEqualTo("OPES-SRV-004");
        assertThat(bad.body()).contains("'follow_ups'").contains("line 1");
        JsonNode done = unit.ok("POST", "/api/crisis/" + caseId + "/follow-ups/" + followUp + "/done", "{}");
        assertThat(done.get(0).get("followUps").get(0).get("doneOn").asText()).isEqualTo(today);
        assertThat(unit.ok("GET", "/api/crisis/" + caseId, null).get("roundTable").get(0).get("followUps").get(0)
                .get("doneOn").asText()).isEqualTo(today);
        assertThat(OperatorClient.code(as("account-manager").send("POST", "/api/crisis/" + caseId
                + "/round-table", "{}"))).isEqualTo("OPES-SRV-007");

        JsonNode enrolled = unit.ok("POST", "/api/crisis/" + caseId + "/group-assessment", "{}");
        int registered = read.get("registered").size();
        assertThat(enrolled.get("actionsAdded").asInt() + enrolled.get("alreadyEnrolled").asInt()
                + enrolled.get("outOfScope").asInt()).as("every registered worker is counted once")
                .isEqualTo(registered);
        JsonNode again = unit.ok("POST", "/api/crisis/" + caseId + "/group-assessment", "{}");
        assertThat(again.get("actionsAdded").asInt()).isZero();
        assertThat(again.get("drafted").asInt()).isZero();
        assertThat(again.get("alreadyEnrolled").asInt()).isEqualTo(enrolled.get("actionsAdded").asInt()
                + enrolled.get("alreadyEnrolled").asInt());
        assertThat(OperatorClient.code(as("case-manager").send("POST", "/api/crisis/" + caseId
                + "/group-assessment", "{}"))).isEqualTo("OPES-SRV-007");
        assertThat(OperatorClient.code(as("account-manager").send("GET", "/api/crisis/watch", null)))
                .isEqualTo("OPES-SRV-007");
        assertThat(as("auditor").ok("GET", "/api/audit/verify", null).get("intact").asBoolean()).isTrue();
    }
}
