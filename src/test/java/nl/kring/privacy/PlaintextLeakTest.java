package nl.kring.privacy;

import nl.kring.TestVaults;
import nl.kring.app.AppDirs;
import nl.kring.app.AppLogging;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import nl.kring.vault.BackupFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** After a working session, no file Kring wrote may hold the client's name, BSN or address in the clear. */
class PlaintextLeakTest {
    static final String FIRST = "Wubbolina";
    static final String SURNAME = "Quaternaat";
    static final String BSN = "999990019";
    static final String STREET = "Zonnebloemhofje 77";
    static final String REFERRER = "Gertrudis Melderink";

    @TempDir
    Path tmp;

    @Test
    void noClientDataInVaultTempOrLogFiles() throws Exception {
        assertThat(Bsn.isValid(BSN)).isTrue();
        AppLogging.configure();
        long start = System.currentTimeMillis() - 2000;
        Path vault = tmp.resolve("vault");
        try (Store store = TestVaults.create(vault)) {
            store.partners().save(new Partner("ggd", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null,
                    List.of(new Attendee("a-1", "M. Bos", "voorzitter"))));
            CaseFile c = new CaseFile("2026-901", new Client(FIRST + " Maria", FIRST, "van", SURNAME, List.of("Wubje"),
                    LocalDate.of(1971, 4, 3), BSN, STREET + ", 9999 ZZ Nergenshuizen", "06-99887766",
                    List.of(new Relative("Theodoor " + SURNAME, "broer")), null, false),
                    new Referrer(REFERRER, null, false), LocalDate.of(2026, 10, 1), Phase.SCREENING,
                    Map.of(LifeDomain.HUISVESTING, new DomainAssessment(2, "woning " + STREET + " vervuild")),
                    null, null, "ernstige zelfverwaarlozing", "huisarts bereikte haar niet", null, null, List.of("ggd"));
            store.cases().save(c);
            store.meetings().save(new Meeting(LocalDate.of(2026, 11, 26), "zaal 2", null, List.of("a-1"),
                    List.of(new AgendaItem("2026-901", 10, List.of(new MinutesParagraph(null,
                            "Mevrouw " + SURNAME + " (BSN " + BSN + ") woont aan de " + STREET + ".")), List.of(), List.of()))));
            BackupFile.write(store.session(), tmp.resolve("backup/kring.backup"));
            // An error whose message carries client data, as a failed validation might: the log must not keep it.
            Logger.getLogger("nl.kring.test").log(Level.SEVERE, "save failed for case 2026-901",
                    new IllegalArgumentException("bad value " + SURNAME + " " + BSN));
        }
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().find("2026-901").orElseThrow().client().surname()).isEqualTo(SURNAME);
        }
        for (var h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        List<Path> roots = new ArrayList<>(List.of(vault, tmp.resolve("backup"), AppDirs.logs()));
        assertThat(Files.list(AppDirs.logs()).toList()).as("the log was written").isNotEmpty();
        assertThat(Files.readString(Files.list(AppDirs.logs()).filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow()))
                .contains("save failed for case 2026-901").contains("IllegalArgumentException");
        // Files in the system temp folder touched during this test.
        Path sysTmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var s = Files.list(sysTmp)) {
            for (Path p : s.toList()) {
                try {
                    if (!p.startsWith(tmp) && Files.getLastModifiedTime(p).toMillis() >= start && Files.isRegularFile(p)) {
                        roots.add(p);
                    }
                } catch (IOException ignored) {
                    // vanished meanwhile
                }
            }
        }
        List<String> needles = List.of(SURNAME, FIRST, BSN, "999 990 019", STREET, REFERRER);
        assertThat(TestVaults.filesContaining(roots, needles)).isEmpty();
    }
}
