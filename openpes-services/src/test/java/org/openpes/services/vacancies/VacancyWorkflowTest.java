package org.openpes.services.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Outcome;

/** A warehouse worker wanted in Bergamo: the vacancy's table. */
class VacancyWorkflowTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final String WAREHOUSE = "http://data.europa.eu/esco/occupation/a30734bb-2f10-4747-a94c-75f5ec3c63a4";

    private static Vacancy warehouse(VacancyState state, String occupation) {
        return new Vacancy("V1", "01047290018", "Magazziniere", occupation, List.of(), "016024", "A.02.00", "F", 2,
                null, MONDAY.plusDays(60), state, 0);
    }

    @Test
    void everyStateAndEventDoesWhatTheTableSays() {
        for (VacancyState s : VacancyState.values()) {
            for (VacancyEvent e : VacancyEvent.values()) {
                var row = VacancyWorkflow.TABLE.table().stream().filter(t -> t.from() == s && t.event() == e)
                        .findFirst();
                Outcome<Vacancy> out = warehouse(s, WAREHOUSE).on(e, MONDAY);
                assertThat(out.isDone()).as("%s + %s", s, e).isEqualTo(row.isPresent());
                row.ifPresent(t -> assertThat(out.orThrow().state()).isEqualTo(t.to()));
            }
        }
        assertThat(VacancyWorkflow.TABLE.finalStates()).containsExactlyInAnyOrder(VacancyState.FILLED,
                VacancyState.CLOSED_WITHOUT_HIRE);
    }

    @Test
    void aDraftWithoutAnOccupationCannotBePublishedAndPublishingDatesIt() {
        Outcome<Vacancy> refused = warehouse(VacancyState.DRAFT, null).on(VacancyEvent.PUBLISH, MONDAY);
        assertThat(((Outcome.Refused<Vacancy>) refused).refusal().code()).isEqualTo(ErrorCode.SRV_021);
        Vacancy published = warehouse(VacancyState.DRAFT, WAREHOUSE).on(VacancyEvent.PUBLISH, MONDAY).orThrow();
        assertThat(published.publishedOn()).isEqualTo(MONDAY);
        assertThat(published.open()).isTrue();
    }

    @Property(tries = 200)
    void randomSequencesStayOnTheTable(@ForAll List<VacancyEvent> events) {
        Vacancy v = warehouse(VacancyState.DRAFT, WAREHOUSE);
        for (VacancyEvent e : events) {
            boolean allowed = VacancyWorkflow.TABLE.eventsFrom(v.state(), VacancyEvent.class).contains(e);
            Outcome<Vacancy> out = v.on(e, MONDAY);
            assertThat(out.isDone()).isEqualTo(allowed);
            if (allowed) {
                assertThat(out.orThrow().version()).isEqualTo(v.version() + 1);
                v = out.orThrow();
            }
        }
    }
}
