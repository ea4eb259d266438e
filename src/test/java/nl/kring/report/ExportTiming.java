package nl.kring.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;

/**
 * Timed export of a meeting of 30 items for 12 partners (not a test: run by hand, see docs/reports.md).
 * {@code java -Djava.awt.headless=true -cp ... nl.kring.report.ExportTiming [runs]}
 */
public final class ExportTiming {
    private static final String[] WORDS = {"cliënt", "woning", "huisbezoek", "zorgen", "geëvalueerd", "overleg",
            "contact", "afspraak", "situatie", "buren", "overlast", "financiën", "de", "het", "een", "en", "is",
            "niet", "met", "op", "voor", "bij", "wijkteam", "begeleiding", "signalen", "volgende", "week"};

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        MeetingExportInput input = input();
        Path dir = Files.createDirectories(Path.of("target", "export-timing"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        List<Long> all = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        int files = 0;
        for (int r = 0; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            files = MeetingReports.export(input, dir, ProgressListener.NONE).size();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            all.add(ms);
            cpu.add(cpuMs);
            if (r > 0) {
                best = Math.min(best, ms);
                bestCpu = Math.min(bestCpu, cpuMs);
            }
        }
        long bytes;
        try (Stream<Path> s = Files.list(dir)) {
            bytes = s.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("export of 30 items for 12 partners: %d files, %d KiB%n  wall ms per run: %s%n"
                + "  cpu ms per run (export thread): %s%n  first (cold): %d ms wall, %d ms cpu; best warm: %d ms wall, "
                + "%d ms cpu; available processors %d%n", files, bytes / 1024, all, cpu, all.getFirst(), cpu.getFirst(),
                runs > 1 ? best : all.getFirst(), runs > 1 ? bestCpu : cpu.getFirst(),
                Runtime.getRuntime().availableProcessors());
    }

    static MeetingExportInput input() {
        Random random = new Random(30);
        Role[] roles = {Role.GGD, Role.GGZ, Role.HUISARTS, Role.VERSLAVINGSZORG, Role.MAATSCHAPPELIJKE_OPVANG,
                Role.MAATSCHAPPELIJK_WERK, Role.THUISZORG, Role.POLITIE, Role.GEMEENTE, Role.WONINGCORPORATIE,
                Role.NUTSBEDRIJF, Role.SOCIALE_DIENST};
        List<Partner> partners = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            String id = "p" + (i + 1);
            partners.add(new Partner(id, "Partner " + (i + 1) + " (" + roles[i].label() + ")", roles[i],
                    i < 4 ? Tier.KERN : Tier.SCHIL, LocalDate.of(2025, 1, 1), null,
                    List.of(new Attendee("a" + (i + 1), "Medewerker " + (i + 1), "consulent"))));
            present.add("a" + (i + 1));
        }
        List<CaseFile> cases = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            String number = String.format("2026-%03d", 100 + c);
            Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
            for (LifeDomain d : LifeDomain.values()) {
                if (random.nextInt(3) == 0) {
                    domains.put(d, new DomainAssessment(1 + random.nextInt(5), text(random, 12 + random.nextInt(20))));
                }
            }
            List<String> kring = new ArrayList<>(List.of("p1"));
            for (int p = 2; p <= 12; p++) {
                if (random.nextInt(3) == 0) {
                    kring.add("p" + p);
                }
            }
            cases.add(new CaseFile(number, new Client("Voornaam" + c, "Roep" + c, null, "Achternaam" + c, List.of(),
                    LocalDate.of(1970 + c, 1 + c % 12, 1 + c % 28), null, "Straat " + c + ", 1234 AB Plaats",
                    "06-1000" + String.format("%04d", c), List.of(), null, false),
                    new Referrer("Melder " + c, null, false), LocalDate.of(2026, 10, 1), Phase.SCREENING, domains,
                    null, null, "evident belang", null, null, null, kring));
            List<MinutesParagraph> minutes = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                LifeDomain tag = m == 0 ? null : LifeDomain.values()[random.nextInt(LifeDomain.values().length)];
                minutes.add(new MinutesParagraph(tag, "Roep" + c + " " + text(random, 60 + random.nextInt(80))));
            }
            List<Decision> decisions = List.of(
                    new Decision(text(random, 10), kring.get(random.nextInt(kring.size())), LocalDate.of(2026, 12, 10)),
                    new Decision(text(random, 8), kring.get(random.nextInt(kring.size())), null));
            List<Disclosure> disclosures = c % 3 == 0 ? List.of(new Disclosure(List.of(LifeDomain.HUISVESTING),
                    List.of(kring.getLast()), DisclosureBasis.EVIDENT_BELANG, text(random, 15), text(random, 8),
                    "voorzitter", LocalDate.of(2026, 11, 26))) : List.of();
            items.add(new AgendaItem(number, 10, minutes, decisions, disclosures));
        }
        Meeting meeting = new Meeting(LocalDate.of(2026, 11, 26), "GGD, zaal 2", LocalTime.of(9, 0), present, items);
        List<String[]> names = new ArrayList<>();
        for (CaseFile c : cases) {
            names.add(new String[] {c.client().roepnaam(), "[cliënt " + c.number() + "]"});
        }
        names.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        Pseudonymiser pseudonymiser = Pseudonymiser.of(t -> {
            String s = t;
            for (String[] n : names) {
                s = s.replace(n[0], n[1]);
            }
            return s;
        });
        return MeetingExportInput.of(meeting, partners, cases, RelevanceMatrix.defaults(), pseudonymiser,
                ReportFixtures.CHAIR);
    }

    private static String text(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }
}
