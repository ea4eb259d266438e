package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Target;
import nl.kring.pseudonym.bench.BenchData;

/**
 * The contract of {@link IdentityKeys} (issue 17): a recogniser and an identity guard built over the cases the texts
 * {@link IdentityKeys#mayName may name} (with a random set of the export's own cases, in the vault's order) give the same
 * result on those texts as built over every case of the vault: every mention and its cases, every possible name and
 * its reason, the pseudonymised text, the guard's masks and its count. Random vaults of 30 to 200 cases with shared
 * surnames, prefixes, aliases, relatives, melders, addresses, numbers and file numbers; texts that name them with
 * typos, spelling variants, initials, possessives, e-mail addresses, grouped numbers and written dates, and names of
 * clients that are not in the own set. Fixed seeds.
 */
class IdentityKeysEquivalenceTest {

    static final String[] FIRST = {"Jan", "Johannes", "Piet", "Anna", "Maria", "Kees", "Fatima", "Mohammed", "Ayşe",
            "Henk", "Sanne", "Gerrit", "Willem", "Els", "Joke", "Ahmed", "Stefan", "Coby", "Ben", "Marja", "Youssef",
            "Rajesh", "Wahyu", "Quirijn", "Annemiek", "Jan-Willem", "Özlem", "Truus", "Mien", "Eva", "Lotte", "Iris"};
    static final String[][] SUR = {{null, "Bakker"}, {"de", "Vries"}, {null, "Visser"}, {null, "Jansen"},
            {null, "Janssen"}, {null, "Smit"}, {null, "Meijer"}, {null, "Meyer"}, {null, "Bos"}, {null, "Mulder"},
            {null, "Özdemir"}, {null, "Yılmaz"}, {"van den", "Berg"}, {null, "Dijkstra"}, {null, "Kok"}, {"de", "Jong"},
            {"de", "Jongh"}, {null, "Hoek"}, {null, "Ramlochan"}, {null, "Djwalapersad"}, {null, "Sastrowidjojo"},
            {null, "Tjong"}, {null, "Mahabier"}, {null, "Al-Hassan"}, {"Aït", "Haddou"}, {null, "Visser-de Jong"},
            {null, "Bouzid"}, {null, "Kwakkelstein"}, {"van der", "Veen"}, {"van", "Doorn"}, {null, "Vermeulen"},
            {"ter", "Horst"}, {null, "Peters"}, {null, "Brouwer"}, {null, "Chandra"}, {null, "Khalil"},
            {null, "Persaud"}};
    static final String[] STREETS = {"Kastanjelaan", "Kerkstraat", "Ambonstraat", "Dorpsweg", "Marktplein",
            "Javastraat", "Sint Jansstraat", "Burg. Visserstraat"};
    static final String[] PLACES = {"Dijkveen", "Rivierstad", "Beekdal", "Zonnehof", "Utrecht"};
    static final String[] RELATIONS = {"zoon", "dochter", "zus", "broer", "moeder", "buurvrouw", ""};
    static final String[] ORGANISATIONS = {"Dijkveen College", "Woonstichting Het Dak", "GGD regio Utrecht",
            "Bewonerscommissie Zonnehof", "Kwakkel BV", "Beekdal", "Huisartsenpraktijk Linde", "Dijkveen"};
    static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};
    static final String[] FILLER = {"De melder belde gisteren.", "Er is een huurachterstand.", "Besluit: huisbezoek.",
            "de bakker op de hoek", "in het bos", "Daarna", "Gemeente Rivierstad", "woont in", "zaal 2",
            "mevrouw Kwakkel", "Piet Kwakkelstein", "iris is een bloem", "ik ben niet gek", "Huisbezoek bij",
            "op 3 maart", "om 10:30", "€ 2.340,50", "nr. 12", "\n", "\n\n", ", ", "; ", "(", ")", " - "};

    static final List<Partner> PARTNERS = List.of(
            new Partner("p1", "Gemeente Rivierstad", Role.GEMEENTE, Tier.KERN, LocalDate.of(2020, 1, 1), null,
                    List.of(new Attendee("a1", "M. Bos", "wijkagent Dijkveen", "m.bos@rivierstad.nl", null))),
            new Partner("p2", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.KERN, LocalDate.of(2020, 1, 1), null,
                    List.of(new Attendee("a2", "R. Kok", "consulent"))));
    static final List<String> PLACES_OF_MEETING = List.of("Buurthuis Zonnehof, zaal 1");

    static IntStream seeds() {
        return IntStream.range(0, 80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSelectedCasesGiveTheSameResultAsEveryCase(int seed) {
        Random r = new Random(0x9E3779B97F4A7C15L * (seed + 1));
        int size = 30 + r.nextInt(171);
        List<CaseFile> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(randomCase(r, i));
        }
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            texts.add(randomText(r, all));
        }
        Set<String> own = new LinkedHashSet<>();
        for (int o = r.nextInt(6); o > 0; o--) {
            own.add(all.get(r.nextInt(size)).number());
        }
        Recognizer full = ExportService.recognizer(all, PARTNERS, PLACES_OF_MEETING);
        IdentityGuard fullGuard = IdentityGuard.of(all, PARTNERS);
        // each text with the cases it may name, and all texts with the cases any of them may name
        int each = 0;
        for (String text : texts) {
            each += assertSame(full, fullGuard, all, own, List.of(text), text).size();
        }
        // one mention alone: only its own keys select
        for (int t = 0; t < 12; t++) {
            String one = mention(r, all.get(r.nextInt(size)));
            assertSame(full, fullGuard, all, own, List.of(one), one);
        }
        List<CaseFile> together = assertSame(full, fullGuard, all, own, texts, null);
        System.out.printf(Locale.ROOT, "seed %d: %d cases; per text %.1f selected, %d for the %d texts together%n", seed,
                size, each / (double) texts.size(), together.size(), texts.size());
    }

    /**
     * "Chong" for Tjong: two edits apart, so no deletion key is shared; one sound key ("cong"), which is the only key
     * that selects the client (found by the property with other names before the name lists were final).
     */
    @Test
    void aSpellingVariantTwoEditsFromTheNameSelectsTheClient() {
        Random r = new Random(7);
        List<CaseFile> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(randomCase(r, i));
        }
        CaseFile c = randomCase(r, 40);
        Client cl = c.client();
        CaseFile tjong = new CaseFile(c.number(), new Client("Liang", null, null, "Tjong", List.of(), cl.birthDate(),
                cl.bsn(), cl.address(), cl.phone(), List.of(), null, false), null, c.reportedOn(), c.phase(), null,
                null, null, c.evidentInterest(), c.lighterMeansConsidered(), null, null, c.kring());
        all.add(20, tjong);
        Recognizer full = ExportService.recognizer(all, PARTNERS, PLACES_OF_MEETING);
        assertThat(full.recognize("mevrouw Chong belde").mentions()).flatExtracting(Mention::targets)
                .extracting(Target::caseNumber).contains(tjong.number());
        IdentityGuard guard = IdentityGuard.of(all, PARTNERS);
        for (String text : List.of("Chong", "mevrouw Chong belde")) {
            assertSame(full, guard, all, Set.of(), List.of(text), text);
        }
    }

    /**
     * A client's place keeps that word out of every melder's organisation: with the client who lives in Dijkveen left
     * out, "woont in Dijkveen" would read "woont in [melder]" for the case whose melder is "Dijkveen". The client's
     * place words are keys of the client (found by the property before the name lists were final).
     */
    @Test
    void aClientsPlaceIsNoMelderWordAlsoWhenTheTextNamesNobody() {
        Random r = new Random(11);
        List<CaseFile> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            CaseFile c = randomCase(r, i);
            Client cl = c.client();
            // nobody else lives in Dijkveen or has a melder there
            String address = cl.address() == null ? null : cl.address().replace("Dijkveen", "Beekdal");
            all.add(new CaseFile(c.number(), new Client(cl.firstNames(), cl.roepnaam(), cl.prefix(), cl.surname(),
                    cl.aliases(), cl.birthDate(), cl.bsn(), address, cl.phone(), cl.relatives(), null, false), null,
                    c.reportedOn(), c.phase(), null, null, null, c.evidentInterest(), c.lighterMeansConsidered(), null,
                    null, c.kring()));
        }
        CaseFile base = all.get(10);
        Client resident = base.client();
        all.set(10, new CaseFile(base.number(), new Client(resident.firstNames(), null, resident.prefix(),
                resident.surname(), List.of(), null, null, "Zwanenhof 6, 4252 AP Dijkveen", null, List.of(), null, false),
                null, base.reportedOn(), base.phase(), null, null, null, base.evidentInterest(),
                base.lighterMeansConsidered(), null, null, base.kring()));
        CaseFile reported = all.get(20);
        all.set(20, new CaseFile(reported.number(), reported.client(), new Referrer(null, "Dijkveen", false),
                reported.reportedOn(), reported.phase(), null, null, null, reported.evidentInterest(),
                reported.lighterMeansConsidered(), null, null, reported.kring()));
        Recognizer full = ExportService.recognizer(all, PARTNERS, PLACES_OF_MEETING);
        assertThat(full.recognize("woont in Dijkveen").pseudonymized()).isEqualTo("woont in Dijkveen");
        IdentityGuard guard = IdentityGuard.of(all, PARTNERS);
        assertSame(full, guard, all, Set.of(reported.number()), List.of("woont in Dijkveen"), "woont in Dijkveen");
    }

    private static List<CaseFile> assertSame(Recognizer full, IdentityGuard fullGuard, List<CaseFile> all,
                                             Set<String> own, List<String> texts, String only) {
        int[] textKeys = IdentityKeys.in(texts);
        List<CaseFile> selected = all.stream()
                .filter(c -> own.contains(c.number()) || IdentityKeys.mayName(IdentityKeys.of(c), textKeys)).toList();
        Recognizer part = ExportService.recognizer(selected, PARTNERS, PLACES_OF_MEETING);
        IdentityGuard partGuard = IdentityGuard.of(selected, PARTNERS);
        for (String text : only == null ? texts : List.of(only)) {
            Recognition expected = full.recognize(text);
            Recognition actual = part.recognize(text);
            assertThat(actual).as("recognition of %s", text).isEqualTo(expected);
            assertThat(actual.pseudonymized()).isEqualTo(expected.pseudonymized());
            int before = fullGuard.hits();
            int partBefore = partGuard.hits();
            assertThat(partGuard.mask(expected.pseudonymized())).as("guard on %s", expected.pseudonymized())
                    .isEqualTo(fullGuard.mask(expected.pseudonymized()));
            assertThat(partGuard.mask(text)).as("guard on %s", text).isEqualTo(fullGuard.mask(text));
            assertThat(partGuard.hits() - partBefore).isEqualTo(fullGuard.hits() - before);
        }
        return selected;
    }

    // ------------------------------------------------------------------ random vaults

    static CaseFile randomCase(Random r, int i) {
        String number = String.format(Locale.ROOT, "2026-%03d", i + 1);
        String[] sur = SUR[r.nextInt(SUR.length)];
        String first = FIRST[r.nextInt(FIRST.length)];
        String firstNames = r.nextInt(3) == 0 ? first + " " + FIRST[r.nextInt(FIRST.length)] : first;
        String roepnaam = r.nextInt(3) == 0 ? FIRST[r.nextInt(FIRST.length)] : null;
        List<String> aliases = r.nextInt(4) == 0 ? List.of(FIRST[r.nextInt(FIRST.length)] + "tje") : List.of();
        List<Relative> relatives = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
            String[] rs = r.nextBoolean() ? sur : SUR[r.nextInt(SUR.length)];
            relatives.add(new Relative(FIRST[r.nextInt(FIRST.length)] + " " + surname(rs),
                    RELATIONS[r.nextInt(RELATIONS.length)]));
        }
        String address = r.nextInt(8) == 0 ? null : STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(60))
                + (r.nextInt(5) == 0 ? "a" : "") + ", " + (3500 + r.nextInt(6)) + " " + (char) ('A' + r.nextInt(3))
                + (char) ('K' + r.nextInt(3)) + " " + PLACES[r.nextInt(PLACES.length)];
        String phone = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> "010-" + (2_000_000 + r.nextInt(7_000_000));
            default -> "06-" + (10_000_000 + r.nextInt(89_999_999));
        };
        String bsn = r.nextInt(4) == 0 ? null : BenchData.bsn(r);
        LocalDate birth = r.nextInt(6) == 0 ? null : LocalDate.of(1940 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String representative = r.nextInt(8) == 0 ? "mr. " + FIRST[r.nextInt(FIRST.length)] + " " + surname(SUR[r.nextInt(SUR.length)]) : null;
        List<FileNumber> numbers = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            numbers.add(new FileNumber("p1", "dossiernr", (2020 + r.nextInt(6)) + "-" + (1000 + r.nextInt(9000))));
        }
        if (r.nextInt(6) == 0) {
            numbers.add(new FileNumber("p2", "huurdersnr", "HN-" + (10_000 + r.nextInt(90_000))));
        }
        Client client = new Client(firstNames, roepnaam, sur[0], sur[1], aliases, birth, bsn, address, phone, relatives,
                representative, false, numbers);
        Referrer referrer = switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> new Referrer("Buurvrouw", null, true);
            case 2 -> new Referrer(FIRST[r.nextInt(FIRST.length)] + " " + surname(SUR[r.nextInt(SUR.length)]), null, false);
            case 3 -> new Referrer(null, ORGANISATIONS[r.nextInt(ORGANISATIONS.length)], false);
            default -> new Referrer("buurman " + SUR[r.nextInt(SUR.length)][1], ORGANISATIONS[r.nextInt(ORGANISATIONS.length)],
                    false);
        };
        return new CaseFile(number, client, referrer, LocalDate.of(2026, 10, 2), Phase.values()[0], null, null, null,
                "evident belang", "lichter middel", null, null, List.of("p1"));
    }

    static String surname(String[] sur) {
        return sur[0] == null ? sur[1] : sur[0] + " " + sur[1];
    }

    // ------------------------------------------------------------------ random texts

    static String randomText(Random r, List<CaseFile> cases) {
        StringBuilder sb = new StringBuilder();
        for (int k = 2 + r.nextInt(5); k > 0; k--) {
            if (r.nextInt(3) == 0) {
                sb.append(FILLER[r.nextInt(FILLER.length)]);
            } else {
                sb.append(mention(r, cases.get(r.nextInt(cases.size()))));
            }
            sb.append(r.nextInt(4) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    static String mention(Random r, CaseFile c) {
        Client cl = c.client();
        String first = cl.firstNames().split(" ")[0];
        String surname = surname(new String[] {cl.prefix(), cl.surname()});
        String core = cl.surname();
        return switch (r.nextInt(33)) {
            case 0 -> first + " " + surname;
            case 1 -> "mevrouw " + capitalise(surname);
            case 2 -> "dhr. " + core;
            case 3 -> core + "s";
            case 4 -> typo(r, first) + " " + typo(r, core);
            case 5 -> typo(r, core);
            case 6 -> sound(first) + " " + sound(core);
            case 7 -> first.charAt(0) + ". " + (cl.prefix() == null ? "" : cl.prefix() + " ") + core.charAt(0) + ".";
            case 8 -> initials(cl) + " " + surname;
            case 9 -> initials(cl).replace(".", "") + core.charAt(0);
            case 10 -> first.toLowerCase(Locale.ROOT) + "." + (surname.replace(" ", "")).toLowerCase(Locale.ROOT)
                    + "@gmail.com";
            case 11 -> first.toLowerCase(Locale.ROOT) + core.toLowerCase(Locale.ROOT) + r.nextInt(99) + "@hotmail.com";
            case 12 -> cl.bsn() == null ? "BSN onbekend" : group(r, cl.bsn());
            case 13 -> cl.phone() == null ? "geen telefoon" : phone(r, cl.phone());
            case 14 -> cl.birthDate() == null ? "geboren" : "geboren " + date(r, cl.birthDate());
            case 15 -> cl.address() == null ? "dakloos" : address(r, cl.address());
            case 16 -> cl.fileNumbers().isEmpty() ? "geen dossier" : "dossiernr. " + cl.fileNumbers().getFirst().number()
                    .replace("-", r.nextBoolean() ? " " : "-");
            case 17 -> cl.relatives().isEmpty() ? first : cl.relatives().getFirst().name();
            case 18 -> c.referrer() == null ? "de melder" : String.valueOf(c.referrer().name() != null
                    ? c.referrer().name() : c.referrer().organisation());
            case 19 -> c.referrer() == null || c.referrer().organisation() == null ? "school"
                    : c.referrer().organisation().split(" ")[0];
            case 20 -> cl.aliases().isEmpty() ? first + "tje" : cl.aliases().getFirst();
            case 21 -> cl.legalRepresentative() == null ? "de bewindvoerder" : cl.legalRepresentative();
            case 22 -> cl.address() == null ? "Rivierstad" : "woont in " + cl.address().substring(cl.address().lastIndexOf(' ') + 1);
            case 23 -> core.length() > 6 ? core.substring(0, 3) + "-\n" + core.substring(3) : core + "\n" + first;
            case 24 -> cl.roepnaam() == null ? first : cl.roepnaam() + " " + core.toUpperCase(Locale.ROOT);
            case 25 -> "mevrouw " + core.charAt(0) + ".";
            case 26 -> reversedInitials(cl) + " " + core;
            case 27 -> cl.address() == null ? "zwerft" : abbreviated(cl.address());
            case 28 -> sound(core);
            case 29 -> cl.prefix() == null ? core + "42" : initials(cl).replace(".", "")
                    + String.join("", List.of(cl.prefix().split(" ")).stream().map(x -> x.substring(0, 1)).toList())
                    + core.charAt(0);
            case 30 -> cl.address() == null ? "geen adres" : abbreviated(cl.address()).replaceFirst(" (\\d)", " nr. $1");
            case 31 -> first + core.charAt(0) + r.nextInt(10) + core.substring(1);
            default -> "A " + first.charAt(0) + " " + core;
        };
    }

    static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String initials(Client cl) {
        StringBuilder sb = new StringBuilder();
        for (String w : cl.firstNames().split("[ -]")) {
            sb.append(w.charAt(0)).append('.');
        }
        return sb.toString();
    }

    /** The initials of the given names in the other order, without dots: "A J" for Jan Adriaan. */
    static String reversedInitials(Client cl) {
        String[] names = cl.firstNames().split("[ -]");
        StringBuilder sb = new StringBuilder();
        for (int i = names.length - 1; i >= 0; i--) {
            sb.append(sb.isEmpty() ? "" : " ").append(names[i].charAt(0));
        }
        return sb.toString();
    }

    /** "Kastanjeln 15", "Kerkstr. 3": the street abbreviated, with the house number. */
    static String abbreviated(String address) {
        String street = address.substring(0, address.indexOf(','));
        return street.replace("laan", "ln").replace("straat", "str.").replace("weg", "wg").replace("plein", "pl");
    }

    /** One edit: a letter changed, dropped, doubled or two swapped. */
    static String typo(Random r, String w) {
        if (w.length() < 4) {
            return w;
        }
        int i = 1 + r.nextInt(w.length() - 2);
        return switch (r.nextInt(4)) {
            case 0 -> w.substring(0, i) + (char) ('a' + r.nextInt(26)) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.substring(i + 1);
            case 2 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
            default -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
        };
    }

    /** A spelling convention: ij/y, oe/u, ie/i, tj/ch, dj/j, a doubled letter single. */
    static String sound(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        String v = l.contains("tj") ? l.replace("tj", "ch") : l.replace("ch", "tj");
        v = v.replace("ij", "y").replace("oe", "u").replace("ie", "i").replace("dj", "j").replace("ss", "s")
                .replace("au", "ou").replace("kh", "ch").replace("hu", "hoe");
        return capitalise(v);
    }

    static String group(Random r, String bsn) {
        return switch (r.nextInt(3)) {
            case 0 -> bsn;
            case 1 -> bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
            default -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
        };
    }

    static String phone(Random r, String phone) {
        String d = phone.replaceAll("\\D", "");
        return switch (r.nextInt(4)) {
            case 0 -> d;
            case 1 -> "+31 " + d.substring(1, 2) + " " + d.substring(2);
            case 2 -> d.substring(0, 2) + " " + d.substring(2, 6) + " " + d.substring(6);
            default -> phone;
        };
    }

    static String date(Random r, LocalDate d) {
        return switch (r.nextInt(5)) {
            case 0 -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
            case 1 -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
            case 2 -> d.toString();
            case 3 -> String.format(Locale.ROOT, "%02d/%02d/%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
            default -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1].substring(0, 3) + ". '"
                    + String.format(Locale.ROOT, "%02d", d.getYear() % 100);
        };
    }

    static String address(Random r, String address) {
        int comma = address.indexOf(',');
        return switch (r.nextInt(3)) {
            case 0 -> address;
            case 1 -> address.substring(0, comma);
            default -> address.substring(comma + 2, comma + 9);
        };
    }
}
