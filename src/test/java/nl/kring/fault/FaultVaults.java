package nl.kring.fault;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.Informed;
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
import nl.kring.vault.KdfParams;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultWitness;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Vaults and deterministic data for the fault tests. Vaults get tiny Argon2 parameters in their header, so the many
 * opens of a sweep cost milliseconds, whatever the test JVM's defaults.
 */
final class FaultVaults {
    static final String PASSPHRASE = TestVaults.PASSPHRASE;
    static final List<String> PARTNERS = List.of("ggd-vangnet", "woco-dak");

    private FaultVaults() {
    }

    static KdfParams cheapKdf() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new KdfParams(1024, 1, 1, salt);
    }

    static Store create(Path dir) throws VaultException {
        return new Store(Vault.create(dir, PASSPHRASE.toCharArray(), cheapKdf()));
    }

    /**
     * Opens with a per-user record of its own (beside the folder, fresh for every open): the fault tests open many
     * copies of one vault, which the user's record would rightly refuse as older copies put back. Rollback
     * detection has its own tests (VaultAttackTest).
     */
    static Store open(Path dir) throws VaultException {
        Path record = dir.toAbsolutePath().resolveSibling("." + dir.getFileName() + "-record-"
                + UUID.randomUUID() + ".properties");
        return new Store(Vault.open(dir, PASSPHRASE.toCharArray(), new VaultWitness(record), false));
    }

    static void seedPartners(Store store) {
        store.partners().save(new Partner("ggd-vangnet", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 6, 1),
                null, List.of(new Attendee("a-1", "M. Bos", "voorzitter"))));
        store.partners().save(new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 15), List.of(new Attendee("a-7", "R. Kok", "wijkconsulent"))));
    }

    /** Case number for sequence number n: 2026-0001 ... 2026-9999, 2027-0000 ... */
    static String caseNumber(int n) {
        return String.format("%d-%04d", 2026 + n / 10_000, n % 10_000);
    }

    static int sequenceOf(String caseNumber) {
        int year = Integer.parseInt(caseNumber.substring(0, 4));
        return (year - 2026) * 10_000 + Integer.parseInt(caseNumber.substring(5));
    }

    /** A case whose every field is a function of n, so a reader can tell a whole case from a torn one. */
    static CaseFile caseFile(int n) {
        String num = caseNumber(n);
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        domains.put(LifeDomain.values()[n % LifeDomain.values().length], new DomainAssessment(1 + n % 5, "notitie " + n));
        domains.put(LifeDomain.HUISVESTING, new DomainAssessment(2, "huurachterstand bij casus " + num));
        Client client = new Client("Johannes " + n, "Jan" + n, n % 2 == 0 ? "de" : null, "Vries-" + n,
                List.of("alias-" + n, "bijnaam " + n), LocalDate.of(1950 + n % 50, 1 + n % 12, 1 + n % 28), null,
                "Kerkstraat " + n + ", 3511 AB Utrecht", "06-" + (10_000_000 + n),
                List.of(new Relative("Peter " + n, "zoon"), new Relative("Anna " + n, "zus")), null, false);
        return new CaseFile(num, client, new Referrer("Buurvrouw " + n, null, n % 3 == 0), LocalDate.of(2026, 10, 2),
                Phase.values()[n % Phase.values().length], domains,
                new Consent(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 10, 5), "voorzitter"),
                new Informed(false, "contact niet mogelijk " + n), "ernstige zelfverwaarlozing " + n,
                "bilateraal overleg onvoldoende " + n, null, null,
                n % 2 == 0 ? PARTNERS : List.of(PARTNERS.getFirst()));
    }

    /** One of seven meeting dates, rewritten again and again: version n lists the cases up to n. */
    static LocalDate meetingDate(int n) {
        return LocalDate.of(2026, 11, 2).plusWeeks(n % 7);
    }

    static Meeting meeting(int n, List<Integer> caseSequence) {
        List<AgendaItem> items = new ArrayList<>();
        for (int c : caseSequence) {
            items.add(new AgendaItem(caseNumber(c), 10 + c % 20,
                    List.of(new MinutesParagraph(null, "Besproken casus " + caseNumber(c) + " in versie " + n + "."),
                            new MinutesParagraph(LifeDomain.GEESTELIJK_FUNCTIONEREN, "Alleen voor wie het mag zien, " + n)),
                    List.of(new Decision("Huisbezoek plannen " + n, "woco-dak", LocalDate.of(2026, 12, 10))),
                    List.of()));
        }
        return new Meeting(meetingDate(n), "zaal " + n, LocalTime.of(9, 0), List.of("a-1", "a-7"), items);
    }

    /** The cases a meeting of version n holds: up to three of the cases written before it. */
    static List<Integer> meetingCases(int n, int firstCase) {
        List<Integer> result = new ArrayList<>();
        for (int c = Math.max(firstCase, n - 2); c <= n; c++) {
            result.add(c);
        }
        return result;
    }

    /** Everything a reader can see, for exact comparison. */
    record Snapshot(Object partners, Object cases, Map<LocalDate, Meeting> meetings, Object disclosures,
                    Object audit, Object matrix) {
        static Snapshot of(Store store) {
            Map<LocalDate, Meeting> meetings = new TreeMap<>();
            for (LocalDate d : store.meetings().dates()) {
                meetings.put(d, store.meetings().find(d).orElseThrow());
            }
            return new Snapshot(store.partners().all(), store.cases().all(), meetings, store.disclosures().all(),
                    store.audit().entries(), store.matrix().load());
        }
    }
}
