package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.domain.Attendee;
import nl.kring.domain.Audience;
import nl.kring.domain.CaseFile;
import nl.kring.domain.CaseView;
import nl.kring.domain.CaseViewer;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.Relative;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.interchange.Importer;
import nl.kring.retention.CaseEraser;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log of the demo vault in words, read as the privacy officer reads it (issue 13): every entry the day
 * wrote has Dutch words, partners and attendees appear by name, never by id or enum name, and nothing names a client
 * of the demo data: not a name, BSN, address, phone or date of birth. The log itself stays as written.
 */
class AuditWordsDemoVaultTest {
    @TempDir
    Path dir;

    @Test
    void theDemoLogReadsInDutchWithNamesOfProfessionalsAndNoClient() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, DemoData.demoData());
            List<Partner> partners = store.partners().all();
            List<CaseFile> cases = store.cases().all();
            CaseFile c = store.cases().find("2026-003").orElseThrow();
            String surname = c.client().surname();
            // written by the real code
            var note = store.disclosures().record(c.number(), LocalDate.of(2026, 11, 26), new Disclosure(
                    List.of(LifeDomain.HUISVESTING, LifeDomain.VEILIGHEID), List.of(c.kring().get(0), c.kring().get(2)),
                    DisclosureBasis.EVIDENT_BELANG, surname + " dreigt dakloos te raken", "geen contact met " + surname,
                    "voorzitter", null));
            store.disclosures().correct(note.id(), LocalDate.of(2026, 11, 27), "verkeerde partner", new Disclosure(
                    List.of(LifeDomain.HUISVESTING), List.of(c.kring().get(0)), DisclosureBasis.EVIDENT_BELANG,
                    surname + " dreigt dakloos te raken", "geen contact", "voorzitter", null));
            ExportService.inzage(store, c.number(), dir.resolve("inzage " + surname + ".pdf"), Set.of());
            // as the meeting room writes them: attendee ids, partner ids, the view's summary, a pseudonymised reason
            Partner ggd = partners.stream().filter(p -> p.id().equals("ggd-vangnet")).findFirst().orElseThrow();
            Partner police = partners.stream().filter(p -> p.id().equals("politie-oost")).findFirst().orElseThrow();
            Attendee nurse = ggd.attendees().getFirst();
            Attendee officer = police.attendees().getFirst();
            String date = "2026-11-26";
            store.audit().append(AuditLog.Action.MEETING_CHANGED, date, "check-in " + nurse.id() + " (" + ggd.id() + ")");
            store.audit().append(AuditLog.Action.MEETING_CHANGED, date, "check-in " + officer.id() + " (" + police.id() + ")");
            CaseFile outside = cases.stream().filter(k -> !k.kring().contains(police.id())).findFirst().orElseThrow();
            String reason = ExportService.pseudonymiser(cases, partners).pseudonymise(outside.number(),
                    "acute zorg voor " + outside.client().roepnaam() + " " + outside.client().surname());
            store.audit().append(AuditLog.Action.OVERRIDE, outside.number(), "outsiders=" + officer.id() + "(" + police.id()
                    + ") present=" + nurse.id() + "," + officer.id() + " reason=" + reason);
            var shown = CaseViewer.of(store.matrix().load(), partners).withKringen(cases)
                    .view(c, Audience.presentation(List.of(ggd, police)));
            assertThat(shown).isInstanceOf(CaseView.class);
            store.audit().append(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION, c.number(), "present=" + nurse.id() + ","
                    + officer.id() + " " + ((CaseView) shown).auditSummary());
            var request = store.requests().register(c.number(), RequestType.INZAGE, LocalDate.of(2026, 11, 2),
                    Requester.CLIENT, LocalDate.of(2026, 11, 28));
            store.audit().append(AuditLog.Action.REQUEST, c.number(), "request " + request.id() + " " + request.type().name()
                    + " registered: received " + request.receivedOn() + ", deadline " + request.deadline() + ", by "
                    + Requester.CLIENT.name());
            store.audit().append(AuditLog.Action.PURGE, "2025-041", "retention as of 2026-11-28: closed 2024-10-01, period P2Y"
                    + new CaseEraser.Counts(2, 0, 1, 1, 0, 0, 1).auditDetail());
            store.audit().append(AuditLog.Action.PARTNER_CHANGED, police.id(), "changed");
            ExportService.registers(store, dir.resolve("registers"));

            List<AuditLog.Entry> log = store.audit().entries();
            AuditWords words = AuditWords.of(store.partners().all());
            List<String> rendered = new ArrayList<>();
            for (AuditLog.Entry e : log) {
                String line = words.action(e.action()) + " | " + words.subject(e.action(), e.subject()) + " | "
                        + words.detail(e.action(), e.detail());
                rendered.add(line);
                assertThat(words.knows(e.action(), e.detail())).as("words for %s %s", e.action(), e.detail()).isTrue();
            }
            String all = String.join("\n", rendered);
            assertThat(store.audit().check()).isEmpty();

            // professionals by name, never by id; enum names in Dutch
            assertThat(all).contains("aangemeld: " + nurse.name() + " (" + ggd.name() + ")")
                    .contains("toegelaten buiten de kring: " + officer.name() + " (" + police.name() + ")")
                    .contains("grondslag: Evident belang").contains("Partner gewijzigd | " + police.name());
            assertThat(Pattern.compile("\\ba-\\d+\\b").matcher(all).find()).as(all).isFalse();
            for (Partner p : partners) {
                assertThat(all).as("partner id %s", p.id()).doesNotContain(p.id());
            }
            assertThat(Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b").matcher(all).find()).as(all).isFalse();

            // no client of the demo data, as the privacy officer would search for them
            Set<String> professionals = partners.stream()
                    .flatMap(p -> Stream.concat(Stream.of(p.name()),
                            p.attendees().stream().map(Attendee::name)))
                    .collect(Collectors.toSet());
            List<String> leaks = new ArrayList<>();
            for (CaseFile k : store.cases().all()) {
                for (String id : identity(k)) {
                    if (professionals.stream().anyMatch(n -> n.contains(id))) {
                        continue;
                    }
                    boolean found = id.chars().anyMatch(Character::isDigit) ? all.contains(id)
                            : Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(all).find();
                    if (found) {
                        leaks.add(k.number() + ": " + id);
                    }
                }
            }
            assertThat(leaks).as(all).isEmpty();
            assertThat(surname).isNotBlank();
            // the register export holds the same words and nothing more of a client
            String csv = Files.readString(dir.resolve("registers").resolve(RegisterExport.AUDIT_CSV));
            assertThat(csv).contains("aangemeld: " + nurse.name()).contains("check-in " + nurse.id());
            for (CaseFile k : store.cases().all()) {
                for (String id : identity(k)) {
                    if (professionals.stream().noneMatch(n -> n.contains(id)) && id.length() >= 4) {
                        assertThat(Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(csv).find())
                                .as("%s in auditlog.csv", id).isFalse();
                    }
                }
            }
        }
    }

    private static List<String> identity(CaseFile c) {
        List<String> out = new ArrayList<>();
        var cl = c.client();
        out.add(cl.surname());
        if (cl.firstNames() != null) {
            out.addAll(List.of(cl.firstNames().split(" ")));
        }
        if (cl.roepnaam() != null) {
            out.add(cl.roepnaam());
        }
        out.addAll(cl.aliases());
        for (Relative r : cl.relatives()) {
            out.add(r.name());
        }
        if (cl.bsn() != null) {
            out.add(cl.bsn());
        }
        if (cl.address() != null) {
            out.add(cl.address());
            out.add(cl.address().split(",")[0]);
        }
        if (cl.phone() != null) {
            out.add(cl.phone());
        }
        if (cl.birthDate() != null) {
            out.add(cl.birthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            out.add(cl.birthDate().toString());
            out.add(Nl.date(cl.birthDate()));
        }
        return out.stream().filter(s -> s != null && !s.isBlank()).toList();
    }
}
