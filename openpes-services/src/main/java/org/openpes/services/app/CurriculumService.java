package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.curriculum.Curriculum;
import org.openpes.services.curriculum.CurriculumForms;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A person's curriculum (Scheda Anagrafica Professionale, section 3 and the declared parts of 4 and 5): read by whoever
 * may read the person, added to by whoever may register people in the person's CPI. Every read and every addition is
 * audited; an entry already in the record is refused (OPES-SRV-025), so a repeated form creates nothing twice.
 */
public final class CurriculumService extends UseCases<ServicesStore.Tx> {
    /** What an operator adds: a title of study, a course, declared work, a skill, a language, or a mobility abroad. */
    public enum Kind { EDUCATION, TRAINING, EXPERIENCE, SKILL, LANGUAGE, MOBILITY }

    /** The curriculum, with the labels of its ESCO concepts by URI (language to label). */
    public record View(Person person, int educationIsced, Curriculum curriculum,
            Map<String, Map<String, String>> labels) {
    }

    private final ReferenceData ref;
    private final Access access;
    private final Clock clock;

    public CurriculumService(ServicesStore store, ReferenceData ref, Places places, Clock clock) {
        super(store);
        this.ref = ref;
        this.access = new Access(places);
        this.clock = clock;
    }

    public Outcome<View> read(Caller caller, PersonId id, String purpose) {
        return run(caller, UseCase.READ_CURRICULUM, tx -> {
            Person p = access.person(tx, caller, id, false);
            audit(tx, caller, AuditAction.READ, "curriculum person:" + id, purpose);
            return view(p, tx.curriculum().of(p.id()));
        });
    }

    /**
     * Adds one entry of {@code kind} from the form's {@code fields} (by name: isced, title, year, provider, hours,
     * certified, occupation, employer, from, to, skill, language, country).
     */
    public Outcome<View> add(Caller caller, PersonId id, Kind kind, Map<String, String> fields) {
        LocalDate today = LocalDate.now(clock);
        return run(caller, UseCase.ADD_TO_CURRICULUM, tx -> {
            Person p = access.person(tx, caller, id, true);
            CurriculumRecords records = tx.curriculum();
            boolean added = switch (kind) {
                case EDUCATION -> records.add(p.id(), orRefuse(CurriculumForms.education(fields.get("isced"),
                        fields.get("title"), fields.get("year"), today)), caller.userId());
                case TRAINING -> records.add(p.id(), orRefuse(CurriculumForms.training(fields.get("title"),
                        fields.get("provider"), fields.get("year"), fields.get("hours"),
                        "true".equals(fields.get("certified")), today)), caller.userId());
                case EXPERIENCE -> records.add(p.id(), orRefuse(CurriculumForms.experience(fields.get("occupation"),
                        fields.get("employer"), fields.get("from"), fields.get("to"), ref.esco(), today)),
                        caller.userId());
                case SKILL -> records.declareSkill(p.id(), orRefuse(CurriculumForms.skill(fields.get("skill"),
                        ref.esco())));
                case LANGUAGE -> records.addLanguage(p.id(), orRefuse(CurriculumForms.language(
                        fields.get("language"))));
                case MOBILITY -> records.declareMobility(p.id(), orRefuse(CurriculumForms.mobility(
                        fields.get("country"))), caller.userId());
            };
            if (!added) {
                throw new Refused(new Refusal(ErrorCode.SRV_025, kind.name().toLowerCase(java.util.Locale.ROOT)));
            }
            audit(tx, caller, AuditAction.CREATE, "curriculum:" + kind + " person:" + id, "curriculum entry added");
            return view(p, records.of(p.id()));
        });
    }

    private View view(Person p, Curriculum c) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        c.experience().forEach(x -> labels.put(x.occupationUri(), ref.esco().preferredLabels(x.occupationUri())));
        c.skills().forEach(s -> ref.esco().skill(s.uri()).ifPresent(k -> labels.put(s.uri(),
                Map.of("en", k.preferredLabel()))));
        return new View(p, p.educationIsced(), c, labels);
    }
}
