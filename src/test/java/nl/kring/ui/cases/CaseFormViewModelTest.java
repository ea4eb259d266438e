package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.CaseService;
import nl.kring.ui.common.Problem;
import nl.kring.vault.Vault;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static nl.kring.ui.cases.CaseFormViewModel.*;
import static org.assertj.core.api.Assertions.assertThat;

class CaseFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Partner GGD = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);
    static final Partner WOCO_EXPIRED = TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
    static final Partner POLITIE_UNSIGNED = TestVaults.partner("politie", Role.POLITIE, null, null);

    CaseFormViewModel form = new CaseFormViewModel(() -> TODAY);

    @BeforeEach
    void newCase() {
        form.startNew("2026-018", List.of(GGD, WOCO_EXPIRED, POLITIE_UNSIGNED), Set.of("2026-001", "2026-017"));
    }

    private List<String> messages(String field) {
        return form.problems().stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
    }

    private void makeValid() {
        form.surnameProperty().set("Vries");
        tick("ggd");
    }

    private void tick(String partnerId) {
        form.kring().stream().filter(o -> o.partnerId().equals(partnerId)).findFirst().orElseThrow().selectedProperty().set(true);
    }

    @Test
    void emptyNewCaseCannotBeSavedAndSaysWhy() {
        assertThat(form.isValid()).isFalse();
        assertThat(form.blockingMessages()).containsExactly("Achternaam is verplicht.", "Kies minstens één partner voor de kring.");
        makeValid();
        assertThat(form.isValid()).isTrue();
        assertThat(form.blockingMessages()).isEmpty();
    }

    @Test
    void bsnMustPassTheElevenTest() {
        makeValid();
        form.bsnProperty().set("111222334");
        assertThat(messages(F_BSN)).containsExactly("BSN voldoet niet aan de 11-proef.");
        assertThat(form.isValid()).isFalse();
        form.bsnProperty().set("1112 22 333");
        assertThat(messages(F_BSN)).isEmpty();
        assertThat(form.toCaseFile().client().bsn()).isEqualTo("111222333");
        form.bsnProperty().set("");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void impossibleDatesAreReportedNotIgnored() {
        makeValid();
        form.birthDateProperty().set("31-02-2026");
        assertThat(messages(F_BIRTH)).singleElement().asString().contains("31-02-2026").contains("geen bestaande datum");
        assertThat(form.isValid()).isFalse();
        form.birthDateProperty().set("29-02-2024");
        assertThat(messages(F_BIRTH)).isEmpty();
        assertThat(form.toCaseFile().client().birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void datesThatCannotLieInTheFutureAreRefused() {
        makeValid();
        form.birthDateProperty().set("29-11-2026");
        form.consentDateProperty().set("01-12-2026");
        form.reportedOnProperty().set("2027-01-01");
        assertThat(messages(F_BIRTH)).singleElement().asString().contains("toekomst");
        assertThat(messages(F_CONSENT_DATE)).singleElement().asString().contains("toekomst");
        assertThat(messages(F_REPORTED)).singleElement().asString().contains("toekomst");
        form.evaluationDueProperty().set("01-03-2027"); // an evaluation date is planned ahead
        assertThat(messages(F_EVALUATION)).isEmpty();
        form.birthDateProperty().set("28-11-2026");
        form.consentDateProperty().set("");
        form.reportedOnProperty().set("28-11-2026");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void onlyPartnersWithAValidAgreementCanBeTicked() {
        assertThat(form.kring()).extracting(KringOption::partnerId, KringOption::eligible)
                .containsExactly(Tuple.tuple("ggd", true),
                        Tuple.tuple("politie", false),
                        Tuple.tuple("woco", false));
        assertThat(form.kring().get(2).reason()).isEqualTo("verlopen op 01-01-2026");
        assertThat(form.kring().get(1).reason()).isEqualTo("niet getekend");
    }

    @Test
    void anExistingCaseWithALapsedPartnerMustDropItBeforeSaving() {
        CaseFile old = TestVaults.caseFile("2026-001", TestVaults.client("Jan", null, "de", "Vries", List.of()),
                Phase.SCREENING, true, null, List.of("ggd", "woco"));
        form.edit(old, List.of(GGD, WOCO_EXPIRED));
        assertThat(form.isValid()).isFalse();
        assertThat(messages(F_KRING)).singleElement().asString().contains("Partner woco").contains("verlopen");
        form.kring().stream().filter(o -> o.partnerId().equals("woco")).findFirst().orElseThrow().selectedProperty().set(false);
        assertThat(form.isValid()).isTrue();
        assertThat(form.toCaseFile().kring()).containsExactly("ggd");
    }

    @Test
    void caseNumberFollowsThePatternAndIsUnique() {
        makeValid();
        form.numberProperty().set("2026-17");
        assertThat(messages(F_NUMBER)).containsExactly("Het casusnummer heeft de vorm jaar-volgnummer, bijvoorbeeld 2026-017.");
        form.numberProperty().set("2026-017");
        assertThat(messages(F_NUMBER)).containsExactly("Casusnummer 2026-017 bestaat al.");
        form.numberProperty().set("2026-0170");
        assertThat(messages(F_NUMBER)).isEmpty();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void relativesNeedNameAndRelationButEmptyLinesAreIgnored() {
        makeValid();
        form.relatives().add(new RelativeRow("", ""));
        assertThat(form.isValid()).isTrue();
        form.relatives().add(new RelativeRow("Peter de Vries", ""));
        assertThat(messages(F_RELATIVES)).containsExactly("Familielid 2: vul de relatie in (bijvoorbeeld zoon, zus).");
        form.relatives().get(1).relationProperty().set("zoon");
        assertThat(form.isValid()).isTrue();
        assertThat(form.toCaseFile().client().relatives()).singleElement()
                .satisfies(r -> assertThat(r.relation()).isEqualTo("zoon"));
    }

    @Test
    void legalFootingGivesAdviceWithoutBlocking() {
        makeValid();
        assertThat(messages(F_EVIDENT)).containsExactly(
                "Zonder toestemming van de cliënt kan de casus pas op de agenda als het evident belang is onderbouwd.");
        assertThat(form.problem(F_EVIDENT).orElseThrow().blocking()).isFalse();
        form.consentStatusProperty().set(ConsentStatus.GEGEVEN);
        assertThat(messages(F_EVIDENT)).isEmpty();
        form.informedProperty().set(false);
        assertThat(messages(F_INFORMED)).hasSize(1);
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void ageRulesForMinorsFollowTheDateOfBirth() {
        form.birthDateProperty().set("01-01-2016");
        assertThat(form.ageNoteBinding().get()).startsWith("Jonger dan 12");
        form.birthDateProperty().set("28-11-2012");
        assertThat(form.ageNoteBinding().get()).startsWith("14 jaar");
        form.birthDateProperty().set("29-11-2008");
        assertThat(form.ageNoteBinding().get()).startsWith("17 jaar");
        form.birthDateProperty().set("28-11-2008");
        assertThat(form.ageNoteBinding().get()).isEmpty();
    }

    @Test
    void loadingACaseIsNotAChangeButEditingIs() {
        CaseFile old = TestVaults.caseFile("2026-001", TestVaults.client("Jan", null, "de", "Vries", List.of("Hansje")),
                Phase.SCREENING, true, null, List.of("ggd"));
        form.edit(old, List.of(GGD));
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.aliasesProperty().get()).isEqualTo("Hansje");
        form.domains().getFirst().scoreProperty().set(2);
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void closingACaseRecordsTheDayItClosed() {
        makeValid();
        form.phaseProperty().set(Phase.AFGESLOTEN);
        assertThat(form.toCaseFile().closedOn()).isEqualTo(TODAY);
        form.phaseProperty().set(Phase.INTAKE);
        assertThat(form.toCaseFile().closedOn()).isNull();
    }

    @Test
    void everyFieldSurvivesASaveInARealVault(@TempDir Path dir) throws Exception {
        try (var session = Vault.create(dir.resolve("v"), TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(GGD);
            form.firstNamesProperty().set("Johannes Petrus");
            form.roepnaamProperty().set("Jan");
            form.prefixProperty().set("de");
            form.surnameProperty().set("Vries");
            form.aliasesProperty().set("Hansje, , JP , Hansje");
            form.birthDateProperty().set("12-3-1984");
            form.bsnProperty().set("111222333");
            form.addressProperty().set("Kerkstraat 12, 3511 AB Utrecht");
            form.phoneProperty().set("06-12345678");
            form.relatives().add(new RelativeRow("Peter de Vries", "zoon"));
            form.legalRepresentativeProperty().set("Mr. A. Jansen");
            form.incapacitatedProperty().set(true);
            form.referrerNameProperty().set("Buurvrouw");
            form.referrerAnonymousProperty().set(true);
            form.phaseProperty().set(Phase.SCREENING);
            form.domains().stream().filter(d -> d.domain() == LifeDomain.FINANCIEN).findFirst().orElseThrow()
                    .scoreProperty().set(2);
            form.domains().stream().filter(d -> d.domain() == LifeDomain.FINANCIEN).findFirst().orElseThrow()
                    .noteProperty().set("huurachterstand");
            tick("ggd");
            form.consentStatusProperty().set(ConsentStatus.GEWEIGERD);
            form.consentDateProperty().set("05-10-2026");
            form.informedProperty().set(false);
            form.informedReasonProperty().set("contact niet mogelijk");
            form.evidentInterestProperty().set("ernstige zelfverwaarlozing");
            form.lighterMeansProperty().set("bilateraal overleg onvoldoende");
            assertThat(form.isValid()).isTrue();
            CaseFile c = form.toCaseFile();

            CaseFile saved = new CaseService(store).save(c, true, false);

            assertThat(saved).isEqualTo(c);
            assertThat(saved.client().aliases()).containsExactly("Hansje", "JP");
            assertThat(store.audit().entries()).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("CASE_CREATED");
                assertThat(e.subject()).isEqualTo("2026-018");
                assertThat(e.detail()).isNull();
            });
            // a second "new" case with the same number never overwrites the first
            Assertions.assertThatThrownBy(() -> new CaseService(store).save(c, true, false))
                    .isInstanceOfSatisfying(CaseService.NumberTaken.class,
                            e -> assertThat(e.number()).isEqualTo("2026-018"));
        }
    }
}
