package nl.kring.bench;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.store.Store;
import nl.kring.vault.Vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A timed run, not a test: a vault of two years (500 cases, 100 meetings, 1,500 agenda items) — import time,
 * open time, case-list search latency and heap in use. Run with scripts/bench-two-year-vault.sh.
 */
public final class TwoYearVaultBenchmark {
    private static final String[] FIRST = {"Jan", "Piet", "Anna", "Maria", "Kees", "Fatima", "Mohammed", "Ayşe", "Henk", "Ria",
            "Sanne", "Gerrit", "Wim", "Els", "Joke", "Ahmed", "Stefan", "Coby", "Ben", "Marja"};
    private static final String[] SUR = {"Vries", "Bakker", "Visser", "Jansen", "Smit", "Meijer", "Bos", "Mulder", "Özdemir",
            "Yılmaz", "Berg", "Dijkstra", "Kok", "Jong", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Koster"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kring-bench").resolve("vault");
        char[] pass = "Zeven zeeuwse zeilers zingen zachtjes 2026".toCharArray();
        Interchange data = generate(new Random(42));

        long t0 = System.nanoTime();
        try (Store store = new Store(Vault.create(dir, pass))) {
            Importer.store(store, data);
        }
        long importMs = (System.nanoTime() - t0) / 1_000_000;

        long[] openMs = new long[3];
        for (int i = 0; i < openMs.length; i++) {
            long s = System.nanoTime();
            Vault.open(dir, pass).close();
            openMs[i] = (System.nanoTime() - s) / 1_000_000;
        }

        // Passphrase change (issue 10): rewrap only, and with a new data key (re-encrypting the database). Each
        // includes two Argon2id derivations (check the current passphrase, wrap under the new one).
        char[] other = "Acht amsterdamse accordeonisten oefenen 2027".toCharArray();
        long[] rewrapMs = new long[2];
        long[] newKeyMs = new long[2];
        try (var session = Vault.open(dir, pass)) {
            for (int i = 0; i < 2; i++) {
                long s = System.nanoTime();
                session.changePassphrase(i % 2 == 0 ? pass : other, i % 2 == 0 ? other : pass, false);
                rewrapMs[i] = (System.nanoTime() - s) / 1_000_000;
            }
            for (int i = 0; i < 2; i++) {
                long s = System.nanoTime();
                session.changePassphrase(i % 2 == 0 ? pass : other, i % 2 == 0 ? other : pass, true);
                newKeyMs[i] = (System.nanoTime() - s) / 1_000_000;
            }
        }

