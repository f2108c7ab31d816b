package org.openpes.services.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.crossborder.Feed;
import org.openpes.services.people.PersonId;

/**
 * Cross-border mobility in a demo region: a neighbouring PES's feed, moved to today's date and imported, and a
 * declared mobility to France for some people who speak French. Through the use cases, as an operator of the region
 * would; a second run imports the feed again (its vacancies keep their ids) and declares nothing twice.
 */
public final class DemoCrossBorder {
    private DemoCrossBorder() {
    }

    /** Returns how many vacancies the feed brought and how many people now declare mobility to France. */
    public static int[] seed(CrossBorderService crossBorder, CurriculumService curriculum, Feed feed,
            List<PersonId> frenchSpeakers, String region, LocalDate today) {
        Caller operator = new Caller("system:demo", Role.OPERATOR, new Scope(Scope.Level.REGION, region),
                new Scope(Scope.Level.REGION, region), "cli");
        var imported = crossBorder.importFeed(operator, feed.asOf(today)).orThrow();
        if (!imported.imported()) {
            throw new IllegalStateException("the demo feed is refused: " + imported.errors());
        }
        int declared = 0;
        for (PersonId p : frenchSpeakers) {
            if (curriculum.add(operator, p, CurriculumService.Kind.MOBILITY, Map.of("country", "FR"))
                    instanceof org.openpes.services.workflow.Outcome.Done<?>) {
                declared++;
            }
        }
        return new int[] {imported.feed().rows(), declared};
    }
}
