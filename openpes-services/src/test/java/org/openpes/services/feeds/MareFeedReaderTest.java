package org.openpes.services.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openpes.reference.ReferenceData;
import org.openpes.services.crossborder.Feed;
import org.openpes.services.crossborder.FeedError;
import org.openpes.services.crossborder.FeedRows;
import org.openpes.services.crossborder.ForeignContract;
import org.openpes.services.matching.TitleOccupations;
import org.openpes.skills.SkillsService;

/**
 * A MA.R.E. feed from France Travail, read and checked on the real ESCO with the real French title normaliser: the
 * demonstration feed passes whole; a feed cut short, not JSON, of the wrong types, with a misspelt field, a duplicated
 * id or hostile text is refused with each row's error, naming the field.
 */
class MareFeedReaderTest {
    static final ReferenceData REF = ReferenceData.load();
    static final FeedRows ROWS = new FeedRows(REF.esco(), new TitleOccupations(SkillsService.withoutRegion(REF), "fr",
            1.0));
    static final String WAITER = "http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471";

    private static Feed read(String json) {
        return MareFeedReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String feed(String... rows) {
        return "{\"format\": \"openpes-mare-vacancies/1\", \"source\": \"France Travail PACA\", \"country\": \"FR\", "
                + "\"extracted_on\": \"2026-11-30\", \"vacancies\": [" + String.join(",", rows) + "]}";
    }

    private static String row(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"title\": \"Serveur / Serveuse en restauration\", \"description\": "
                + "\"Service en salle à Menton.\", \"nuts3\": \"FRL03\", \"place\": \"Menton\", \"languages\": "
                + "[{\"code\": \"fr\", \"level\": \"B1\"}], \"contract\": \"SAISONNIER\", \"hours_per_week\": 39, "
                + "\"published_on\": \"2026-11-20\", \"closes_on\": \"2027-01-15\"" + extra + "}";
    }

    private static List<FeedError> errors(Feed f) {
        List<FeedError> all = new java.util.ArrayList<>(f.readErrors());
        all.addAll(f.headerErrors());
        if (all.isEmpty()) {
            all.addAll(ROWS.check(f.source(), f.country(), f.rows()).errors());
        }
        return all;
    }

    @Test
    void theDemonstrationFeedIsReadWholeWithOccupationsFoundFromFrenchTitles() {
        Feed demo = MareFeedReader.demo();
        assertThat(errors(demo)).isEmpty();
        var checked = ROWS.check(demo.source(), demo.country(), demo.rows());
        assertThat(checked.vacancies()).hasSize(12);
        var cook = checked.vacancies().stream().filter(v -> v.foreignId().equals("FT-DEMO-0002")).findFirst()
                .orElseThrow();
        assertThat(cook.occupationFromTitle()).isTrue();
        assertThat(REF.esco().preferredLabels(cook.occupationUri())).containsEntry("en", "cook");
        assertThat(cook.skills()).as("the occupation's essential skills").isNotEmpty();
        var waiter = checked.vacancies().get(0);
        assertThat(waiter.occupationUri()).isEqualTo(WAITER);
        assertThat(waiter.occupationFromTitle()).isFalse();
        assertThat(waiter.contract()).isEqualTo(ForeignContract.SAISONNIER);
        assertThat(waiter.languages()).extracting(l -> l.toString()).containsExactly("fr:B1", "it:B2");
    }

    @Test
    void aFeedMovedToAnotherDayKeepsItsDatesApart() {
        Feed moved = MareFeedReader.demo().asOf(LocalDate.of(2027, 3, 1));
        assertThat(moved.extractedOn()).isEqualTo("2027-03-01");
        assertThat(moved.rows().get(0).publishedOn()).isEqualTo("2027-02-19"); // 2026-11-20 was 10 days before
        assertThat(moved.rows().get(0).closesOn()).isEqualTo("2027-04-16");
    }

    @Test
    void aFeedCutShortOrNotJsonIsOneErrorForTheWholeFeed() {
        String whole = feed(row("A1", ""), row("A2", ""));
        Feed cut = read(whole.substring(0, whole.length() / 2));
        assertThat(cut.rows()).isEmpty();
        assertThat(cut.headerErrors()).as("one error says why, no more").isEmpty();
        assertThat(cut.readErrors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message()).startsWith("not valid JSON at line 1");
        });
        assertThat(read("vacancy;title\n1;Serveur").readErrors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("feed"));
        assertThat(read("[1, 2]").readErrors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("a JSON object"));
        assertThat(MareFeedReader.read(new byte[MareFeedReader.MAX_BYTES + 1]).readErrors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("larger than"));
    }

    @Test
    void aWrongHeaderIsNamedFieldByField() {
        Feed f = read("{\"format\": \"v2\", \"source\": \"\", \"country\": \"IT\", \"extracted_on\": \"30/11/2026\", "
                + "\"vacancies\": []}");
        assertThat(f.headerErrors()).extracting(FeedError::field)
                .containsExactly("format", "source", "country", "extracted_on", "vacancies");
    }

    @Test
    void everyRowAtFaultGivesItsOwnErrorNamingTheRowTheIdAndTheField() {
        Feed f = read(feed(row("OK-1", ""),
                row("BAD-TYPE", ", \"hours_per_week\": \"39h\"").replace("\"hours_per_week\": 39, ", ""),
                row("MISSPELT", ", \"esco_ocupation\": \"" + WAITER + "\""),
                row("BAD-NUTS", "").replace("FRL03", "ITC4C"),
                row("BAD-LEVEL", "").replace("\"B1\"", "\"fluent\""),
                row("BAD-DATES", "").replace("2027-01-15", "2026-11-01"),
                row("BAD-SKILL", ", \"esco_skills\": [\"http://data.europa.eu/esco/skill/nope\"]"),
                row("BAD-OCC", ", \"esco_occupation\": \"http://example.org/waiter\""),
                row("OK-1", ""),
                row("CONTRACT", "").replace("SAISONNIER", "CDD ou CDI")));
        List<FeedError> all = new java.util.ArrayList<>(f.readErrors());
        all.addAll(ROWS.check(f.source(), f.country(), f.rows()).errors());
        assertThat(all).extracting(e -> e.row() + " " + e.id() + " " + e.field()).containsExactlyInAnyOrder(
                "2 BAD-TYPE hours_per_week", "3 MISSPELT esco_ocupation", "4 BAD-NUTS nuts3", "5 BAD-LEVEL languages",
                "6 BAD-DATES closes_on", "7 BAD-SKILL esco_skills", "8 BAD-OCC esco_occupation", "9 OK-1 id",
                "10 CONTRACT contract");
        assertThat(all).filteredOn(e -> e.id().equals("OK-1")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("row 1"));
    }

    @Test
    void aTitleThatNamesNoOccupationMustComeWithItsUri() {
        Feed f = read(feed(row("VAGUE", "").replace("Serveur / Serveuse en restauration", "Employé polyvalent")));
        assertThat(ROWS.check(f.source(), f.country(), f.rows()).errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("esco_occupation"));
    }

    @Test
    void hostileTextIsRefusedAndNeverQuotedRaw() {
        String control = row("CTRL", "").replace("Service en salle à Menton.", "Service\\u0000 en salle");
        String longTitle = row("LONG", "").replace("Serveur / Serveuse en restauration", "x".repeat(301));
        String badId = row("<script>alert(1)</script>", "");
        String nested = "{\"format\": \"openpes-mare-vacancies/1\", \"vacancies\": " + "[".repeat(100)
                + "]".repeat(100) + "}";
        Feed f = read(feed(control, longTitle, badId));
        assertThat(ROWS.check(f.source(), f.country(), f.rows()).errors()).extracting(FeedError::field)
                .containsExactly("description", "title", "id");
        assertThat(read(nested).readErrors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("feed"));
        Feed noLanguages = read(feed(row("NOLANG", "").replace("[{\"code\": \"fr\", \"level\": \"B1\"}]", "null")));
        assertThat(ROWS.check(noLanguages.source(), noLanguages.country(), noLanguages.rows()).errors())
                .extracting(FeedError::field).containsExactly("languages");
        assertThat(Optional.of(read(feed(row("EMPTYLANG", "").replace("[{\"code\": \"fr\", \"level\": \"B1\"}]",
                "[]"))))).get().satisfies(e -> assertThat(errors(e)).isEmpty());
    }
}