        try (Store store = new Store(Vault.open(dir, pass))) {
            long s = System.nanoTime();
            List<CaseFile> all = store.cases().all();
            long loadMs = (System.nanoTime() - s) / 1_000_000;
            String[] queries = {"vri", "2026-3", "özd", "bakker", "jan", "zz-no-match"};
            long[] lat = new long[600];
            int hits = 0;
            for (int i = 0; i < lat.length; i++) {
                String q = queries[i % queries.length];
                long q0 = System.nanoTime();
                hits += search(all, q).size();
                lat[i] = System.nanoTime() - q0;
            }
            Arrays.sort(lat);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            long dbKb = Files.size(dir.resolve(Vault.DB_FILE)) / 1024;
            System.out.printf(Locale.ROOT, "two-year vault: %d cases, %d meetings, %d agenda items, %d KB database%n",
                    data.cases().size(), data.meetings().size(),
                    data.meetings().stream().mapToInt(m -> m.items().size()).sum(), dbKb);
            System.out.printf(Locale.ROOT, "import (create vault + store all, one transaction): %d ms%n", importMs);
            System.out.printf(Locale.ROOT, "open (Argon2id unlock + H2 + integrity check), 3 runs: %s ms%n", Arrays.toString(openMs));
            System.out.printf(Locale.ROOT, "passphrase change, rewrap only, 2 runs: %s ms%n", Arrays.toString(rewrapMs));
            System.out.printf(Locale.ROOT, "passphrase change with a new key (database re-encrypted), 2 runs: %s ms%n",
                    Arrays.toString(newKeyMs));
            System.out.printf(Locale.ROOT, "load case list (500 cases with children): %d ms%n", loadMs);
            System.out.printf(Locale.ROOT, "case-list search over 500 cases: median %.3f ms, p99 %.3f ms (%d hits)%n",
                    lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6, hits);
            System.out.printf(Locale.ROOT, "heap in use with the case list loaded: %d MB%n", heapMb);
        }
    }

    /** The same matching as the case list: number, names, aliases, phase; case- and accent-insensitive. */
    static List<CaseFile> search(List<CaseFile> all, String query) {
        String q = fold(query);
        List<CaseFile> out = new ArrayList<>();
        for (CaseFile c : all) {
            Client cl = c.client();
            if (fold(c.number()).contains(q) || fold(cl.displayName()).contains(q) || fold(String.valueOf(cl.firstNames())).contains(q)
                    || cl.aliases().stream().anyMatch(a -> fold(a).contains(q)) || fold(c.phase().label()).contains(q)) {
                out.add(c);
            }
        }
        return out;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ı', 'i').toLowerCase(Locale.ROOT);
    }

    static Interchange generate(Random r) {
        List<Partner> partners = new ArrayList<>();
        Role[] roles = {Role.GGD, Role.GGZ, Role.HUISARTS, Role.POLITIE, Role.WONINGCORPORATIE, Role.GEMEENTE,
                Role.VERSLAVINGSZORG, Role.MAATSCHAPPELIJK_WERK, Role.THUISZORG, Role.MAATSCHAPPELIJKE_OPVANG, Role.NUTSBEDRIJF,
                Role.SOCIALE_DIENST};
        for (int i = 0; i < roles.length; i++) {
            partners.add(new Partner("p" + i, "Partner " + i, roles[i], i < 6 ? Tier.KERN : Tier.SCHIL,
                    LocalDate.of(2024, 1, 1), null, List.of(new Attendee("a" + i, "Medewerker " + i, "consulent"))));
        }
        List<CaseFile> cases = new ArrayList<>();
        Phase[] phases = Phase.values();
        for (int i = 1; i <= 500; i++) {
            Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
            for (LifeDomain d : LifeDomain.values()) {
                if (r.nextInt(3) == 0) {
                    domains.put(d, new DomainAssessment(1 + r.nextInt(5), "notitie over " + d.label().toLowerCase(Locale.ROOT)
                            + " met enige toelichting van de casusregisseur, " + r.nextInt(1000)));
                }
            }
            List<String> kring = new ArrayList<>(List.of("p0"));
            for (int k = 1; k < partners.size(); k++) {
                if (r.nextInt(4) == 0) {
                    kring.add("p" + k);
                }
            }
            cases.add(new CaseFile(String.format(Locale.ROOT, "%d-%03d", 2025 + i / 300, i % 1000),
                    new Client(FIRST[r.nextInt(FIRST.length)], null, r.nextBoolean() ? "de" : null, SUR[r.nextInt(SUR.length)],
                            List.of(), LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)), null,
                            "Straat " + i + ", 1234 AB Rivierstad", "06-" + (10000000 + r.nextInt(89999999)),
                            List.of(new Relative("Familielid " + i, "zoon")), null, false),
                    null, LocalDate.of(2025, 1, 1).plusDays(r.nextInt(600)), phases[r.nextInt(phases.length)], domains,
                    null, null, "evident belang " + i, "lichter middel onvoldoende", null, null, kring));
        }
        List<Meeting> meetings = new ArrayList<>();
        LocalDate date = LocalDate.of(2025, 1, 9);
        for (int m = 0; m < 100; m++) {
            List<AgendaItem> items = new ArrayList<>();
            List<Integer> picks = new ArrayList<>();
            while (picks.size() < 15) {
                int c = r.nextInt(cases.size());
                if (!picks.contains(c)) {
                    picks.add(c);
                }
            }
            for (int c : picks) {
                CaseFile cf = cases.get(c);
                items.add(new AgendaItem(cf.number(), 10, List.of(
                        new MinutesParagraph(null, "Besproken: stand van zaken, contactpogingen en afspraken. ".repeat(3)),
                        new MinutesParagraph(LifeDomain.HUISVESTING, "Huurachterstand en contact met de verhuurder. ".repeat(2))),
                        List.of(new Decision("Huisbezoek plannen", cf.kring().getFirst(), date.plusDays(14))), List.of()));
            }
            meetings.add(new Meeting(date, "zaal 2", null, List.of("a0"), items));
            date = date.plusDays(7);
        }
        return new Interchange(partners, cases, meetings);
    }
}
