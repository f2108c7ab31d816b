package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.services.app.Places;

/**
 * An account manager of Milano at work, over the fixture region's database, CO store and matcher: she finds an
 * employer that hires and never had contact, takes the account, records a visit and its next step, opens a vacancy
 * from its text, publishes it, shortlists candidates of her province, moves their applications; a colleague of
 * Bergamo sees none of it; every wrong step is refused with its code.
 */
class EmployerWorkflowTest {
    private static ApiServer server;
    private static final Places PLACES = new Places(ServerFixture.REF);

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static OperatorClient as(String user) throws Exception {
        return OperatorClient.signedIn(server.port(), "demo." + user, ServerFixture.DEMO_PASSWORD);
    }

    private static String province(String personId) throws Exception {
        try (var c = ServerFixture.services.pool().getConnection();
                var st = c.prepareStatement("select owner_cpi from job_seeker where seeker_id = ?")) {
            st.setString(1, personId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return PLACES.of(rs.getString(1)).provinceCode();
            }
        }
    }

    @Test
    void anAccountManagerWorksAnEmployerFromProspectToHire() throws Exception {
        OperatorClient am = as("account-manager");
        JsonNode prospects = am.ok("GET", "/api/portfolio/prospects", null);
        assertThat(prospects).as("employers of Milano's province that hire and were never contacted").isNotEmpty();
        JsonNode first = prospects.get(0);
        assertThat(first.get("hires").asInt()).isPositive();
        assertThat(first.get("account").get("managed").asBoolean()).isFalse();
        String account = first.get("account").get("id").asText();

        JsonNode page = am.ok("GET", "/api/accounts/" + account, null);
        assertThat(page.get("quarters")).isNotEmpty();
        int hires = 0;
        for (JsonNode q : page.get("quarters")) {
            int byContract = 0;
            for (JsonNode n : q.get("hiresByContract")) {
                byContract += n.asInt();
            }
            assertThat(byContract).as(q.get("quarter").asText()).isEqualTo(q.get("hires").asInt());
            hires += q.get("hires").asInt();
        }
        assertThat(hires).isGreaterThanOrEqualTo(first.get("hires").asInt());
        int headcount = page.get("headcount").asInt();
        assertThat(page.get("protectedQuota").asInt()).isEqualTo(headcount < 15 ? 0 : headcount <= 35 ? 1
                : headcount <= 50 ? 2 : headcount * 7 / 100);

        JsonNode taken = am.ok("POST", "/api/accounts/" + account + "/take", "{\"version\":"
                + page.get("version").asInt() + "}");
        assertThat(taken.get("managed").asBoolean()).isTrue();
        HttpResponse<String> stale = am.send("POST", "/api/accounts/" + account + "/take", "{\"version\":"
                + page.get("version").asInt() + "}");
        assertThat(OperatorClient.code(stale)).isEqualTo("OPES-SRV-005");

        HttpResponse<String> badDay = am.send("POST", "/api/accounts/" + account + "/interactions",
                "{\"kind\":\"VISIT\",\"on\":\"1st of November\",\"note\":\"met the HR manager\"}");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(OperatorClient.code(badDay)).isEqualTo("OPES-SRV-004");
        assertThat(badDay.body()).contains("'on'");
        HttpResponse<String> halfStep = am.send("POST", "/api/accounts/" + account + "/interactions",
                "{\"kind\":\"VISIT\",\"on\":\"2026-11-02\",\"note\":\"met the HR manager\",\"nextStep\":\"send CVs\"}");
        assertThat(halfStep.body()).contains("nextStepDue");
        JsonNode visit = am.ok("POST", "/api/accounts/" + account + "/interactions", "{\"kind\":\"VISIT\","
                + "\"on\":\"2026-11-02\",\"note\":\"needs two warehouse workers by January\",\"nextStep\":"
                + "\"send the shortlist\",\"nextStepDue\":\"2026-11-09\"}");

        JsonNode details = am.ok("POST", "/api/accounts/" + account + "/details", "{\"kind\":\"CONTACT\","
                + "\"name\":\"Giulia D'Angelo\",\"role\":\"Responsabile del personale\",\"email\":"
                + "\"g.dangelo@example.it\"}");
        assertThat(details.get("contacts")).singleElement().satisfies(c -> assertThat(c.get("role").asText())
                .isEqualTo("Responsabile del personale"));
        am.ok("POST", "/api/accounts/" + account + "/details", "{\"kind\":\"ESTABLISHMENT\",\"comune\":"
                + "\"098031\",\"label\":\"Magazzino di Lodi\"}");
        HttpResponse<String> sameWorkplace = am.send("POST", "/api/accounts/" + account + "/details", "{\"kind\":"
                + "\"ESTABLISHMENT\",\"comune\":\"098031\",\"label\":\"Magazzino di Lodi\"}");
        assertThat(OperatorClient.code(sameWorkplace)).isEqualTo("OPES-SRV-025");
        JsonNode needs = am.ok("POST", "/api/accounts/" + account + "/details", "{\"kind\":\"NEED\","
                + "\"occupation\":\"magazziniere\",\"headcount\":\"2\",\"from\":\"2027-01\",\"note\":"
                + "\"by January\"}");
        assertThat(needs.get("needs")).singleElement().satisfies(n -> assertThat(n.get("occupationLabels").get("it")
                .asText()).isNotBlank());
        HttpResponse<String> badNeed = am.send("POST", "/api/accounts/" + account + "/details", "{\"kind\":"
                + "\"NEED\",\"occupation\":\"magazziniere\",\"headcount\":\"tanti\",\"from\":\"2027-01\"}");
        assertThat(OperatorClient.code(badNeed)).isEqualTo("OPES-SRV-004");
        assertThat(badNeed.body()).contains("'headcount'");
        JsonNode withDetails = am.ok("GET", "/api/accounts/" + account, null);
        assertThat(withDetails.get("contacts")).hasSize(1);
        assertThat(withDetails.get("establishments")).hasSize(1);
        assertThat(withDetails.get("needs")).hasSize(1);
        assertThat(OperatorClient.code(as("account-manager-2").send("POST", "/api/accounts/" + account + "/details",
                "{\"kind\":\"CONTACT\",\"name\":\"Mario\",\"role\":\"HR\",\"phone\":\"0391234567\"}")))
                .as("another province's account manager").isEqualTo("OPES-SRV-008");

        JsonNode portfolio = am.ok("GET", "/api/portfolio", null);
        assertThat(portfolio.get("accounts")).anySatisfy(a -> {
            assertThat(a.get("id").asText()).isEqualTo(account);
            assertThat(a.get("overdueSteps").asInt()).isEqualTo(1);
            assertThat(a.get("lastContact").asText()).isEqualTo("2026-11-02");
        });
        assertThat(portfolio.get("overdue")).anySatisfy(i -> assertThat(i.get("id").asText())
                .isEqualTo(visit.get("id").asText()));

        JsonNode vacancy = am.ok("POST", "/api/accounts/" + account + "/vacancies", "{\"title\":\"magazziniere\","
                + "\"description\":\"Cerchiamo un magazziniere per la gestione del magazzino, il carico e lo scarico "
                + "delle merci e l'uso del carrello elevatore.\",\"closesOn\":\"2027-01-31\"}");
        assertThat(vacancy.get("state").asText()).isEqualTo("DRAFT");
        assertThat(vacancy.get("occupationUri").asText()).startsWith("http://data.europa.eu/esco/occupation/");
        assertThat(vacancy.get("essentialSkills")).as("skills found in the description").isNotEmpty();
        String v = vacancy.get("id").asText();
        assertThat(OperatorClient.code(am.send("POST", "/api/vacancies/" + v + "/shortlist", "{\"k\":5}")))
                .as("a draft takes no candidates").isEqualTo("OPES-SRV-001");
        JsonNode published = am.ok("POST", "/api/vacancies/" + v + "/events", "{\"event\":\"PUBLISH\",\"version\":0}");
        assertThat(published.get("publishedOn").isNull()).isFalse();

        JsonNode shortlist = am.ok("POST", "/api/vacancies/" + v + "/shortlist", "{\"k\":5}");
        assertThat(shortlist).hasSize(5);
        Set<String> people = new HashSet<>();
        for (JsonNode a : shortlist) {
            assertThat(a.get("state").asText()).isEqualTo("NEW");
            assertThat(a.get("note").asText()).startsWith("matcher ");
            assertThat(province(a.get("person").asText())).as("inside her search scope").isEqualTo("015");
            people.add(a.get("person").asText());
        }
        JsonNode more = am.ok("POST", "/api/vacancies/" + v + "/shortlist", "{\"k\":3}");
        for (JsonNode a : more) {
            assertThat(people.add(a.get("person").asText())).as("nobody twice").isTrue();
        }
        String giulia = shortlist.get(0).get("person").asText();
        HttpResponse<String> twice = am.send("POST", "/api/vacancies/" + v + "/applications", "{\"person\":\""
                + giulia + "\",\"reason\":\"met her at the job fair\"}");
        assertThat(OperatorClient.code(twice)).isEqualTo("OPES-SRV-023");

        // Giulia is also a candidate for a second vacancy of the same employer
        String other = am.ok("POST", "/api/accounts/" + account + "/vacancies", "{\"title\":\"magazziniere\","
                + "\"description\":\"carico e scarico merci\"}").get("id").asText();
        am.ok("POST", "/api/vacancies/" + other + "/events", "{\"event\":\"PUBLISH\",\"version\":0}");
        JsonNode second = am.ok("POST", "/api/vacancies/" + other + "/applications", "{\"person\":\"" + giulia
                + "\",\"reason\":\"fits the night shift too\"}");
        assertThat(second.get("source").asText()).isEqualTo("OPERATOR");

        String app = shortlist.get(0).get("id").asText();
        JsonNode processing = am.ok("POST", "/api/applications/" + app + "/events", "{\"event\":\"PROCESS\","
                + "\"version\":0}");
        HttpResponse<String> noReason = am.send("POST", "/api/applications/" + shortlist.get(1).get("id").asText()
                + "/events", "{\"event\":\"REFUSE\",\"version\":0}");
        assertThat(OperatorClient.code(noReason)).isEqualTo("OPES-SRV-022");
        JsonNode refused = am.ok("POST", "/api/applications/" + shortlist.get(1).get("id").asText() + "/events",
                "{\"event\":\"REFUSE\",\"reason\":\"DISTANCE\",\"version\":0}");
        assertThat(refused.get("refusal").asText()).isEqualTo("DISTANCE");
        JsonNode accepted = am.ok("POST", "/api/applications/" + app + "/events", "{\"event\":\"ACCEPT\","
                + "\"version\":" + processing.get("version").asInt() + "}");
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        JsonNode otherFile = am.ok("GET", "/api/vacancies/" + other + "/file", null);
        assertThat(otherFile.get("applications")).singleElement().satisfies(a -> {
            assertThat(a.get("person").asText()).isEqualTo(giulia);
            assertThat(a.get("state").asText()).as("accepted elsewhere").isEqualTo("OBSOLETE");
        });
        JsonNode file = am.ok("GET", "/api/vacancies/" + v + "/file", null);
        assertThat(file.get("applications")).hasSize(8);
        assertThat(file.get("employer").get("id").asText()).isEqualTo(account);

        OperatorClient bergamo = as("account-manager-2");
        for (String path : List.of("/api/accounts/" + account, "/api/vacancies/" + v + "/file")) {
            HttpResponse<String> r = bergamo.send("GET", path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(OperatorClient.code(r)).isEqualTo("OPES-SRV-008");
        }
        assertThat(bergamo.ok("GET", "/api/portfolio", null).get("accounts")).isEmpty();
        assertThat(OperatorClient.code(as("case-manager").send("GET", "/api/portfolio", null)))
                .isEqualTo("OPES-SRV-007");
        assertThat(as("auditor").ok("GET", "/api/audit/verify", null).get("intact").asBoolean()).isTrue();
    }

    /** An employer of Milano's CPI whose vacancy the region's records say was filled: its account id. */
    private static String employerWithAHire() throws Exception {
        String cpi = ServerFixture.cpiOf("015146");
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select e.account_id, e.workplace_comune, count(*) from employer e "
                        + "join vacancy v on v.employer_code = e.employer_code where v.hired_seeker_id is not null "
                        + "and e.account_manager is null group by 1, 2 order by 3 desc, 1")) {
            while (rs.next()) {
                if (PLACES.cpiOfComune(rs.getString(2)).equals(cpi)) {
                    return rs.getString(1);
                }
            }
        }
        throw new AssertionError("no employer of Milano's CPI with a filled vacancy");
    }

    @Test
    void acceptedApplicationsAreConfirmedByTheCoHireAndProposalsHiredArePlacements() throws Exception {
        OperatorClient am = as("account-manager");
        String account = employerWithAHire();
        JsonNode page = am.ok("GET", "/api/accounts/" + account, null);
        am.ok("POST", "/api/accounts/" + account + "/take", "{\"version\":" + page.get("version").asInt() + "}");
        JsonNode hires = am.ok("GET", "/api/portfolio/hires", null);
        assertThat(hires.get("observedUntil").asText()).isEqualTo("2024-12-31");
        List<JsonNode> ofThisEmployer = new java.util.ArrayList<>();
        hires.get("accepted").forEach(c -> {
            if (c.get("employer").get("id").asText().equals(account)) {
                ofThisEmployer.add(c);
            }
        });
        assertThat(ofThisEmployer).as("the region's filled vacancies are accepted applications").isNotEmpty();
        assertThat(ofThisEmployer).as("the generated hires are in the CO").allSatisfy(c -> {
            assertThat(c.get("status").asText()).isEqualTo("CONFIRMED");
            assertThat(java.time.LocalDate.parse(c.get("hiredOn").asText())).isBetween(
                    java.time.LocalDate.parse(c.get("acceptedOn").asText()).minusDays(30),
                    java.time.LocalDate.parse(c.get("acceptedOn").asText()).plusDays(60));
        });
        assertThat(hires.get("placements").asInt()).isGreaterThanOrEqualTo(ofThisEmployer.size())
                .isLessThanOrEqualTo(hires.get("proposals").asInt());
        assertThat(OperatorClient.code(as("operator").send("GET", "/api/portfolio/hires", null)))
                .isEqualTo("OPES-SRV-007");
    }

    @Test
    void staleApplicationsExpireOnlyForTheVacanciesTheCallerMayWrite() throws Exception {
        OperatorClient am = as("account-manager");
        String account = employerWithAHire();
        String v = am.ok("POST", "/api/accounts/" + account + "/vacancies", "{\"title\":\"cassiere\","
                + "\"occupationUri\":\"" + ServerFixture.firstVacancyOccupation + "\"}").get("id").asText();
        am.ok("POST", "/api/vacancies/" + v + "/events", "{\"event\":\"PUBLISH\",\"version\":0}");
        String app = am.ok("POST", "/api/vacancies/" + v + "/shortlist", "{\"k\":1}").get(0).get("id").asText();
        // the application has waited 90 days: dated back as a clerk of the region would find it
        try (var c = ServerFixture.services.pool().getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("select set_config('openpes.actor', 'test:stale', true)");
                st.execute("update application set created_on = current_date - 90, changed_on = current_date - 90 "
                        + "where application_id = '" + app + "'");
            }
            c.commit();
        }
        as("account-manager-2").ok("POST", "/api/applications/expire", "{}");
        assertThat(am.ok("GET", "/api/vacancies/" + v + "/file", null).get("applications").get(0).get("state")
                .asText()).as("Bergamo's manager cannot expire Milano's applications").isEqualTo("NEW");
        assertThat(am.ok("POST", "/api/applications/expire", "{}").get("expired").asInt()).isPositive();
        assertThat(am.ok("GET", "/api/vacancies/" + v + "/file", null).get("applications").get(0).get("state")
                .asText()).isEqualTo("OBSOLETE");
    }
}
