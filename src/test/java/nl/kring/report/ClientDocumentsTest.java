package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.store.VaultPolicy;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.report.Pdfs.containsWord;
import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15: the information letter, the consent-request form and the ketenovereenkomst come from the vault's
 * settings; the consent form holds its own client's data and no other client's.
 */
class ClientDocumentsTest {
    @TempDir
    Path tmp;

    /** 14 on every date the tests use: the child and both parents decide (deel II §4.3). */
    static final CaseFile MINOR = new CaseFile("2026-031",
            new Client("Noor Femke", "Noor", "van", "Leeuwenhoek", List.of("Noortje"), LocalDate.now().minusYears(14).minusDays(40),
                    null, "Zandpad 4, 3601 NA Maarssen", "06-44556677",
                    List.of(new Relative("Ilse van Leeuwenhoek", "moeder")), null, false),
            null, LocalDate.of(2026, 10, 1), Phase.SCREENING, null,
            new Consent(ConsentStatus.GEVRAAGD, null, null, List.of(
                    new ConsentPerson(ConsentPerson.Who.CLIENT, "Noor van Leeuwenhoek", ConsentStatus.GEVRAAGD, null),
                    new ConsentPerson(ConsentPerson.Who.PARENT, "Ilse van Leeuwenhoek", ConsentStatus.GEVRAAGD, null),
                    new ConsentPerson(ConsentPerson.Who.PARENT, "Ruud Brandsma", ConsentStatus.GEVRAAGD, null))),
            null, "reële vrees voor ernstig nadeel", "bilateraal overleg was onvoldoende", null, null,
            List.of("ggd-vangnet", "ggz-altrecht"));

    static final CaseFile INCAPACITATED = new CaseFile("2026-032",
            new Client("Geertruida", "Truus", null, "Oosterbeek", List.of(), LocalDate.of(1941, 2, 3), "999990019",
                    "Lindelaan 9, 3705 AB Zeist", "030-6911223", List.of(), "mr. P. Hazelaar (mentor)", true),
            null, LocalDate.of(2026, 10, 1), Phase.INTAKE, null, null, null, "reële vrees voor ernstig nadeel",
            "bilateraal overleg was onvoldoende", null, null, List.of("ha-zuilen"));

    Store vault() throws Exception {
        Store store = TestVaults.create(tmp.resolve("vault"));
        for (Partner p : ReportFixtures.PARTNERS) {
            store.partners().save(p);
        }
        for (CaseFile c : ReportFixtures.CASES) {
            store.cases().save(c);
        }
        store.cases().save(MINOR);
        store.cases().save(INCAPACITATED);
        return store;
    }

