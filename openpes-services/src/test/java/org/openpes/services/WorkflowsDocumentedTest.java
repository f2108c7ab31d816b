package org.openpes.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openpes.services.patto.ActionWorkflow;
import org.openpes.services.patto.PattoWorkflow;
import org.openpes.services.vacancies.ApplicationWorkflow;
import org.openpes.services.vacancies.VacancyWorkflow;

/** docs/services.md shows the workflows' own tables: it fails when the code's tables change and the page does not. */
class WorkflowsDocumentedTest {
    @Test
    void thePageShowsTheTablesOfTheCode() throws Exception {
        String doc = Files.readString(Path.of("../docs/services.md"));
        assertThat(doc).as("the patto's table, regenerate:%n%s", PattoWorkflow.TABLE.markdown())
                .contains(PattoWorkflow.TABLE.markdown());
        assertThat(doc).as("the actions' table, regenerate:%n%s", ActionWorkflow.TABLE.markdown())
                .contains(ActionWorkflow.TABLE.markdown());
        assertThat(doc).as("the vacancies' table, regenerate:%n%s", VacancyWorkflow.TABLE.markdown())
                .contains(VacancyWorkflow.TABLE.markdown());
        assertThat(doc).as("the applications' table, regenerate:%n%s", ApplicationWorkflow.TABLE.markdown())
                .contains(ApplicationWorkflow.TABLE.markdown());
    }
}
