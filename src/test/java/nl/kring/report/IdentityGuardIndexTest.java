package nl.kring.report;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the guard runs the clients' numbers (BSN, phone, date of birth) per text with only the alternatives whose
 * digits occur in it, instead of one alternation of every client's numbers on every text. It must mask exactly as the
 * whole alternation did: both guards over the same 300 clients get the same 1,000 texts (fixed seed), written the ways a
 * number is written (grouped, with dots and dashes, +31 and (0), dates in three forms, beside other numbers and
 * case numbers), and must return the same text.
 */
class IdentityGuardIndexTest {
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    @Test
    void theIndexedGuardMasksExactlyAsTheWholeAlternation() {
        Random random = new Random(20261205L);
        List<CaseFile> cases = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String bsn = validBsn(random);
            String phone = random.nextBoolean() ? "06-" + (10000000 + random.nextInt(89999999))
                    : "0" + (10 + random.nextInt(89)) + "-" + (1000000 + random.nextInt(8999999));
            LocalDate birth = LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Client c = new Client("Voornaam" + i, null, null, "Achternaam" + i, List.of(), birth,
                    random.nextInt(10) == 0 ? null : bsn, "Straat " + i + ", 1234 AB Rivierstad", phone, List.of(), null, false);
            clients.add(c);
            cases.add(TestVaults.caseFile(String.format("2026-%03d", i + 1), c, Phase.INTAKE, true, null, List.of("ggd")));
        }
        IdentityGuard indexed = IdentityGuard.of(cases, List.of(), true);
        IdentityGuard whole = IdentityGuard.of(cases, List.of(), false);
        int masked = 0;
        for (int t = 0; t < 1000; t++) {
            StringBuilder text = new StringBuilder("Notitie " + t + ":");
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                Client c = clients.get(random.nextInt(clients.size()));
                text.append(switch (random.nextInt(9)) {
                    case 0 -> " BSN " + group(c.bsn() == null ? validBsn(random) : c.bsn(), random);
                    case 1 -> " bel " + c.phone();
                    case 2 -> " bel +31 (0)" + c.phone().substring(1).replace("-", " ");
                    case 3 -> " tel. 0031" + c.phone().substring(1).replace("-", "");
                    case 4 -> " geboren " + c.birthDate().getDayOfMonth() + "-" + c.birthDate().getMonthValue() + "-"
                            + c.birthDate().getYear();
                    case 5 -> " geboren " + c.birthDate();
                    case 6 -> " geboren " + c.birthDate().getDayOfMonth() + " " + MONTHS[c.birthDate().getMonthValue() - 1]
                            + " " + c.birthDate().getYear();
                    case 7 -> " nummer " + random.nextInt(1_000_000_000) + " en " + random.nextInt(100000);
                    default -> " casus 2026-" + String.format("%03d", random.nextInt(300)) + " op 2026-11-"
                            + (10 + random.nextInt(18)) + ", Straat " + random.nextInt(300);
                });
                text.append(random.nextBoolean() ? "." : random.nextBoolean() ? "" : String.valueOf(random.nextInt(10)));
            }
            String expected = whole.mask(text.toString());
            assertThat(indexed.mask(text.toString())).as(text.toString()).isEqualTo(expected);
            if (!expected.equals(text.toString())) {
                masked++;
            }
        }
        assertThat(indexed.hits()).isEqualTo(whole.hits());
        assertThat(masked).as("texts with something masked").isGreaterThan(500);
    }

    /**
     * The address rules (three per client) run only on a text that holds their anchor (the address's first word, the
     * postcode's digits); the indexed guard finds those anchors by a lookup per text instead of testing every client's
     * anchor. Both guards over the same 400 clients, of a few streets (one inside another: "Kerkstraat" in
     * "Hoofdkerkstraat"), house numbers and postcodes whose digits are also years and case numbers, get the same 1,000
     * texts (fixed seed) that name addresses in other cases, cut short, without the comma or inside other words, and
     * must return the same text.
     */
    @Test
    void theAnchorLookupLetsThroughExactlyTheAddressRulesTheLinearTestDid() {
        Random random = new Random(20261206L);
        String[] streets = {"Kerkstraat", "Hoofdkerkstraat", "Dorpsweg", "'s-Gravendijkwal", "Çarşı Sokak",
                "Van der Helststraat", "Molenlaan", "Oude Kerkstraat"};
        String[] places = {"Rivierstad", "Den Haag", "Zuidhorn"};
        List<CaseFile> cases = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String street = streets[random.nextInt(streets.length)];
            String postcode = (random.nextBoolean() ? 2026 : 1000 + random.nextInt(9000)) + " "
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            String address = switch (random.nextInt(3)) {
                case 0 -> street + " " + (1 + random.nextInt(200)) + ", " + postcode + " " + places[random.nextInt(3)];
                case 1 -> street + " " + (1 + random.nextInt(200)) + "bis";
                default -> street + " " + (1 + random.nextInt(200)) + ", " + places[random.nextInt(3)];
            };
            addresses.add(address);
            Client c = new Client("Voornaam" + i, null, null, "Achternaam" + i, List.of(), null, null, address, null,
                    List.of(), null, false);
            cases.add(TestVaults.caseFile(String.format("2026-%03d", i + 1), c, Phase.INTAKE, true, null, List.of("ggd")));
        }
        IdentityGuard indexed = IdentityGuard.of(cases, List.of(), true);
        IdentityGuard linear = IdentityGuard.of(cases, List.of(), false);
        int masked = 0;
        for (int t = 0; t < 1000; t++) {
            StringBuilder text = new StringBuilder("Notitie " + t + ":");
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                String a = addresses.get(random.nextInt(addresses.size()));
                int comma = a.indexOf(',');
                text.append(switch (random.nextInt(7)) {
                    case 0 -> " woont " + a;
                    case 1 -> " woont " + a.toUpperCase(Locale.ROOT);
                    case 2 -> " bij " + (comma > 0 ? a.substring(0, comma) : a);
                    case 3 -> " adres " + a.replace(",", "").replace(" ", "  ");
                    case 4 -> " langs de " + streets[random.nextInt(streets.length)].toLowerCase(Locale.ROOT)
                            + "pad " + random.nextInt(300);
                    case 5 -> " casus 2026-" + String.format("%03d", random.nextInt(400)) + " sinds " + (1990
                            + random.nextInt(40));
                    default -> " postcode " + a.replaceAll(".*?(\\d{4} [A-Z]{2}).*|.*", "$1");
                });
                text.append(random.nextBoolean() ? "." : "");
            }
            String expected = linear.mask(text.toString());
            assertThat(indexed.mask(text.toString())).as(text.toString()).isEqualTo(expected);
            if (expected.contains("[adres cliënt")) {
                masked++;
            }
        }
        assertThat(indexed.hits()).isEqualTo(linear.hits());
        assertThat(masked).as("texts with an address masked").isGreaterThan(400);
    }

    private static String group(String bsn, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> bsn;
            case 1 -> bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
            case 2 -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
            default -> bsn.substring(0, 3) + "-" + bsn.substring(3, 6) + "-" + bsn.substring(6);
        };
    }

    /** Nine digits that pass the 11-proef. */
    private static String validBsn(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9 && d[0] != 0) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