    @Test
    void theLetterHasTheHandreikingsDefaultsAndFollowsEverySetting() throws Exception {
        try (Store store = vault()) {
            String before = flat(Pdfs.text(ExportService.clientInformation(store, tmp.resolve("out/brief1.pdf"))));
            assertThat(before).contains("Informatie voor cliënten over het vangnetoverleg")
                    .contains(flat(ChainAgreement.DEFAULT_PURPOSE))
                    .contains("de bewaartermijn is 2 jaar na het afsluiten van de casus")
                    .contains(flat(EvidentInterest.GUIDELINE))
                    .contains("inzage:").contains("correctie:").contains("verwijdering:").contains("bezwaar:")
                    .contains("Autoriteit Persoonsgegevens")
                    .contains("ten minste elke 6 weken");
            // every organisation with a valid agreement, by name
            for (Partner p : ReportFixtures.PARTNERS) {
                assertThat(before).contains(p.name());
            }
            // no client at all
            for (CaseFile c : store.cases().all()) {
                assertThat(before).doesNotContain(c.number());
                assertThat(containsWord(before, c.client().surname())).as(c.client().surname()).isFalse();
            }

            store.transaction(s -> {
                ChainAgreementSettings.save(s.settings(), new ChainAgreement("Ons eigen doel: samen zorgen voor Rivierstad.",
                        null, "Eigen afspraak over rechten.", null, null, null, null, null, List.of()));
                new VaultPolicy(12, 24, 4).save(s.settings());
                ContactSettings.save(s.settings(), new ChairDetails("M. Bos", "voorzitter, GGD Rivierstad", "m.bos@ggd.example",
                        "088-5550100", "Klachtenfunctionaris GGD Rivierstad, 088-5550199"));
                s.settings().put(EvidentInterest.SETTING, "Bij ons: ernstige zelfverwaarlozing met gevaar voor de gezondheid.");
            });
            String after = flat(Pdfs.text(ExportService.clientInformation(store, tmp.resolve("out/brief2.pdf"))));
            assertThat(after).contains("Ons eigen doel: samen zorgen voor Rivierstad.")
                    .doesNotContain(flat(ChainAgreement.DEFAULT_PURPOSE))
                    .contains("Eigen afspraak over rechten.")
                    .contains("de bewaartermijn is één jaar na het afsluiten van de casus")
                    .contains("Klachtenfunctionaris GGD Rivierstad, 088-5550199")
                    .contains("M. Bos, voorzitter, GGD Rivierstad, 088-5550100, m.bos@ggd.example")
                    .contains("Bij ons: ernstige zelfverwaarlozing met gevaar voor de gezondheid.")
                    .doesNotContain(flat(EvidentInterest.GUIDELINE))
                    .contains("ten minste elke 4 weken")
                    // the storage text was not set: still the default
                    .contains(flat(ChainAgreement.DEFAULT_STORAGE));
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals(AuditLog.Action.EXPORT.name()))
                    .extracting(AuditLog.Entry::detail).containsOnly("client information letter written");
        }
    }

    @Test
    void aPartnerWithoutAValidAgreementIsNotNamedInTheLetter() throws Exception {
        try (Store store = vault()) {
            store.partners().save(new Partner("oud", "Stichting Vroeger Voorbij", Role.GEMEENTE,
                    Tier.SCHIL, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), List.of()));
            String text = flat(Pdfs.text(ExportService.clientInformation(store, tmp.resolve("brief.pdf"))));
            assertThat(text).contains(ReportFixtures.GGD.name()).doesNotContain("Stichting Vroeger Voorbij");
        }
    }

    @Test
    void theAgreementSummaryPrintsItsContentsSignatoriesAndCoordinator() throws Exception {
        try (Store store = vault()) {
            String defaults = flat(Pdfs.text(ExportService.chainAgreement(store, tmp.resolve("k1.pdf"))));
            assertThat(defaults).contains("Ketenovereenkomst vangnetoverleg").contains("Nog niet ondertekend.")
                    .contains(flat(ChainAgreement.DEFAULT_PURPOSE)).contains(flat(ChainAgreement.DEFAULT_STORAGE))
                    .contains(flat(ChainAgreement.DEFAULT_RIGHTS)).contains(flat(ChainAgreement.DEFAULT_REPORTING))
                    .contains("Nog geen coördinator aangewezen.");

            store.transaction(s -> ChainAgreementSettings.save(s.settings(), new ChainAgreement(null, null, null,
                    "Datalekken meldt u bij het meldpunt van de GGD, binnen een uur.", "A. de Wit",
                    "functionaris gegevensbescherming GGD", "fg@ggd.example", LocalDate.of(2026, 3, 2),
                    List.of("ggd-vangnet", "woco-dak", "weg"))));
            String text = flat(Pdfs.text(ExportService.chainAgreement(store, tmp.resolve("k2.pdf"))));
            assertThat(text).contains("Ondertekend op 2 maart 2026 door:")
                    .contains(ReportFixtures.GGD.name()).contains(ReportFixtures.WOCO.name())
                    .doesNotContain(ReportFixtures.POLITIE.name())
                    .contains("Datalekken meldt u bij het meldpunt van de GGD, binnen een uur.")
                    .doesNotContain(flat(ChainAgreement.DEFAULT_REPORTING))
                    .contains("A. de Wit, functionaris gegevensbescherming GGD, fg@ggd.example");
            for (CaseFile c : store.cases().all()) {
                assertThat(text).doesNotContain(c.number());
            }
        }
    }

    @Test
    void eachConsentFormHoldsItsOwnClientAndNoOtherClient() throws Exception {
        try (Store store = vault()) {
            List<CaseFile> all = store.cases().all();
            assertThat(all).hasSize(6);
            for (CaseFile c : all) {
                Path file = ExportService.consentForm(store, c.number(), tmp.resolve("forms").resolve(c.number() + ".pdf"));
                String text = flat(Pdfs.text(file));
                Client cl = c.client();
                assertThat(text).contains("Toestemmingsformulier").contains(ClientDocuments.fullName(cl))
                        .contains(Nl.date(cl.birthDate())).contains(c.number());
                // exactly the partners of its own kring
                for (Partner p : ReportFixtures.PARTNERS) {
                    assertThat(text.contains(p.name())).as(c.number() + " names " + p.id())
                            .isEqualTo(c.kring().contains(p.id()));
                }
                for (CaseFile other : all) {
                    if (other == c) {
                        continue;
                    }
                    for (String needle : identifying(other)) {
                        assertThat(containsWord(text, needle)).as(c.number() + " names " + needle + " of " + other.number())
                                .isFalse();
                    }
                    assertThat(text).doesNotContain(other.number());
                }
                // the form shares no BSN, not even the client's own
                if (cl.bsn() != null) {
                    assertThat(text.replace(" ", "")).doesNotContain(cl.bsn());
                }
            }
            List<AuditLog.Entry> exports = store.audit().entries().stream()
                    .filter(e -> e.action().equals(AuditLog.Action.EXPORT.name())).toList();
            assertThat(exports).extracting(AuditLog.Entry::subject)
                    .containsExactlyElementsOf(all.stream().map(CaseFile::number).toList());
            assertThat(exports).extracting(AuditLog.Entry::detail).containsOnly("consent request form written");
            assertThat(store.verify()).isEmpty();
        }
    }

    /** Everything of a client another reader may not learn: names, relatives, persons consenting, numbers, address. */
    static List<String> identifying(CaseFile c) {
        Client cl = c.client();
        List<String> out = new ArrayList<>(List.of(cl.surname(), ClientDocuments.fullName(cl)));
        if (cl.roepnaam() != null) {
            out.add(cl.roepnaam());
        }
        if (cl.firstNames() != null) {
            out.addAll(List.of(cl.firstNames().split(" ")));
        }
        out.addAll(cl.aliases());
        cl.relatives().forEach(r -> out.add(r.name()));
        if (c.consent() != null) {
            c.consent().persons().forEach(p -> out.add(p.name()));
        }
        if (cl.legalRepresentative() != null) {
            out.add(cl.legalRepresentative());
        }
        for (String s : new String[] {cl.bsn(), cl.address(), cl.phone()}) {
            if (s != null) {
                out.add(s);
            }
        }
        if (cl.address() != null) {
            out.add(cl.address().split(",")[0]);
        }
        if (cl.birthDate() != null) {
            out.add(Nl.date(cl.birthDate()));
        }
        return out;
    }

    @Test
    void aMinorAndBothParentsSignAndARepresentativeSignsForAClientWhoIsWilsonbekwaam() throws Exception {
        try (Store store = vault()) {
            String minor = flat(Pdfs.text(ExportService.consentForm(store, MINOR.number(), tmp.resolve("m.pdf"))));
            assertThat(minor).contains("Wie beslist: Zowel de jongere als de ouders of voogd moeten toestemmen")
                    .contains("Jongere (12 tot 16 jaar)").contains("Ilse van Leeuwenhoek").contains("Ruud Brandsma");
            assertThat(minor.split("Handtekening", -1)).hasSize(4); // the child and both parents

            String rep = flat(Pdfs.text(ExportService.consentForm(store, INCAPACITATED.number(), tmp.resolve("r.pdf"))));
            assertThat(rep).contains("De wettelijk vertegenwoordiger beslist")
                    .contains("Wettelijk vertegenwoordiger").contains("mr. P. Hazelaar (mentor)");
            assertThat(rep.split("Handtekening", -1)).hasSize(2);

            String adult = flat(Pdfs.text(ExportService.consentForm(store, "2026-017", tmp.resolve("a.pdf"))));
            assertThat(adult).contains("Wie beslist: De cliënt beslist zelf.").doesNotContain("Ouder of voogd");
            assertThat(adult.split("Handtekening", -1)).hasSize(2);
        }
    }

    @Test
    void aClientNamedInTheAgreementsTextsIsMaskedInEveryDocumentWithoutACaseNumber() throws Exception {
        try (Store store = vault()) {
            store.transaction(s -> {
                ChainAgreementSettings.save(s.settings(), new ChainAgreement(
                        "Zoals bij Jan de Vries, Kerkstraat 12, 3511 AB Utrecht: samen zorgen.", null, null, null,
                        "Riek Zwanenburg", null, null, null, List.of()));
                s.settings().put(EvidentInterest.SETTING, "Zoals bij mevrouw Yılmaz (BSN 111222333): ernstig nadeel.");
            });
            // the unknown-name check (legal2) refuses every document while a settings text names someone of a case
            Assertions.assertThatThrownBy(() -> ExportService.clientInformation(store,
                    tmp.resolve("l0.pdf"))).hasMessageContaining("'Doel' names someone of a case");
            Assertions.assertThatThrownBy(() -> ExportService.chainAgreement(store,
                    tmp.resolve("a0.pdf"))).hasMessageContaining("names someone of a case");
            Assertions.assertThatThrownBy(() -> ExportService.consentForm(store, "2026-020",
                    tmp.resolve("c0.pdf"))).hasMessageContaining("names someone of a case");
            assertThat(tmp.resolve("l0.pdf")).doesNotExist();
            // and behind it, the documents themselves mask what a text names
            List<String> texts = List.of(
                    flat(Pdfs.text(ClientDocuments.writeInformation(ExportService.keten(store), tmp.resolve("l.pdf")))),
                    flat(Pdfs.text(ClientDocuments.writeAgreement(ExportService.keten(store), tmp.resolve("a.pdf")))),
                    flat(Pdfs.text(ClientDocuments.writeConsentForm(ExportService.consentInput(store, "2026-020"),
                            tmp.resolve("c.pdf")))));
            for (String text : texts) {
                assertThat(text).contains("samen zorgen").contains("[weggelaten]")
                        .doesNotContain("2026-017").doesNotContain("2026-018").doesNotContain("2026-019")
                        .doesNotContain("111222333").doesNotContain("Kerkstraat");
                for (String name : List.of("Vries", "Zwanenburg", "Riek", "Yılmaz")) {
                    assertThat(containsWord(text, name)).as(name).isFalse();
                }
            }
        }
    }

    @Test
    void theDocumentsAreValidPdfA2bAndOnlyTheConsentFormIsMarkedConfidential() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (Store store = vault()) {
            List<Path> files = ExportService.documents(store, tmp.resolve("docs"), List.of(MINOR.number()));
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("informatie-clienten.pdf",
                    "ketenovereenkomst.pdf", "toestemming-2026-031.pdf");
            for (Path f : files) {
                assertThat(PdfA2bValidationTest.failures(f)).as(f.getFileName().toString()).isEmpty();
            }
            assertThat(Pdfs.text(files.get(0))).contains("INFORMATIE").doesNotContain("VERTROUWELIJK");
            assertThat(Pdfs.text(files.get(1))).contains("INFORMATIE").doesNotContain("VERTROUWELIJK");
            assertThat(Pdfs.text(files.get(2))).contains("VERTROUWELIJK");
        }
    }

    @Test
    void anUnknownCaseWritesNothingAndAuditsNothing() throws Exception {
        try (Store store = vault()) {
            Path file = tmp.resolve("x.pdf");
            assertThatThrownBy(() -> ExportService.consentForm(store, "2026-999", file))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no case 2026-999");
            assertThat(file).doesNotExist();
            assertThat(store.audit().entries()).noneMatch(e -> e.action().equals(AuditLog.Action.EXPORT.name()));
        }
    }
}
