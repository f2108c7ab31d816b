package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpes.api.services.MessageBundles;
import org.openpes.services.patto.GolPath;
import org.openpes.services.patto.PattoContent;
import org.openpes.services.patto.PattoEvent;
import org.openpes.services.patto.PattoState;

/** Italian and English are complete: every key the operator application uses is in both bundles, and no other. */
class MessageBundlesTest {
    static final Path WEB = Path.of("src/main/resources/org/openpes/api/web/app");

    @Test
    void everyKeyThePagesUseIsInEveryLanguageAndTheBundlesHaveTheSameKeys() throws Exception {
        StringBuilder pages = new StringBuilder(Files.readString(WEB.resolve("index.html")));
        try (var scripts = Files.list(WEB)) {
            for (Path js : scripts.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                pages.append(Files.readString(js));
            }
        }
        TreeSet<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("(?:data-i18n(?:-aria-label)?=\"|t\\(')([a-zA-Z]+\\.[a-zA-Z.]+)").matcher(pages);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) { // a prefix, completed below from the domain's values
                used.add(m.group(1));
            }
        }
        // keys built from a prefix and a value of the domain
        for (PattoState s : PattoState.values()) {
            used.add("state." + s);
        }
        for (PattoEvent e : PattoEvent.values()) {
            used.add("event." + e);
        }
        for (GolPath g : GolPath.values()) {
            used.add("gol." + g);
        }
        for (PattoContent.Element e : PattoContent.Element.values()) {
            used.add("patto.element." + e);
        }
        for (org.openpes.services.profiling.RiskClass r : org.openpes.services.profiling.RiskClass.values()) {
            used.add("risk." + r);
        }
        for (var q : org.openpes.services.profiling.Questionnaire.class.getRecordComponents()) {
            used.add("q." + q.getName());
        }
        for (var s : org.openpes.services.vacancies.VacancyState.values()) {
            used.add("vstate." + s);
        }
        for (var e : org.openpes.services.vacancies.VacancyEvent.values()) {
            used.add("vevent." + e);
        }
        for (var s : org.openpes.services.vacancies.ApplicationState.values()) {
            used.add("astate." + s);
        }
        for (var e : org.openpes.services.vacancies.ApplicationEvent.values()) {
            if (e != org.openpes.services.vacancies.ApplicationEvent.MAKE_OBSOLETE) { // the service's, not a person's
                used.add("aevent." + e);
            }
        }
        for (var r : org.openpes.services.vacancies.RefusalReason.values()) {
            used.add("refusal." + r);
        }
        for (var g : org.openpes.reference.co.ContractGroup.values()) {
            used.add("contract." + g);
        }
        used.add("contract.OTHER"); // a hire whose contract group the CO do not give
        for (var h : org.openpes.services.app.EmployerService.HireStatus.values()) {
            used.add("hire." + h);
        }
        for (String k : new String[] {"comune", "occupation", "cp", "ateco", "vacancy"}) {
            used.add("reference." + k); // the look-ups' labels
        }
        for (var k : org.openpes.services.partners.PartnerKind.values()) {
            used.add("partnerKind." + k);
        }
        for (var k : org.openpes.services.partners.Agreement.Kind.values()) {
            used.add("agreement." + k);
        }
        for (var k : org.openpes.services.partners.Agreement.Status.values()) {
            used.add("agreement.status." + k);
        }
        for (var k : org.openpes.services.partners.Referral.State.values()) {
            used.add("referrals.state." + k);
        }
        for (var s : org.openpes.services.curriculum.PersonSkill.Source.values()) {
            used.add("curriculum.source." + s);
        }
        for (var p : org.openpes.services.crisis.Procedure.values()) {
            used.add("procedure." + p);
        }
        for (var g : org.openpes.services.crisis.Signal.values()) {
            used.add("signal." + g);
        }
        for (var c : org.openpes.services.events.Channel.values()) {
            used.add("channel." + c);
        }
        for (var d : org.openpes.services.events.Delivery.values()) {
            used.add("delivery." + d);
        }
        for (var a : org.openpes.services.events.Attendance.values()) {
            used.add("attendance." + a);
        }
        for (var o : org.openpes.services.events.InterviewOutcome.values()) {
            used.add("outcome." + o);
        }
        for (var k : org.openpes.services.employers.InteractionKind.values()) {
            used.add("kind." + k);
        }
        for (var r : org.openpes.services.access.Role.values()) {
            used.add("role." + r); // the administrator's role list
        }
        for (String service : new String[] {"proposed", "event", "crisis", "referral", "referral:SOCIAL_COOPERATIVE"}) {
            used.add("outcomes.service." + service); // the services of issue 20 on the outcomes page
        }
        assertThat(used).hasSizeGreaterThan(60);
        Map<String, String> it = MessageBundles.bundle("it");
        Map<String, String> en = MessageBundles.bundle("en");
        for (String key : used) {
            assertThat(it).as("Italian bundle").containsKey(key);
            assertThat(en).as("English bundle").containsKey(key);
        }
        assertThat(it.keySet()).isEqualTo(en.keySet());
        assertThat(it.get("common.yes")).isEqualTo("Sì"); // read as UTF-8
    }
}
