package nl.kring.ui.requests;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.service.Services;
import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import nl.kring.TestVaults;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small vault for the requests tests: one case with everything that cascades, a second one that must survive. As the
 * base of a test class: that vault on disk, opened with its services before each test and closed after, and whether
 * the case form on screen holds unsaved changes.
 */
abstract class RequestsFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    static final String SURNAME = "Verhoeckx";
    static final String MELDER = "Ans Buurman";

    @TempDir
    Path dir;
    Store store;
    Services services;
    final AtomicBoolean dirty = new AtomicBoolean();

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void openVault() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        fill(store);
        services = new Services(store);
    }

    @AfterEach
    void closeVault() throws Exception {
        store.close();
    }

    /**
     * Runs {@code write} (a letter's ViewModel showing a case and writing its file) on the FX thread and returns what
     * the ViewModel then says: with the same-thread executor the work is done when the call returns.
     */
    static String written(Runnable write, ObservableBooleanValue busy, ObservableStringValue message) {
        return fx(() -> {
            write.run();
            assertThat(busy.get()).isFalse();
            assertThat(message.get()).isNotEmpty();
            return message.get();
        });
    }

    static CaseFile caseFile(String number, String surname, Referrer melder) {
        return new CaseFile(number, new Client("Johanna", "Jo", null, surname, List.of(), LocalDate.of(1961, 4, 9),
                null, "Molenweg 4, 3512 AA Utrecht", null, List.of(new Relative("Piet " + surname, "broer")), null, false),
                melder, LocalDate.of(2026, 10, 2), Phase.SCREENING, null, null, null, "ernstige zelfverwaarlozing",
                "bilateraal contact onvoldoende", null, null, List.of("ggd"));
    }

    static void fill(Store store) {
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.cases().save(caseFile("2026-017", SURNAME, new Referrer(MELDER, "Bewonerscommissie Molenweg", false)));
        store.cases().save(caseFile("2026-018", "Ouwehand", new Referrer("Buurvrouw", null, true)));
        AgendaItem item = new AgendaItem("2026-017", 10, List.of(
                new MinutesParagraph(null, "Mevrouw " + SURNAME + " wil geen contact."),
                new MinutesParagraph(LifeDomain.HUISVESTING, "Huurachterstand van twee maanden.")),
                List.of(new Decision("Huisbezoek plannen", "ggd", LocalDate.of(2026, 12, 3))), List.of());
        store.meetings().save(new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(),
                List.of(item, AgendaItem.of("2026-018"))));
        store.disclosures().record("2026-017", new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("ggd"),
                DisclosureBasis.EVIDENT_BELANG, "acute zorg", "niet bereikbaar", "voorzitter", LocalDate.of(2026, 11, 20)));
    }

}
