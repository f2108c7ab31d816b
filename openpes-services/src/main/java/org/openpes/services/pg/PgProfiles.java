package org.openpes.services.pg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openpes.services.app.ProfileRecords;
import org.openpes.services.patto.GolPath;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.LogisticModel;
import org.openpes.services.profiling.Profile;
import org.openpes.services.profiling.ProfilingModel;
import org.openpes.services.profiling.Questionnaire;
import org.openpes.services.profiling.RiskClass;

/** The profiling tables (migration V5) inside one use case's transaction. */
final class PgProfiles implements ProfileRecords {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Handle h;
    private final Runnable writes;

    PgProfiles(Handle h, Runnable writes) {
        this.h = h;
        this.writes = writes;
    }

    @Override
    public Optional<StoredModel> latestModel() {
        return h.createQuery("select model_id, model from profiling_model order by model_id desc limit 1")
                .map((rs, ctx) -> new StoredModel(rs.getInt(1), read(rs.getString(2), ProfilingModel.class)))
                .findOne();
    }

    @Override
    public int insertModel(ProfilingModel model, String actor) {
        writes.run();
        return h.createQuery("insert into profiling_model (actor, model) values (:actor, cast(:model as jsonb)) "
                + "returning model_id").bind("actor", actor).bind("model", write(model)).mapTo(Integer.class).one();
    }

    @Override
    public Optional<Profile> latest(PersonId id) {
        return h.createQuery("select employed_6m, employed_12m, risk_class, questionnaire, proposed_path, "
                + "chosen_path, override_reason, actor, at, version, factors from person_profile "
                + "where seeker_id = :id order by version desc limit 1").bind("id", id.value())
                .map((rs, ctx) -> profile(rs)).findOne();
    }

    @Override
    public boolean insert(PersonId id, int modelId, Profile p) {
        writes.run();
        return h.createUpdate("insert into person_profile (seeker_id, version, model_id, questionnaire, employed_6m, "
                + "employed_12m, risk_class, proposed_path, chosen_path, override_reason, factors, actor, at) "
                + "values (:id, :version, :model, cast(:q as jsonb), :p6, :p12, :risk, :proposed, :chosen, :reason, "
                + "cast(:factors as jsonb), :actor, :at) on conflict do nothing")
                .bind("id", id.value()).bind("version", p.version()).bind("model", modelId)
                .bind("q", write(p.questionnaire())).bind("p6", p.employedIn6Months())
                .bind("p12", p.employedIn12Months()).bind("risk", p.risk().name())
                .bind("proposed", p.proposed().name()).bind("chosen", p.chosen().name())
                .bind("reason", p.overrideReason()).bind("factors", write(p.mainFactors()))
                .bind("actor", p.decidedBy()).bind("at", java.sql.Timestamp.from(p.decidedAt())).execute() == 1;
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        List<LogisticModel.Factor> factors = List.of(read(rs.getString(11), LogisticModel.Factor[].class));
        return new Profile(rs.getDouble(1), rs.getDouble(2), RiskClass.valueOf(rs.getString(3)), factors,
                read(rs.getString(4), Questionnaire.class), GolPath.valueOf(rs.getString(5)),
                GolPath.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, java.time.OffsetDateTime.class).toInstant(), rs.getInt(10));
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored profiling record does not read back: " + e.getOriginalMessage(),
                    e);
        }
    }
}
