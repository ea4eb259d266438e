package nl.kring.vault;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vault written by an older Kring opens in this one: the migration adds a column to a table with rows, and the
 * integrity manifest of the last close (over the old schema) must not make the upgraded vault look damaged.
 */
class SchemaUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void aVaultFromBeforeTheLastMigrationOpensAndVerifies() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
            assertThat(store.disclosures().all()).isNotEmpty();
        }
        // Take the vault back to the schema before V4 (and so before V5 and V6), as an older Kring left it, and close
        // it cleanly.
        try (Store store = TestVaults.open(dir)) {
            // V19 (integrity digests) first, then V16: Flyway does not apply an older migration after a newer one
            TestVaults.undoIntegrityDigests(store);
            // a vault from before V4 has none of the later migrations either
            store.session().dsl().execute("DROP TABLE disclosure_proposal");
            store.session().dsl().execute("ALTER TABLE decision DROP COLUMN police");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '16'");
            // then V15 (police information)
            store.session().dsl().execute("ALTER TABLE domain_assessment DROP COLUMN police_note");
            store.session().dsl().execute("ALTER TABLE minutes_paragraph DROP COLUMN police");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
            // then V13 (inzage unmask)
            store.session().dsl().execute("DROP TABLE inzage_unmask");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
            store.session().dsl().execute("DROP TABLE vault_key");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'");
            // newest first: Flyway does not apply older migrations after a newer one
            store.session().dsl().execute("DROP TABLE evaluation_record");
            store.session().dsl().execute("DROP TABLE consent_person");
            for (String column : new String[] {"from_partner", "cod_consent_sought", "cod_serious_harm", "cod_dilemma",
                    "cod_no_other_way", "cod_harm_prevented", "cod_minimal_breach"}) {
                store.session().dsl().execute("ALTER TABLE disclosure DROP COLUMN " + column);
            }
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
            for (String table : new String[] {"partner", "attendee"}) {
                store.session().dsl().execute("ALTER TABLE " + table + " DROP COLUMN email");
                store.session().dsl().execute("ALTER TABLE " + table + " DROP COLUMN phone");
            }
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
            store.session().dsl().execute("ALTER TABLE decision DROP COLUMN category");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
            store.session().dsl().execute("ALTER TABLE rights_request DROP CONSTRAINT rights_request_extension");
            store.session().dsl().execute("ALTER TABLE rights_request DROP COLUMN extension_reason");
            store.session().dsl().execute("ALTER TABLE rights_request DROP COLUMN extended_on");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
            store.session().dsl().execute("ALTER TABLE disclosure DROP CONSTRAINT disclosure_replaced_by");
            store.session().dsl().execute("ALTER TABLE disclosure DROP CONSTRAINT disclosure_withdrawal_complete");
            store.session().dsl().execute("ALTER TABLE disclosure DROP COLUMN replaced_by");
            store.session().dsl().execute("ALTER TABLE disclosure DROP COLUMN withdrawal_reason");
            store.session().dsl().execute("ALTER TABLE disclosure DROP COLUMN withdrawn_on");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'");
            store.session().dsl().execute("DROP INDEX disclosure_case");
            store.session().dsl().execute("ALTER TABLE disclosure DROP COLUMN client_informed");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.session().dsl().fetchValue("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6', '7', '8', '9', '10', '19')"))
                    .isEqualTo(8L);
            assertThat(store.verify()).isEmpty();
            assertThat(store.disclosures().all()).isNotEmpty().allSatisfy(e -> assertThat(e.disclosure().clientInformed()).isFalse())
                    .noneMatch(DisclosureRepository.Entry::withdrawn);
            // and a note of the old vault can be withdrawn in the new one
            long id = store.disclosures().all().getFirst().id();
            assertThat(store.disclosures().withdraw(id, "dubbel", null).withdrawn()).isTrue();
            store.session().markWritten();
        }
        // and after the first clean close with the new schema, the manifest holds the data to it again
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).isEmpty();
            assertThat(store.session().verifyDatabase()).isEmpty();
        }
    }
}
