package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the shared screen showed is on record, or the meeting room hears that it is not; on a real vault. */
class PresentationServiceTest {
    @TempDir
    Path dir;

    @Test
    void theOverrideAndEachShowingAreAuditEntries() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            PresentationService presentation = new PresentationService(store);
            presentation.override("2026-020", "outsiders=a-3(woco) present=a-1,a-3 reason=acute zorg");
            presentation.shown("2026-020", "present=a-1,a-3 case=2026-020 audience=PRESENTATION identity=[]");
            var last = store.audit().entries().reversed().subList(0, 2);
            assertThat(last).extracting(AuditLog.Entry::action).containsExactly("CASE_VIEWED_IN_PRESENTATION", "OVERRIDE");
            assertThat(last).extracting(AuditLog.Entry::subject).containsOnly("2026-020");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void anEntryTheVaultRefusesIsAnErrorNotASilentGap() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            PresentationService presentation = new PresentationService(store);
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.OVERRIDE);
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.CASE_VIEWED_IN_PRESENTATION);
            assertThatThrownBy(() -> presentation.override("2026-020", "outsiders=a-3(woco) present=a-3 reason=x"))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> presentation.shown("2026-020", "present=a-3 case=2026-020"))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }
}
