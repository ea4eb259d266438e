package nl.kring.pseudonym.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.KnownClient;

/**
 * Synthetic agendas (fictitious clients) and minutes for the benchmarks: Dutch filler sentences with a
 * client or relative mention, an identifier or an ordinary surname-word about every twelve words.
 */
public final class BenchData {

    static final String[] FIRST = {"Johannes", "Maria", "Gerrit", "Ayşe", "Mohamed", "Fatima", "Cornelis", "Anna",
        "Dewi", "Roos", "Petra", "Lars", "Sevda", "Hendrik", "Wilhelmina", "Pieter", "Sanne", "Kevin", "Emine",
        "Yusuf", "Hatice", "Bram", "Linda", "Ruud", "Ingrid", "Emre", "Naima", "Karim", "Ratna", "Truus", "Willem",
        "Jacobus", "Geertruida", "Abdel", "Samira", "Winston", "Priya", "Tomasz", "Agnieszka", "Thijs", "Femke"};
    static final String[] ROEP = {"Jan", "Ria", "Kees", "Mien", "Henk", "Wim", "Joop", "Truus", "Bep", "Hans", "Mo",
        "Sjaak", "Toos", "Dirk", "Loes", "Ans"};
    static final String[] SURNAME = {"Vries", "Özdemir", "Visser", "Bakker", "Bos", "El Amrani", "Mol", "Kramer",
        "Bouzid", "Berg", "Vermeulen", "Sastrowidjojo", "Timmerman", "Janssen", "Graaf", "Yılmaz", "Dekker", "Meijer",
        "Mulder", "Smits", "Hendriks", "Dijkstra", "Brouwer", "Wijk", "Postma", "Kaya", "Şahin", "Benali", "Ramdin",
        "Kowalczyk", "Nowak", "Hoekstra", "Koster", "Prins", "Huisman", "Peeters", "Kuipers", "Veenstra", "Boer",
        "Koning", "Leeuwen", "Haan", "Groot", "Wit", "Schouten", "Willems", "Jacobs", "Lubbers", "Zwart", "Maas"};
    static final String[] PREFIX = {null, null, null, "de", "van", "van den", "van der", "ten", "el"};
    static final String[] STREET = {"Kerkstraat", "Molenweg", "Dorpsstraat", "Oudegracht", "Kanaalstraat",
        "Vleutenseweg", "Marnixlaan", "Thorbeckelaan", "Zuilenstraat", "Billitonkade", "Vechtdijk", "Laan van Nieuw Guinea"};
    static final String[] RELATION = {"zoon", "dochter", "moeder", "vader", "broer", "zus", "echtgenoot", "ex-partner"};
    static final String[] FILLER = {
        "De melder maakt zich zorgen over de situatie thuis en vraagt om een huisbezoek.",
        "Er is een huurachterstand van drie maanden en de corporatie overweegt een ontruiming.",
        "De huisarts heeft betrokkene in juni voor het laatst gezien en ziet geen acuut gevaar.",
        "Volgens de wijkagent waren er twee meldingen van geluidsoverlast in oktober.",
        "Het gezin woont in een kleine flat; de bakker op de hoek zag hem al weken niet.",
        "Besluit: de GGD gaat samen met het wijkteam op huisbezoek vóór 12 december 2026.",
        "Zijn vader was visser en de familie woont verspreid over het land.",
        "De tuin ligt vol mollen en de buren klagen over de stank uit de woning.",
        "De casus wordt over vier weken geëvalueerd; casus 2026-099 is gesloten.",
        "Er is een bedrag van € 1.250,00 aan schulden bij de zorgverzekeraar.",
        "Het meldpunt is bereikbaar op 030-6305400 tijdens kantooruren.",
        "Een jong gezin in de straat heeft de melding gedaan.",
        "Aandachtspunt: de veiligheid van de kinderen, Veilig Thuis is geconsulteerd.",
        "In het bos bij het park werd hij verward aangetroffen door de politie."};

    private BenchData() {
    }

    public static List<KnownClient> clients(int n, long seed) {
        Random r = new Random(seed);
        List<KnownClient> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first = FIRST[r.nextInt(FIRST.length)] + (r.nextBoolean() ? " " + FIRST[r.nextInt(FIRST.length)] : "");
            String roep = r.nextInt(3) == 0 ? ROEP[r.nextInt(ROEP.length)] : null;
            String prefix = PREFIX[r.nextInt(PREFIX.length)];
            String surname = SURNAME[r.nextInt(SURNAME.length)];
            if (r.nextInt(10) == 0) {
                surname = surname + "-" + SURNAME[r.nextInt(SURNAME.length)];
            }
            List<Relative> rel = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                rel.add(new Relative(FIRST[r.nextInt(FIRST.length)] + " " + surname, RELATION[r.nextInt(RELATION.length)]));
            }
            String number = String.format("2026-%03d", i + 1);
            String street = STREET[r.nextInt(STREET.length)] + " " + (1 + r.nextInt(400));
            String phone = "06-" + (10000000 + r.nextInt(89999999));
            LocalDate birth = LocalDate.of(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
            out.add(new KnownClient(number, new Client(first, roep, prefix, surname,
                    r.nextInt(5) == 0 ? List.of("Kleine " + ROEP[r.nextInt(ROEP.length)]) : List.of(), birth, bsn(r),
                    street + ", 3511 AB Utrecht", phone, rel, null, false)));
        }
        return out;
    }

    public static String bsn(Random r) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] != 0) {
                d[8] = last;
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }

    /** About {@code words} words of minutes mentioning the clients. */
    public static String minutes(List<KnownClient> clients, int words, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(words * 7);
        int count = 0;
        int para = 0;
        while (count < words) {
            KnownClient kc = clients.get(r.nextInt(clients.size()));
            Client c = kc.client();
            String pre = c.prefix() == null ? "" : c.prefix() + " ";
            String surname = c.surname();
            String first = c.firstNames().split(" ")[0];
            String mention = switch (r.nextInt(9)) {
                case 0 -> "mevrouw " + capitalise(pre) + surname;
                case 1 -> first + " " + pre + surname;
                case 2 -> c.roepnaam() != null ? c.roepnaam() : first;
                case 3 -> "dhr. " + first.charAt(0) + ". " + pre + surname;
                case 4 -> c.relatives().isEmpty() ? first : c.relatives().get(0).name().split(" ")[0];
                case 5 -> "telefoon " + c.phone();
                case 6 -> "BSN " + c.bsn().substring(0, 3) + " " + c.bsn().substring(3, 6) + " " + c.bsn().substring(6);
                case 7 -> surname + "s";
                default -> capitalise(pre) + surname;
            };
            String filler = FILLER[r.nextInt(FILLER.length)];
            sb.append("Volgens de melder is ").append(mention).append(" niet thuis. ").append(filler).append(' ');
            count += 7 + filler.split(" ").length;
            if (++para % 5 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
