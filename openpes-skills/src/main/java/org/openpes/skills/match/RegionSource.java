package org.openpes.skills.match;

import java.util.List;
import java.util.Map;
import org.openpes.skills.training.Course;

/**
 * Where matching, transitions and training read a region's people, vacancies and courses. The product reads the
 * operational database (the records the API serves, with work histories from the observatory's store); a region
 * folder of CSV files (the generator's layout, {@link FolderRegion}) serves the command line and the benchmarks.
 */
public interface RegionSource {
    /**
     * Streams every seeker: their profile with the skills they declared or were given at registration, and the CP2011
     * codes of the jobs they held before registering, most recent first. Returns how many.
     */
    int seekers(SeekerSink sink);

    /** The vacancies open to matching, by id. */
    Map<String, VacancyProfile> vacancies();

    /** The course catalogue. */
    List<Course> courses();

    /** Receives one seeker at a time. */
    @FunctionalInterface
    interface SeekerSink {
        void accept(SeekerProfile declared, List<String> earlierCp2011);
    }
}
