package nl.kring.ui.meetingroom;

import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.TestVaults;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A real vault with the demo data (fictitious people), for the meeting-room tests. */
final class DemoVault {
    /** The demo meeting with seven items and twelve people checked in. */
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    /** In the demo notes of 2026-003: GEESTELIJK_FUNCTIONEREN (GEEN for a woningcorporatie) and HUISVESTING (VOLLEDIG). */
    static final String MENTAL_NOTE = "achterdochtig, hoort stemmen";
    static final String MENTAL_PARAGRAPH = "Floride psychotisch beeld";
    static final String HOUSING_NOTE = "corporatie heeft waarschuwingsbrief gestuurd";

    private DemoVault() {
    }

    static Store create(Path dir) throws Exception {
        Store store = TestVaults.create(dir);
        Importer.store(store, DemoData.demoData());
        return store;
    }

    static List<AuditLog.Entry> entries(Store store, AuditLog.Action action) {
        return store.audit().entries().stream().filter(e -> e.action().equals(action.name())).toList();
    }
}
