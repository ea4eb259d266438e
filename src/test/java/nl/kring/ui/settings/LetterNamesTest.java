package nl.kring.ui.settings;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.EvidentInterest;
import nl.kring.interchange.Importer;
import nl.kring.report.ExportService;
import nl.kring.service.Services;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.SameThreadExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the settings texts that reach every client (the ketenovereenkomst, the keten's evident-belang wording, the
 * complaints contact) pass the unknown-name check like minutes. On the demo vault: a client's name typed into the
 * agreement's purpose is an error on the field, the agreement is not saved and no document is written; a stranger's
 * name in the evident-belang wording is flagged and stops the letter until the chair judges it; the written letter is
 * then searched for every name, address and number of every client of the vault.
 */
class LetterNamesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    static String pdfText(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Every client's names, aliases, relatives, melder, address parts, BSN, phone and date of birth. */
    static List<String> secrets(List<CaseFile> cases) {
        List<String> out = new ArrayList<>();
        for (CaseFile c : cases) {
            var cl = c.client();
            out.add(cl.surname());
            if (cl.roepnaam() != null) {
                out.add(cl.roepnaam());
            }
            if (cl.firstNames() != null) {
                out.addAll(List.of(cl.firstNames().split(" ")));
            }
            out.addAll(cl.aliases());
            cl.relatives().forEach(r -> out.add(r.name()));
            if (cl.address() != null) {
                out.add(cl.address().split(",")[0]);
            }
            if (cl.bsn() != null) {
                out.add(cl.bsn());
            }
            if (cl.phone() != null) {
                out.add(cl.phone());
            }
            if (cl.birthDate() != null) {
                out.add(Dates.format(cl.birthDate()));
            }
        }
        return out.stream().filter(s -> s != null && s.length() > 2).distinct().toList();
    }

    static ChainAgreement withPurpose(Store store, String purpose) {
        var a = ChainAgreementSettings.load(store.settings());
        return new ChainAgreement(purpose, a.storage(), a.rights(), a.reporting(), a.coordinatorName(),
                a.coordinatorFunction(), a.coordinatorContact(), a.signedOn(), a.signedBy());
    }

    @Test
    void aClientsNameInTheAgreementOrAStrangersInTheWordingNeverReachesTheLetter() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            ChainAgreementViewModel vm = onFx(() -> new ChainAgreementViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY));
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat(onFx(() -> List.copyOf(vm.findings()))).isEmpty(); // the demo's texts are clean
            String purpose = onFx(() -> vm.purposeProperty().get());
            int audits = store.audit().entries().size();

            // a client's name typed into the purpose: an error on the field, nothing saved
            onFx(() -> {
                vm.purposeProperty().set(purpose + " Zo ook voor Gerard Timmermans.");
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse();
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_PURPOSE).get()))
                    .contains("noemt iemand uit een casus");
            onFx(() -> {
                vm.save();
                return null;
            });
            assertThat(ChainAgreementSettings.load(store.settings()).purpose()).doesNotContain("Timmermans");
            assertThat(store.audit().entries()).hasSize(audits);
            // the stored texts, if they held it (an import, an older Kring), stop every document: named field, no file
            ChainAgreementSettings.save(store.settings(),
                    withPurpose(store, purpose + " Zo ook voor Gerard Timmermans."));
            Path refused = tmp.resolve("refused.pdf");
            assertThatThrownBy(() -> ExportService.clientInformation(store, refused))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Doel' names someone of a case");
            assertThatThrownBy(() -> ExportService.chainAgreement(store, refused)).isInstanceOf(IllegalArgumentException.class);
            assertThat(refused).doesNotExist();
            ChainAgreementSettings.save(store.settings(),
                    withPurpose(store, purpose));

            // a stranger's name in the keten's evident-belang wording: flagged, the letter waits for the chair
            String wording = store.settings().get(EvidentInterest.SETTING).orElseThrow();
            store.settings().put(EvidentInterest.SETTING, wording + " Zoals afgesproken met mevrouw Kwakkelstein.");
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat(onFx(() -> vm.findings().stream().map(f -> f.field() + ": " + f.text()).toList()))
                    .containsExactly("Evident belang (omschrijving van de keten): mevrouw Kwakkelstein");
            Path letter = tmp.resolve("informatie-clienten.pdf");
            onFx(() -> {
                vm.write(ChainAgreementViewModel.Document.INFORMATION, name -> letter);
                return null;
            });
            assertThat(onFx(() -> vm.messageProperty().get())).contains("mogelijk een naam").contains("Kwakkelstein");
            assertThat(letter).doesNotExist();
            assertThatThrownBy(() -> ExportService.documents(store, tmp.resolve("docs"), List.of()))
                    .hasMessageContaining("possible name");

            // the chair judges it no name and saves: the judgement is audited content-free, the letter is written
            onFx(() -> {
                vm.notNamesConfirmedProperty().set(true);
                vm.save();
                return null;
            });
            assertThat(onFx(() -> List.copyOf(vm.findings()))).isEmpty();
            assertThat(store.audit().entries().getLast().detail())
                    .isEqualTo("1 possible name in the client documents judged no name");
            onFx(() -> {
                vm.write(ChainAgreementViewModel.Document.INFORMATION, name -> letter);
                return null;
            });
            String text = pdfText(letter);
            assertThat(text).contains("Kwakkelstein");
            for (String secret : secrets(store.cases().all())) {
                assertThat(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret)
                        + "(?![\\p{L}\\p{N}])").matcher(text).find()).as("the letter names %s", secret).isFalse();
            }
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    @Test
    void theKetensEvidentBelangWordingIsCheckedAsItIsTyped() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("r"))) {
            Importer.store(store, DemoData.demoData());
            VaultRulesViewModel vm = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY));
            onFx(() -> {
                vm.load();
                return null;
            });
            String wording = onFx(() -> vm.evidentInterestProperty().get());
            assertThat(onFx(() -> vm.messageFor(VaultRulesViewModel.F_EVIDENT).get())).isEmpty();
            onFx(() -> {
                vm.evidentInterestProperty().set(wording + " Zoals bij Gerard Timmermans.");
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse(); // someone of a case: not saved
            assertThat(onFx(() -> vm.messageFor(VaultRulesViewModel.F_EVIDENT).get())).contains("noemt iemand uit een casus");
            onFx(() -> {
                vm.evidentInterestProperty().set(wording + " Zoals afgesproken met mevrouw Kwakkelstein.");
                return null;
            });
            assertThat(onFx(vm::isValid)).isTrue(); // a possible name: flagged, the documents wait for the judgement
            assertThat(onFx(() -> vm.messageFor(VaultRulesViewModel.F_EVIDENT).get())).contains("Mogelijk een naam")
                    .contains("Kwakkelstein");
        }
    }
}
