package nl.kring;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import nl.kring.vault.Sha256;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;

import org.flywaydb.core.Flyway;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/** Helpers for tests on real encrypted vaults, and small fixtures for them (fictitious people only). */
public final class TestVaults {
    public static final String PASSPHRASE = "Zeven zeeuwse zeilers zingen zachtjes 2026";

    private TestVaults() {
    }

    public static Store create(Path dir) throws VaultException {
        return new Store(Vault.create(dir, PASSPHRASE.toCharArray()));
    }

    public static Store open(Path dir) throws VaultException {
        return new Store(Vault.open(dir, PASSPHRASE.toCharArray()));
    }

    /**
     * Takes an open vault back to before V19 (issue 17, integrity digests): no digest table and no triggers, as a Kring
     * of before it left its vaults. A test that takes a vault back to an older schema calls this first: Flyway does not
     * apply an older migration after a newer one.
     */
    public static void undoIntegrityDigests(Store store) {
        var dsl = store.session().dsl();
        asMigratedStepByStep(store);
        // V24 (the identity index, issue 17) came after V23: undone first
        dsl.execute("DROP TABLE IF EXISTS case_identity_keys");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '24'");
        // V23 (partners' file numbers, issue 12) came after V22: undone first
        dsl.execute("DROP TABLE IF EXISTS file_number");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '23'");
        // V22 (the index on disclosure.meeting_date, issue 17) came after V19: undone first
        dsl.execute("DROP INDEX IF EXISTS disclosure_meeting");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '22'");
        for (String trigger : dsl.fetch("SELECT DISTINCT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = 'PUBLIC'").getValues(0, String.class)) {
            dsl.execute("DROP TRIGGER PUBLIC.\"" + trigger + "\"");
        }
        dsl.execute("DROP TABLE integrity_digest");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '19'");
    }

    /**
     * A new vault is made from the baseline script in one step (issue 17); a vault of an older Kring was made by the
     * migrations one by one. A test that takes a vault back to an older schema (deleting the newer migrations' rows
     * from Flyway's history) needs the latter: the baseline's one row is replaced by the rows the migrations leave,
     * taken from a scratch database migrated step by step.
     */
    public static void asMigratedStepByStep(Store store) {
        var dsl = store.session().dsl();
        if (dsl.fetchCount(DSL.table(DSL.name("flyway_schema_history")), DSL.field(DSL.name("type")).eq("SQL_BASELINE")) == 0) {
            return;
        }
        String url = "jdbc:h2:mem:stepwise-" + UUID.randomUUID();
        try (Connection scratch = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            var rows = DSL.using(scratch, SQLDialect.H2).fetch("SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
            dsl.execute("DELETE FROM \"flyway_schema_history\"");
            for (var row : rows) {
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                row.intoMap().forEach((column, value) -> values.put(DSL.field(DSL.name(column)), value));
                dsl.insertInto(DSL.table(DSL.name("flyway_schema_history"))).set(values).execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path passphraseFile(Path dir) throws IOException {
        Path f = dir.resolve("passphrase.txt");
        Files.writeString(f, PASSPHRASE + "\n");
        return f;
    }

    public static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> result = new TreeMap<>();
        if (!Files.exists(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(p).toString(), Sha256.hex(Files.readAllBytes(p)));
            }
        }
        return result;
    }

    /** Every regular file under the folders whose bytes contain one of the needles (UTF-8, UTF-16 LE/BE, any case). */
    public static List<String> filesContaining(List<Path> roots, List<String> needles)
            throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    byte[] content;
                    try {
                        content = Files.readAllBytes(p);
                    } catch (IOException e) {
                        continue; // vanished temp file
                    }
                    String latin = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                    for (String needle : needles) {
                        for (Charset cs : new Charset[] {
                                StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                                StandardCharsets.UTF_16BE}) {
                            String encoded = new String(needle.toLowerCase(Locale.ROOT).getBytes(cs),
                                    StandardCharsets.ISO_8859_1);
                            if (latin.contains(encoded)) {
                                hits.add(p + " contains " + needle + " (" + cs + ")");
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    public static Partner partner(String id, Role role, LocalDate signed, LocalDate ends) {
        return new Partner(id, "Partner " + id, role, Tier.KERN, signed, ends, List.of());
    }

    public static Client client(String first, String roepnaam, String prefix, String surname, List<String> aliases) {
        return new Client(first, roepnaam, prefix, surname, aliases, LocalDate.of(1980, 5, 1), null, null, null,
                List.of(), null, false);
    }

    /** A case justified by an evident belang also says why a lighter means was not enough (point 4). */
    public static final String LIGHTER_MEANS = "bilateraal overleg met de huisarts was onvoldoende";

    public static CaseFile caseFile(String number, Client client, Phase phase, boolean consent, String evident,
                                    List<String> kring) {
        return new CaseFile(number, client, null, LocalDate.of(2026, 1, 5), phase, null,
                consent ? new Consent(ConsentStatus.GEGEVEN, LocalDate.of(2026, 1, 6), "M. Bos") : null, null,
                evident, evident == null ? null : LIGHTER_MEANS, null, null, kring);
    }
}
