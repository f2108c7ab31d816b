package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.services.app.Places;

/**
 * An IncontraLavoro day organised by the account manager of Milano, over HTTP: she brings a vacancy, invites its
 * candidates up to the capacity, records delivery and attendance, opens slots, books them (two bookings of one slot
 * at the same moment: exactly one wins), records the interviews, which move the applications, and reads the funnel;
 * an event in the CO's past follows its hires through the CO; a colleague of Bergamo sees none of it.
 */
class EventWorkflowTest {
    private static ApiServer server;
    private static final Places PLACES = new Places(ServerFixture.REF);

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static OperatorClient as(String user) throws Exception {
        return OperatorClient.signedIn(server.port(), "demo." + user, ServerFixture.DEMO_PASSWORD);
    }

    /** A filled vacancy of the region in Milano's CPI: its employer's account, the person hired and the day. */
    private static String[] hireInMilano() throws Exception {
        String cpi = ServerFixture.cpiOf("015146");
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select e.account_id, e.workplace_comune, v.hired_seeker_id, v.hire_date, "
                        + "s.home_comune from vacancy v join employer e on e.employer_code = v.employer_code join "
                        + "job_seeker s on s.seeker_id = v.hired_seeker_id where v.hire_date between "
                        + "'2024-03-01' and '2024-09-30' order by v.vacancy_id")) {
            while (rs.next()) {
                if (PLACES.cpiOfComune(rs.getString(2)).equals(cpi)
                        && PLACES.of(PLACES.cpiOfComune(rs.getString(5))).provinceCode().equals("015")) {
                    return new String[] {rs.getString(1), rs.getString(3), rs.getString(4)};
                }
            }
        }
        throw new AssertionError("no 2024 hire in Milano's CPI");
    }

    private static String openVacancy(OperatorClient am, String account, String title) throws Exception {
        String v = am.ok("POST", "/api/accounts/" + account + "/vacancies", "{\"title\":\"" + title + "\","
                + "\"occupationUri\":\"" + ServerFixture.firstVacancyOccupation + "\"}").get("id").asText();
        am.ok("POST", "/api/vacancies/" + v + "/events", "{\"event\":\"PUBLISH\",\"version\":0}");
        return v;
    }

    @Test
    void anEventFromInvitationsToInterviewsWithItsFunnel() throws Exception {
        OperatorClient am = as("account-manager");
        String account = hireInMilano()[0];
        String v = openVacancy(am, account, "addetto vendite");
        assertThat(am.ok("POST", "/api/vacancies/" + v + "/shortlist", "{\"k\":6}")).hasSizeGreaterThanOrEqualTo(5);

        HttpResponse<String> noTitle = am.send("POST", "/api/events", "{\"day\":\"2026-12-20\",\"venue\":\"CPI\"}");
        assertThat(OperatorClient.code(noTitle)).isEqualTo("OPES-SRV-004");
        assertThat(noTitle.body()).contains("'title'");
        assertThat(am.send("POST", "/api/events", "{\"title\":\"IncontraLavoro\",\"day\":\"20/12/2026\","
                + "\"venue\":\"CPI\"}").body()).contains("'day'");
        JsonNode event = am.ok("POST", "/api/events", "{\"title\":\"IncontraLavoro commercio\",\"day\":\"2026-12-20\","
                + "\"venue\":\"CPI di Milano, sala 2\",\"capacity\":4}");
        String e = event.get("id").asText();
        am.ok("POST", "/api/events/" + e + "/vacancies", "{\"vacancy\":\"" + v + "\"}");
        JsonNode invited = am.ok("POST", "/api/events/" + e + "/invitations", "{\"channel\":\"EMAIL\"}");
        assertThat(invited).as("up to the capacity").hasSize(4);
        assertThat(am.ok("POST", "/api/events/" + e + "/invitations", "{\"channel\":\"SMS\"}")).isEmpty();
        List<String> invitations = new ArrayList<>();
        invited.forEach(i -> invitations.add(i.get("id").asText()));
        for (int i = 0; i < 4; i++) {
            am.ok("POST", "/api/invitations/" + invitations.get(i) + "/delivery", "{\"delivery\":\"DELIVERED\"}");
            am.ok("POST", "/api/invitations/" + invitations.get(i) + "/attendance", "{\"attendance\":\""
                    + (i < 3 ? "SEEN" : "NO_SHOW") + "\"}");
        }
        assertThat(am.send("POST", "/api/events/" + e + "/slots", "{\"vacancy\":\"" + v + "\",\"times\":[\"25:00\"]}")
                .body()).contains("'times'");
        JsonNode slots = am.ok("POST", "/api/events/" + e + "/slots", "{\"vacancy\":\"" + v + "\",\"times\":"
                + "[\"09:00\",\"09:30\",\"10:00\"]}");
        assertThat(slots).hasSize(3);

        // two account managers book the same slot for two candidates at the same moment: exactly one wins
        String slot = slots.get(0).get("id").asText();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> bookings = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String invitation = invitations.get(i);
            OperatorClient client = as("account-manager");
            bookings.add(two.submit(() -> {
                together.await();
                return client.send("POST", "/api/slots/" + slot + "/booking", "{\"invitation\":\"" + invitation
                        + "\"}");
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : bookings) {
            statuses.add(f.get().statusCode());
        }
        two.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String winner = am.ok("GET", "/api/events/" + e, null).get("slots").get(0).get("invitation").asText();
        String loser = invitations.get(0).equals(winner) ? invitations.get(1) : invitations.get(0);
        HttpResponse<String> twice = am.send("POST", "/api/slots/" + slots.get(1).get("id").asText() + "/booking",
                "{\"invitation\":\"" + winner + "\"}");
        assertThat(OperatorClient.code(twice)).as("one slot per candidate").isEqualTo("OPES-SRV-024");
        am.ok("POST", "/api/slots/" + slots.get(1).get("id").asText() + "/booking", "{\"invitation\":\"" + loser
                + "\"}");

        am.ok("POST", "/api/slots/" + slot + "/interview", "{\"outcome\":\"HIRED\"}");
        HttpResponse<String> noReason = am.send("POST", "/api/slots/" + slots.get(1).get("id").asText()
                + "/interview", "{\"outcome\":\"NOT_RETAINED\"}");
        assertThat(OperatorClient.code(noReason)).isEqualTo("OPES-SRV-022");
        am.ok("POST", "/api/slots/" + slots.get(1).get("id").asText() + "/interview", "{\"outcome\":\"NOT_RETAINED\","
                + "\"reason\":\"EXPERIENCE_INSUFFICIENT\"}");
        assertThat(OperatorClient.code(am.send("POST", "/api/slots/" + slots.get(2).get("id").asText()
                + "/interview", "{\"outcome\":\"HIRED\"}"))).as("nobody in that slot").isEqualTo("OPES-SRV-001");

        JsonNode read = am.ok("GET", "/api/events/" + e, null);
        JsonNode funnel = read.get("funnel");
        assertThat(List.of(funnel.get("invited").asInt(), funnel.get("attended").asInt(),
                funnel.get("interviewed").asInt(), funnel.get("hired").asInt())).containsExactly(4, 3, 2, 1);
        assertThat(funnel.get("hiredIn30DaysCo").isNull()).as("the CO do not reach 2027 yet").isTrue();
        read.get("invitations").forEach(i -> {
            if (i.get("id").asText().equals(winner)) {
                assertThat(i.get("applicationState").asText()).isEqualTo("ACCEPTED");
            }
            if (i.get("id").asText().equals(loser)) {
                assertThat(i.get("applicationState").asText()).isEqualTo("REFUSED");
            }
        });
        assertThat(am.ok("GET", "/api/events", null)).anySatisfy(x -> assertThat(x.get("id").asText()).isEqualTo(e));
        HttpResponse<String> bergamo = as("account-manager-2").send("GET", "/api/events/" + e, null);
        assertThat(OperatorClient.code(bergamo)).isEqualTo("OPES-SRV-008");
        assertThat(OperatorClient.code(as("case-manager").send("POST", "/api/events", "{}")))
                .isEqualTo("OPES-SRV-007");
    }

    @Test
    void anEventInTheCoPastFollowsItsHiresThroughTheCo() throws Exception {
        OperatorClient am = as("account-manager");
        String[] hire = hireInMilano();
        String v = openVacancy(am, hire[0], "magazziniere");
        am.ok("POST", "/api/vacancies/" + v + "/applications", "{\"person\":\"" + hire[1] + "\",\"reason\":"
                + "\"met at the 2024 job day\"}");
        String day = LocalDate.parse(hire[2]).minusDays(10).toString();
        String e = am.ok("POST", "/api/events", "{\"title\":\"IncontraLavoro 2024\",\"day\":\"" + day + "\","
                + "\"online\":true,\"capacity\":10}").get("id").asText();
        am.ok("POST", "/api/events/" + e + "/vacancies", "{\"vacancy\":\"" + v + "\"}");
        assertThat(am.ok("POST", "/api/events/" + e + "/invitations", "{\"channel\":\"PHONE\"}")).hasSize(1);
        JsonNode funnel = am.ok("GET", "/api/events/" + e, null).get("funnel");
        assertThat(funnel.get("invited").asInt()).isEqualTo(1);
        assertThat(funnel.get("hiredIn30DaysCo").asInt()).as("hired by the employer 10 days after the event")
                .isEqualTo(1);
        assertThat(funnel.get("hiredIn90DaysCo").asInt()).isEqualTo(1);
    }
}
