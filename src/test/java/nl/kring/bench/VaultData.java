package nl.kring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kring.audit.AuditLog;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeReader;
import nl.kring.store.Store;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultWitness;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic interchange file (DESIGN.md's import format) of a vault SCALE times the two-year vault of
 * {@link TwoYearVaultBenchmark}: 500 × SCALE cases, 100 × SCALE weekly meetings of 15 agenda items each (so every
 * meeting has the same size at every scale), 12 partners. Fixed seed: the same file every run. For
 * scripts/bench-vault.sh; not a test.
 *
 * <pre>java -cp ... nl.kring.bench.VaultData SCALE OUT.json</pre>
 */
public final class VaultData {
    /** The last meeting of every scale: the one the benchmark exports. */
    public static final LocalDate LAST_MEETING = LocalDate.of(2026, 11, 26);

    public static void main(String[] args) throws Exception {
        int scale = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), generate(scale, new Random(42)));
        System.out.println(out + ": " + 500 * scale + " cases, " + 100 * scale + " meetings, " + 1500 * scale + " agenda items");
    }

    static ObjectNode generate(int scale, Random r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        String[] roles = {"GGD", "GGZ", "HUISARTS", "POLITIE", "WONINGCORPORATIE", "GEMEENTE", "VERSLAVINGSZORG",
                "MAATSCHAPPELIJK_WERK", "THUISZORG", "MAATSCHAPPELIJKE_OPVANG", "NUTSBEDRIJF", "SOCIALE_DIENST"};
        ArrayNode partners = root.putArray("partners");
        for (int i = 0; i < roles.length; i++) {
            ObjectNode p = partners.addObject();
            p.put("id", "p" + i).put("name", "Partner " + i).put("role", roles[i]).put("tier", i < 6 ? "KERN" : "SCHIL")
                    .put("agreementSigned", "2016-01-01");
            p.putArray("attendees").addObject().put("id", "a" + i).put("name", "Medewerker " + i).put("function", "consulent");
        }
        int cases = 500 * scale;
        int meetings = 100 * scale;
        LocalDate first = LAST_MEETING.minusWeeks(meetings - 1);
        ArrayNode cs = root.putArray("cases");
        List<String> numbers = new ArrayList<>();
        List<String> firstKring = new ArrayList<>();
        Phase[] phases = Phase.values();
        for (int i = 1; i <= cases; i++) {
            String number = String.format(Locale.ROOT, "%d-%04d", 2016 + (i - 1) / 1000, i);
            numbers.add(number);
            ObjectNode c = cs.addObject();
            c.put("number", number);
            ObjectNode client = c.putObject("client");
            client.put("firstNames", TwoYearVaultBenchmarkNames.first(r)).put("surname", TwoYearVaultBenchmarkNames.surname(r))
                    .put("birthDate", LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString())
                    .put("address", "Straat " + i + ", 1234 AB Rivierstad").put("phone", "06-" + (10000000 + r.nextInt(89999999)));
            client.putArray("relatives").addObject().put("name", "Familielid " + i).put("relation", "zoon");
            c.put("reportedOn", first.minusDays(30 + r.nextInt(365)).toString());
            c.put("phase", phases[r.nextInt(phases.length)].name());
            ObjectNode domains = c.putObject("domains");
            for (LifeDomain d : LifeDomain.values()) {
                if (r.nextInt(3) == 0) {
                    domains.putObject(d.name()).put("score", 1 + r.nextInt(5))
                            .put("note", "notitie over " + d.label().toLowerCase(Locale.ROOT) + " met toelichting, " + r.nextInt(1000));
                }
            }
            c.put("evidentInterest", "evident belang " + i).put("lighterMeansConsidered", "lichter middel onvoldoende");
            ArrayNode kring = c.putArray("kring");
            kring.add("p0");
            firstKring.add("p0");
            for (int k = 1; k < roles.length; k++) {
                if (r.nextInt(4) == 0) {
                    kring.add("p" + k);
                }
            }
        }
        ArrayNode ms = root.putArray("meetings");
        for (int k = 0; k < meetings; k++) {
            LocalDate date = first.plusWeeks(k);
            ObjectNode mt = ms.addObject();
            mt.put("date", date.toString()).put("location", "zaal 2");
            mt.putArray("present").add("a0");
            ArrayNode items = mt.putArray("items");
            List<Integer> picks = new ArrayList<>();
            while (picks.size() < 15) {
                int c = r.nextInt(cases);
                if (!picks.contains(c)) {
                    picks.add(c);
                }
            }
            for (int c : picks) {
                ObjectNode it = items.addObject();
                it.put("case", numbers.get(c));
                ArrayNode minutes = it.putArray("minutes");
                minutes.addObject().put("text", "Besproken: stand van zaken, contactpogingen en afspraken. ".repeat(3).strip());
                minutes.addObject().put("category", "HUISVESTING").put("text", "Huurachterstand en contact met de verhuurder. ".repeat(2).strip());
                it.putArray("decisions").addObject().put("action", "Huisbezoek plannen").put("owner", firstKring.get(c))
                        .put("due", date.plusDays(14).toString());
            }
        }
        return root;
    }

    /**
     * Opens and closes a vault once in this JVM and prints the milliseconds: the unlock (Argon2id), H2, Flyway and
     * the integrity check, without the JVM start. Passphrase from KRING_PASSPHRASE.
     * <pre>java -cp ... 'nl.kring.bench.VaultData$Open' DIR</pre>
     */
    public static final class Open {
        public static void main(String[] args) throws Exception {
            char[] pass = System.getenv("KRING_PASSPHRASE").toCharArray();
            long t0 = System.nanoTime();
            Vault.open(Path.of(args[0]), pass).close();
            System.out.println("open " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    /**
     * The identity index's computation at an open (issue 17, V24): opens the vault, marks every case's key row as of
     * another version, and times {@code ensureIdentityKeys} computing them all in one transaction (wall and CPU of the
     * thread), then the check alone that every later open makes. Changes the vault (its keys end as they were).
     * <pre>java -cp ... 'nl.kring.bench.VaultData$KeysAtOpen' DIR</pre>
     */
    public static final class KeysAtOpen {
        public static void main(String[] args) throws Exception {
            char[] pass = System.getenv("KRING_PASSPHRASE").toCharArray();
            var threads = ManagementFactory.getThreadMXBean();
            try (Store store = new Store(Vault.open(Path.of(args[0]), pass))) {
                store.session().dsl().execute("UPDATE case_identity_keys SET keys_version = keys_version - 1");
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                int n = store.cases().ensureIdentityKeys();
                long c1 = threads.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                int again = store.cases().ensureIdentityKeys();
                long c2 = threads.getCurrentThreadCpuTime();
                long w2 = System.nanoTime();
                System.out.printf("computed %d cases: %d ms wall, %d ms cpu; the check alone (%d): %d ms wall, %d ms cpu%n",
                        n, (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000, again, (w2 - w1) / 1_000_000,
                        (c2 - c1) / 1_000_000);
            }
        }
    }

    /**
     * Opens and closes each vault ROUNDS times inside one warm JVM, alternating between them (paired, so the load of
     * the machine falls on both), and prints per vault min/median/max of the CPU time of the opening thread (the
     * close, with H2's compaction, runs on it too) and the size of the database file after each round.
     * ROUNDS ending in {@code w} (e.g. {@code 12w}): each session also writes one audit entry, as an export does.
     * <pre>java -cp ... 'nl.kring.bench.VaultData$OpenLoop' ROUNDS[w] DIR...</pre>
     */
    public static final class OpenLoop {
        public static void main(String[] args) throws Exception {
            char[] pass = System.getenv("KRING_PASSPHRASE").toCharArray();
            int rounds = Integer.parseInt(args[0].replace("w", ""));
            boolean write = args[0].endsWith("w");
            var threads = ManagementFactory.getThreadMXBean();
            Map<String, List<Long>> cpu = new LinkedHashMap<>();
            Map<String, List<Long>> sizes = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < args.length - 1; i++) {
                    String dir = args[1 + (r % 2 == 0 ? i : args.length - 2 - i)];
                    long c0 = threads.getCurrentThreadCpuTime();
                    // this loop's own record of the vault (a copy of a vault must not meet the user's record)
                    var session = Vault.open(Path.of(dir), pass,
                            new VaultWitness(Path.of(dir + ".record.properties")), false);
                    if (write) {
                        // a small write session, as an export makes one (its audit entry)
                        new Store(session).audit().append(AuditLog.Action.EXPORT,
                                "2026-11-26", "bench open loop round " + r);
                    }
                    session.close();
                    long ms = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
                    cpu.computeIfAbsent(dir, d -> new ArrayList<>()).add(ms);
                    sizes.computeIfAbsent(dir, d -> new ArrayList<>())
                            .add(Files.size(Path.of(dir, Vault.DB_FILE)) / 1024);
                }
            }
            for (var e : cpu.entrySet()) {
                List<Long> warm = new ArrayList<>(e.getValue().subList(Math.min(2, e.getValue().size() - 1),
                        e.getValue().size()));
                Collections.sort(warm);
                System.out.printf("%s: open+close cpu ms (rounds 3..) min %d median %d max %d; all %s; file KB %s%n",
                        e.getKey(), warm.getFirst(), warm.get(warm.size() / 2), warm.getLast(), e.getValue(),
                        sizes.get(e.getKey()));
            }
        }
    }

    /**
     * The import inside one JVM, without the JVM start: reading and checking the file, then creating the vault and
     * storing it (one transaction) and closing. Prints both in milliseconds and the CPU time of this thread.
     * <pre>java -cp ... 'nl.kring.bench.VaultData$Import' FILE.json DIR</pre>
     */
    public static final class Import {
        public static void main(String[] args) throws Exception {
            char[] pass = System.getenv("KRING_PASSPHRASE").toCharArray();
            var threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Interchange data;
            try (var in = Files.newInputStream(Path.of(args[0]))) {
                data = InterchangeReader.read(in, LAST_MEETING.plusDays(5));
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            try (Store store = new Store(Vault.create(Path.of(args[1]), pass))) {
                Importer.store(store, data);
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            System.out.println("read " + (t1 - t0) / 1_000_000 + " ms cpu " + (c1 - c0) / 1_000_000
                    + " ms; create+store+close " + (t2 - t1) / 1_000_000 + " ms cpu " + (c2 - c1) / 1_000_000 + " ms");
        }
    }

    /** The name lists of the two-year benchmark. */
    private static final class TwoYearVaultBenchmarkNames {
        private static final String[] FIRST = {"Jan", "Piet", "Anna", "Maria", "Kees", "Fatima", "Mohammed", "Ayşe", "Henk",
                "Ria", "Sanne", "Gerrit", "Wim", "Els", "Joke", "Ahmed", "Stefan", "Coby", "Ben", "Marja"};
        private static final String[] SUR = {"Vries", "Bakker", "Visser", "Jansen", "Smit", "Meijer", "Bos", "Mulder",
                "Özdemir", "Yılmaz", "Berg", "Dijkstra", "Kok", "Jong", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Koster"};

        static String first(Random r) {
            return FIRST[r.nextInt(FIRST.length)];
        }

        static String surname(Random r) {
            return SUR[r.nextInt(SUR.length)];
        }
    }
}
