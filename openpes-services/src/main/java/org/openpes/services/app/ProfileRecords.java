package org.openpes.services.app;

import java.util.Optional;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.Profile;
import org.openpes.services.profiling.ProfilingModel;

/** The profiling records of a use case's transaction: the fitted models and each person's profile versions. */
public interface ProfileRecords {
    /** A model as stored, with its id. */
    record StoredModel(int id, ProfilingModel model) {
    }

    /** The newest model. */
    Optional<StoredModel> latestModel();

    int insertModel(ProfilingModel model, String actor);

    /** The person's newest profile version. */
    Optional<Profile> latest(PersonId id);

    /** Adds a version; false when {@code profile.version()} is already taken (a concurrent assessment). */
    boolean insert(PersonId id, int modelId, Profile profile);
}
