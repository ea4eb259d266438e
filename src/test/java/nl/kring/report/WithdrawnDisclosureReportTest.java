package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corrected and a withdrawn note in the reports, from a real vault: the client's inzage copy lists both, marked as
 * withdrawn with date and reason, next to the correction; the chair's verslag marks them; partner reports carry no
 * disclosures at all.
 */
class WithdrawnDisclosureReportTest {
    static final LocalDate CORRECTED_ON = LocalDate.of(2026, 11, 28);
    static final LocalDate WITHDRAWN_ON = LocalDate.of(2026, 11, 30);
    @TempDir
    static Path tmp;
    static String inzage;
    static String verslag;
    static List<String> partnerReports;

    @BeforeAll
    static void write() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            ReportFixtures.PARTNERS.forEach(store.partners()::save);
            ReportFixtures.CASES.forEach(store.cases()::save);
            store.meetings().save(ReportFixtures.MEETING); // with its note for 2026-017: to the woningcorporatie
            DisclosureRepository.Entry meetingNote = store.disclosures().forCase("2026-017").getFirst();
            // the GGD received the data, not the woningcorporatie; the melder is named in the reason
            Disclosure d = meetingNote.disclosure();
            store.disclosures().correct(meetingNote.id(), CORRECTED_ON,
                    "Verkeerde partner aangevinkt; Ans Buurman wees erop dat de corporatie niets kreeg.",
                    new Disclosure(d.categories(), List.of("ggd-vangnet"), d.basis(), d.why(), d.whyNotInformed(),
                            d.decidedBy(), d.date(), false));
            // a phone call recorded twice: the second is withdrawn without a replacement
            Disclosure call = new Disclosure(List.of(LifeDomain.SOMATISCH_FUNCTIONEREN), List.of("ggz-altrecht"),
                    DisclosureBasis.EVIDENT_BELANG, "Wond dreigt te ontsteken.", "Niet bereikbaar.", "voorzitter M. Bos",
                    LocalDate.of(2026, 11, 27), false);
            store.disclosures().record("2026-017", call);
            var twice = store.disclosures().record("2026-017", call);
            store.disclosures().withdraw(twice.id(), WITHDRAWN_ON, "Dubbel vastgelegd.", null);

            inzage = flat(Pdfs.text(ExportService.inzage(store, "2026-017", tmp.resolve("inzage.pdf"))));
            Path out = Files.createDirectories(tmp.resolve("export"));
            JudgedMinutes.dismissAll(store, ReportFixtures.MEETING_DATE);
            var result = ExportService.exportMeeting(store, ReportFixtures.MEETING_DATE, out, null, ProgressListener.NONE);
            verslag = flat(Pdfs.text(out.resolve("verslag.pdf")));
            partnerReports = result.files().stream().filter(f -> !f.getFileName().toString().equals("verslag.pdf")
                    && !f.getFileName().toString().equals("rooster.pdf")).map(f -> flat(Pdfs.text(f))).toList();
        }
    }

    @Test
    void theInzageCopyShowsTheWithdrawnNoteMarkedWithDateReasonAndItsReplacement() {
        // ordered by date: the meeting note and its correction (26-11), then the two phone calls (27-11)
        assertThat(inzage).contains("Verstrekking 1 — ingetrokken op 28 november 2026")
                .contains("Ingetrokken op 28 november 2026, gecorrigeerd")
                // the melder named in the reason is withheld with the inzage copy's own marker (issue 11: [melder],
                // counted under "Afgeschermd"), neither the whole name nor a part of it
                .contains("Reden Verkeerde partner aangevinkt; [melder] wees erop dat de corporatie niets kreeg.")
                .contains("Vervangen door verstrekking 2");
        assertThat(inzage).doesNotContain("Ans Buurman").doesNotContain("Buurman").doesNotContain("Ans ")
                .contains("De naam van wie de melding deed [melder]");
        // the withdrawn note is still there in full: to the woningcorporatie
        String first = between(inzage, "Verstrekking 1 —", "Verstrekking 2");
        assertThat(first).contains("Aan Woonstichting Het Dak").contains("Gegevens Huisvesting, Financiën");
        // the replacement, to the GGD, says what it corrects and is not marked
        String second = between(inzage, "Verstrekking 2", "Verstrekking 3");
        assertThat(second).doesNotContain("ingetrokken op").contains("Correctie van verstrekking 1 (ingetrokken)")
                .contains("Aan GGD Regio Utrecht, Vangnet");
        // the phone call recorded twice: one stands, one withdrawn without replacement
        assertThat(inzage).contains("Verstrekking 3 ").contains("Verstrekking 4 — ingetrokken op 30 november 2026")
                .contains("Ingetrokken op 30 november 2026 Reden Dubbel vastgelegd.")
                .doesNotContain("Verstrekking 5");
        assertThat(between(inzage, "Verstrekking 4", "8. Uw rechten")).doesNotContain("Vervangen door");
    }

    @Test
    void theVerslagMarksTheWithdrawnNote() {
        // 2026-017: the note and its correction; 2026-019: one note
        assertThat(verslag).contains("3 zonder toestemming vastgelegd (handreiking punt 7), waarvan 1 ingetrokken")
                .contains("Verstrekking 1 — ingetrokken op 28 november 2026").contains("Vervangen door verstrekking 2")
                .contains("Correctie van verstrekking 1 (ingetrokken)");
        // pseudonymised as the rest of the verslag: no melder, no client name in the reason
        assertThat(verslag).doesNotContain("Ans Buurman").doesNotContain("Buurman");
    }

    @Test
    void partnerReportsStillCarryNoDisclosures() {
        assertThat(partnerReports).isNotEmpty().allSatisfy(r -> assertThat(r)
                .doesNotContain("Verstrekking").doesNotContain("ingetrokken").doesNotContain("Verkeerde partner"));
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a + from.length());
        assertThat(a).as(from).isNotNegative();
        return text.substring(a, b < 0 ? text.length() : b);
    }
}
