package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.Role;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.store.VaultPolicy;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault's rules, the chair's details and the ketenovereenkomst change with their audit entries or not at all. */
class SettingsServiceTest {
    @TempDir
    Path dir;

    static final PoliceRule POLICE_AND_GGD = new PoliceRule(EnumSet.of(Role.POLITIE, Role.GGD));
    static final VaultPolicy SHORTER = new VaultPolicy(12, 12, 8);
    static final ChairDetails CHAIR = new ChairDetails("Anna de Wit", "voorzitter", "voorzitter@rivierstad.nl",
            "010-1234567", "klachten@rivierstad.nl");

    @Test
    void eachChangedRuleHasItsEntryAndWhatStayedTheSameHasNone() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            SettingsService settings = new SettingsService(store);
            int entries = store.audit().entries().size();
            settings.saveRules(POLICE_AND_GGD, "gevaar voor de gezondheid", SHORTER);
            assertThat(store.audit().entries()).hasSize(entries + 3)
                    .extracting(AuditLog.Entry::action).endsWith("RULES_CHANGED", "RULES_CHANGED", "RULES_CHANGED");
            settings.saveRules(POLICE_AND_GGD, "gevaar voor de gezondheid", SHORTER);
            assertThat(store.audit().entries()).hasSize(entries + 3);
            assertThat(VaultPolicy.load(store.settings())).isEqualTo(SHORTER);

            assertThat(settings.saveChair(CHAIR)).isEqualTo(CHAIR);
            assertThat(store.audit().entries().getLast().detail()).isEqualTo("chair contact details changed");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNoRuleChanges() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            SettingsService settings = new SettingsService(store);
            VaultPolicy policyBefore = VaultPolicy.load(store.settings());
            ChainAgreement agreementBefore = ChainAgreementSettings.load(store.settings());
            ChairDetails chairBefore = ContactSettings.load(store.settings());
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.RULES_CHANGED);
            assertThatThrownBy(() -> settings.saveRules(POLICE_AND_GGD, "gevaar voor de gezondheid", SHORTER))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> settings.saveChair(CHAIR)).isNotInstanceOf(Refused.class);
            ChainAgreement changed = new ChainAgreement("Een ander doel", agreementBefore.storage(),
                    agreementBefore.rights(), agreementBefore.reporting(), "Piet", "coördinator", "piet@rivierstad.nl",
                    null, List.of());
            assertThatThrownBy(() -> settings.saveChainAgreement(changed)).isNotInstanceOf(Refused.class);

            assertThat(PoliceRule.parse(store.settings().get(PoliceRule.SETTING).orElse(null))).isEqualTo(PoliceRule.DEFAULT);
            assertThat(store.settings().get(EvidentInterest.SETTING)).isEmpty();
            assertThat(VaultPolicy.load(store.settings())).isEqualTo(policyBefore);
            assertThat(ContactSettings.load(store.settings())).isEqualTo(chairBefore);
            assertThat(ChainAgreementSettings.load(store.settings())).isEqualTo(agreementBefore);
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }
}
