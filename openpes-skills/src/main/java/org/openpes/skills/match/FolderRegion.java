package org.openpes.skills.match;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openpes.skills.training.Course;

/** A region folder in the generator's layout (docs/generator.md): the command line's and the benchmarks' source. */
public final class FolderRegion implements RegionSource {
    private final Path dir;

    public FolderRegion(Path dir) {
        this.dir = dir;
    }

    @Override
    public int seekers(SeekerSink sink) {
        return RegionProfiles.declaredSeekers(dir, sink);
    }

    @Override
    public Map<String, VacancyProfile> vacancies() {
        return RegionProfiles.vacancies(dir, null);
    }

    @Override
    public List<Course> courses() {
        return RegionProfiles.courses(dir);
    }
}
