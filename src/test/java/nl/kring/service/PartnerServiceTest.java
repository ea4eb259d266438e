package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's save and delete are each one transaction with the audit entry, on a real encrypted vault. */
class PartnerServiceTest {
    @TempDir
    Path dir;

    static Partner ggd(String name) {
        Partner p = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);
        return new Partner(p.id(), name, p.role(), p.tier(), p.agreementSigned(), p.agreementEnds(), p.attendees(), p.email(),
                p.phone());
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNoPartnerIsSavedChangedOrDeleted() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            PartnerService partners = new PartnerService(store);
            partners.save(ggd("GGD Rivierstad"), true);
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.PARTNER_CHANGED);

            assertThatThrownBy(() -> partners.save(ggd("GGD Hollands Midden"), false)).isNotInstanceOf(Refused.class);
            assertThat(store.partners().find("ggd").orElseThrow().name()).isEqualTo("GGD Rivierstad");

            Partner woco = TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null);
            assertThatThrownBy(() -> partners.save(woco, true)).isNotInstanceOf(Refused.class);
            assertThat(store.partners().find("woco")).isEmpty();

            assertThatThrownBy(() -> partners.delete("ggd")).isNotInstanceOf(Refused.class);
            assertThat(store.partners().find("ggd")).isPresent();

            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aSavedPartnerAndItsEntryAreWrittenTogether() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            new PartnerService(store).save(ggd("GGD Rivierstad"), true);
            assertThat(store.partners().find("ggd")).isPresent();
            assertThat(store.audit().entries().getLast()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("PARTNER_CHANGED");
                assertThat(e.subject()).isEqualTo("ggd");
                assertThat(e.detail()).isEqualTo("created");
            });
        }
    }
}
