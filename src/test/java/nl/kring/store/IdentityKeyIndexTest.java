package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.retention.CaseEraser;
import nl.kring.retention.RetentionService;
import nl.kring.service.CaseService;
import nl.kring.vault.BackupFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity index (issue 17, V24) on real encrypted vaults: after every write that changes a case's identities the
 * stored keys are {@code IdentityKeys.of} of the case as {@link CaseRepository#identities} reads it, written in the
 * write's own transaction; a deleted case takes its row along; an open computes missing or outdated rows, and only
 * those. Before each write the row is spoilt (other keys, another version) so that a write that left it alone fails.
 */
class IdentityKeyIndexTest {
    /** No key IdentityKeys gives: what a row holds when a write forgot it. */
    private static final byte[] SPOILT = {0x7f, 0x7f, 0x7f, 0x7f};

    @TempDir
    Path tmp;

    Path dir;

    @BeforeEach
    void demoVault() throws Exception {
        dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
            assertIndexed(store); // the import
        }
    }

    /** Every case has exactly one row, of this version, with the keys of its identities as read back. */
    static void assertIndexed(Store store) {
        Map<String, Map.Entry<Integer, int[]>> stored = store.cases().storedIdentityKeys();
        List<CaseFile> cases = store.cases().identities(List.of());
        assertThat(stored.keySet()).as("one key row per case, none for a case that is gone")
                .containsExactlyInAnyOrderElementsOf(cases.stream().map(CaseFile::number).toList());
        for (CaseFile c : cases) {
            assertThat(stored.get(c.number()).getKey()).as("version of " + c.number()).isEqualTo(IdentityKeys.VERSION);
            assertThat(stored.get(c.number()).getValue()).as("keys of " + c.number()).isEqualTo(IdentityKeys.of(c));
        }
    }

    /** Another content and version in the case's row, through Kring's own connection (the digests follow). */
    private static void spoil(Store store, String number) {
        int n = store.session().dsl().execute("UPDATE case_identity_keys SET key_hashes = ?, keys_version = ?"
                + " WHERE case_number = ?", SPOILT, IdentityKeys.VERSION + 1, number);
        assertThat(n).isEqualTo(1);
    }

    @Test
    void everyEditOfACaseRewritesItsKeysInItsTransaction() throws Exception {
        List<UnaryOperator<Client>> edits = List.of(
                cl -> with(cl, "Anna Maria", cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(), cl.address(),
                        cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), "Annie", cl.surname(), cl.aliases(), cl.relatives(), cl.address(),
                        cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), "Wolkenkrabber", cl.aliases(), cl.relatives(),
                        cl.address(), cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), List.of("Zus Wolk"), cl.relatives(),
                        cl.address(), cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(),
                        List.of(new Relative("Gerrit Wolk", "broer")), cl.address(), cl.bsn(), cl.phone(),
                        cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(),
                        "Dijkstraat 99, Rivierstad", cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(),
                        cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(),
                        cl.address(), "123456782", cl.phone(), cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(),
                        cl.address(), cl.bsn(), "06-98765432", cl.birthDate(), cl.legalRepresentative(), cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(),
                        cl.address(), cl.bsn(), cl.phone(), LocalDate.of(1961, 3, 14), cl.legalRepresentative(),
                        cl.fileNumbers()),
                cl -> with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(), cl.relatives(),
                        cl.address(), cl.bsn(), cl.phone(), cl.birthDate(), "mr. T. Bewindvoerder", cl.fileNumbers()));
        try (Store store = TestVaults.open(dir)) {
            CaseFile first = store.cases().all().getFirst();
            String number = first.number();
            String partner = store.partners().all().getFirst().id();
            CaseService service = new CaseService(store);
            for (UnaryOperator<Client> edit : edits) {
                spoil(store, number);
                CaseFile c = store.cases().find(number).orElseThrow();
                service.save(withClient(c, edit.apply(c.client()), c.referrer(), c.kring()), false, false);
                assertIndexed(store);
            }
            // the partners' file numbers
            spoil(store, number);
            CaseFile c = store.cases().find(number).orElseThrow();
            Client cl = c.client();
            service.save(withClient(c, with(cl, cl.firstNames(), cl.roepnaam(), cl.surname(), cl.aliases(),
                    cl.relatives(), cl.address(), cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(),
                    List.of(new FileNumber(partner, "dossier", "GGD-77123"))), c.referrer(), c.kring()), false, false);
            assertIndexed(store);
            // the melder
            spoil(store, number);
            c = store.cases().find(number).orElseThrow();
            service.save(withClient(c, c.client(), new Referrer("Bep Buurvrouw", "Woonstichting Dijkzicht", false),
                    c.kring()), false, false);
            assertIndexed(store);
            // the kring
            spoil(store, number);
            c = store.cases().find(number).orElseThrow();
            service.save(withClient(c, c.client(), c.referrer(), List.of(partner)), false, false);
            assertIndexed(store);
            // a relative added from the minutes' possible names
            spoil(store, number);
            LocalDate meeting = store.meetings().dates().getFirst();
            service.addRelativeFromMinutes(number, new Relative("Klaas Wolk", "neef"), meeting, "Klaas Wolk",
                    "[neef van cliënt " + number + "]");
            assertIndexed(store);
            // a new case
            CaseFile made = withClient(c, c.client(), c.referrer(), c.kring());
            String fresh = store.cases().nextNumber(2026);
            service.save(new CaseFile(fresh, made.client(), made.referrer(), made.reportedOn(), made.phase(), null,
                    null, null, made.evidentInterest(), made.lighterMeansConsidered(), null, null, made.kring()),
                    true, false);
            assertIndexed(store);
        }
    }

    @Test
    void aReimportRewritesTheKeysOfTheCasesItChanges() throws Exception {
        try (Store store = TestVaults.open(dir)) {
            Interchange data = DemoData.demoData();
            List<CaseFile> changed = new ArrayList<>();
            for (CaseFile c : data.cases()) {
                Client cl = c.client();
                changed.add(withClient(c, with(cl, cl.firstNames(), cl.roepnaam(), cl.surname() + "-Anders",
                        cl.aliases(), cl.relatives(), cl.address(), cl.bsn(), cl.phone(), cl.birthDate(),
                        cl.legalRepresentative(), cl.fileNumbers()), c.referrer(), c.kring()));
                spoil(store, c.number());
            }
            Importer.store(store, new Interchange(data.partners(), changed, data.meetings(), data.vault(),
                    data.evaluations()));
            assertIndexed(store);
            assertThat(store.cases().find(changed.getFirst().number()).orElseThrow().client().surname())
                    .endsWith("-Anders");
        }
    }

    @Test
    void erasedAndPurgedCasesTakeTheirRowAlong() throws Exception {
        try (Store store = TestVaults.open(dir)) {
            String doomed = store.cases().all().getFirst().number();
            store.transaction(s -> CaseEraser.erase(s, List.of(doomed)));
            assertThat(store.cases().storedIdentityKeys()).doesNotContainKey(doomed);
            assertIndexed(store);
            // the retention purge: every closed case, ten years on
            LocalDate later = LocalDate.of(2040, 1, 1);
            RetentionService retention = new RetentionService(store,
                    Clock.fixed(later.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            var due = retention.due(later);
            int before = store.cases().storedIdentityKeys().size();
            assertThat(due.cases()).as("closed demo cases due by then").isNotEmpty();
            retention.purge(due);
            assertThat(store.cases().storedIdentityKeys()).hasSize(before - due.cases().size());
            assertIndexed(store);
        }
    }

    @Test
    void aRestoredVaultHasTheKeysOfItsOwnCases() throws Exception {
        Path backup = tmp.resolve("kring.backup");
        String number;
        try (Store store = TestVaults.open(dir)) {
            BackupFile.write(store.session(), backup);
            number = store.cases().all().getFirst().number();
            CaseFile c = store.cases().find(number).orElseThrow();
            Client cl = c.client();
            store.cases().save(withClient(c, with(cl, cl.firstNames(), cl.roepnaam(), "Nabackup", cl.aliases(),
                    cl.relatives(), cl.address(), cl.bsn(), cl.phone(), cl.birthDate(), cl.legalRepresentative(),
                    cl.fileNumbers()), c.referrer(), c.kring()));
        }
        BackupFile.restore(backup, tmp.resolve("restored"), TestVaults.PASSPHRASE.toCharArray());
        try (Store store = TestVaults.open(tmp.resolve("restored"))) {
            assertThat(store.cases().find(number).orElseThrow().client().surname()).isNotEqualTo("Nabackup");
            assertIndexed(store);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void anOpenComputesMissingAndOutdatedRowsOnceAndOtherwiseWritesNothing() throws Exception {
        List<String> numbers;
        try (Store store = TestVaults.open(dir)) {
            numbers = store.cases().all().stream().map(CaseFile::number).toList();
            // an older Kring's keys, and a case whose row is missing (a vault from before V24 has none)
            store.session().dsl().execute("UPDATE case_identity_keys SET key_hashes = ?, keys_version = ?",
                    SPOILT, IdentityKeys.VERSION + 1);
            store.session().dsl().execute("DELETE FROM case_identity_keys WHERE case_number = ?", numbers.getFirst());
        }
        try (Store store = TestVaults.open(dir)) {
            assertIndexed(store);
            assertThat(store.verify()).isEmpty();
            assertThat(store.cases().ensureIdentityKeys()).as("nothing left to compute").isZero();
        }
        // the next open finds every row current: it writes nothing, so verify still holds the data to the manifest
        try (Store store = TestVaults.open(dir)) {
            Map<String, Map.Entry<Integer, int[]>> stored = new TreeMap<>(store.cases().storedIdentityKeys());
            assertThat(stored).hasSize(numbers.size());
            assertThat(store.session().verifyDatabase()).isEmpty();
            assertThat(store.cases().ensureIdentityKeys()).isZero();
        }
    }

    @Test
    void theReadKeepsOnlyTheCasesThatMayBeNamedPlusTheWholeOnes() throws Exception {
        try (Store store = TestVaults.open(dir)) {
            List<CaseFile> all = store.cases().identities(List.of());
            assertThat(all).hasSizeGreaterThan(4);
            String named = all.get(1).number();
            String unindexed = all.get(2).number();
            String agenda = all.get(3).number();
            // every case under key 7, one case also under key 42 (other keys than IdentityKeys gives, written as it
            // would write them: sorted, packed)
            store.session().dsl().execute("UPDATE case_identity_keys SET key_hashes = ?", CaseRepository.pack(new int[] {7}));
            store.session().dsl().execute("UPDATE case_identity_keys SET key_hashes = ? WHERE case_number = ?",
                    CaseRepository.pack(new int[] {7, 42}), named);
            store.session().dsl().execute("UPDATE case_identity_keys SET keys_version = ? WHERE case_number = ?",
                    IdentityKeys.VERSION + 1, unindexed);
            List<CaseFile> whole = store.cases().find(List.of(agenda));

            List<CaseFile> read = store.cases().identities(whole, new int[] {3, 42});
            assertThat(read).extracting(CaseFile::number).containsExactlyElementsOf(
                    List.of(named, unindexed, agenda).stream().sorted().toList());
            assertThat(read.stream().filter(c -> c.number().equals(agenda)).findFirst().orElseThrow())
                    .as("the agenda's case whole").isSameAs(whole.getFirst());
            CaseFile other = read.stream().filter(c -> c.number().equals(named)).findFirst().orElseThrow();
            assertThat(other).as("the identities as the full read has them")
                    .isEqualTo(all.stream().filter(c -> c.number().equals(named)).findFirst().orElseThrow());

            // keys every case shares: everyone, as the full read
            assertThat(store.cases().identities(whole, new int[] {7})).extracting(CaseFile::number)
                    .containsExactlyElementsOf(all.stream().map(CaseFile::number).toList());
            // keys no case has: the whole ones and the one without current keys
            assertThat(store.cases().identities(whole, new int[] {1})).extracting(CaseFile::number)
                    .containsExactlyElementsOf(List.of(unindexed, agenda).stream().sorted().toList());
        }
    }

    private static Client with(Client cl, String first, String roepnaam, String surname, List<String> aliases,
                               List<Relative> relatives, String address, String bsn, String phone, LocalDate birth,
                               String legal, List<FileNumber> fileNumbers) {
        return new Client(first, roepnaam, cl.prefix(), surname, aliases, birth, bsn, address, phone, relatives, legal,
                cl.incapacitated(), fileNumbers);
    }

    private static CaseFile withClient(CaseFile c, Client client, Referrer referrer, List<String> kring) {
        return new CaseFile(c.number(), client, referrer, c.reportedOn(), c.phase(), c.domains(), c.consent(),
                c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(), c.closedOn(), kring);
    }
}
