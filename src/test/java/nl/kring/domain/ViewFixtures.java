package nl.kring.domain;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fictitious case and partner register for view tests, and a walker over everything a view would render. */
final class ViewFixtures {
    private ViewFixtures() {
    }

    static final LocalDate SIGNED = LocalDate.of(2025, 1, 1);

    static Partner partner(String id, Role role) {
        return new Partner(id, "Org " + id, role, Tier.KERN, SIGNED, null, List.of());
    }

    static final Partner GGD = partner("ggd-vangnet", Role.GGD);
    static final Partner WOCO = partner("woco-dak", Role.WONINGCORPORATIE);
    static final Partner GGZ = partner("ggz-centraal", Role.GGZ);
    static final Partner POLITIE = partner("politie-mn", Role.POLITIE);
    static final Partner HUISARTS = partner("ha-dorp", Role.HUISARTS);

    static final Map<String, Partner> REGISTER = Map.of(GGD.id(), GGD, WOCO.id(), WOCO, GGZ.id(), GGZ,
            POLITIE.id(), POLITIE, HUISARTS.id(), HUISARTS);

    static final Client CLIENT = new Client("Johannes Petrus", "Jan", "de", "Vries", List.of("Hansje"),
            LocalDate.of(1984, 3, 12), "111222333", "Kerkstraat 12, 3511 AB Utrecht", "06-12345678",
            List.of(new Relative("Peter de Vries", "zoon")), "mr. K. Wils", false);

    static final Referrer MELDER = new Referrer("Buurvrouw Ans", "Wijkteam Oost", false);

    static CaseFile sampleCase() {
        return new CaseFile("2026-017", CLIENT, MELDER, LocalDate.of(2026, 10, 2), Phase.SCREENING,
                Map.of(LifeDomain.FINANCIEN, new DomainAssessment(2, "huurachterstand twee maanden"),
                        LifeDomain.HUISVESTING, new DomainAssessment(2, "woning vervuild, klachten buren"),
                        LifeDomain.GEESTELIJK_FUNCTIONEREN, new DomainAssessment(1, "psychotisch, achterdochtig"),
                        LifeDomain.VEILIGHEID, new DomainAssessment(4, "geen dreiging"),
                        LifeDomain.JURIDISCH, new DomainAssessment(null, "boete openstaand")),
                new Consent(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 10, 5), "M. Bos"),
                new Informed(false, "contact niet mogelijk"), "ernstige zelfverwaarlozing",
                "bilateraal overleg met huisarts onvoldoende", LocalDate.of(2026, 12, 1), null,
                List.of(WOCO.id(), GGD.id(), GGZ.id()));
    }

    static AgendaItem sampleItem() {
        return new AgendaItem("2026-017", 10,
                List.of(new MinutesParagraph(null, "Casus besproken, iedereen herkent het beeld."),
                        new MinutesParagraph(LifeDomain.GEESTELIJK_FUNCTIONEREN, "Wanen over de buren."),
                        new MinutesParagraph(LifeDomain.HUISVESTING, "Corporatie overweegt ontruiming.")),
                List.of(new Decision("Huisbezoek samen met GGD", WOCO.id(), LocalDate.of(2026, 12, 10)),
                        new Decision("Psychiatrisch consult aanvragen", GGZ.id(), null)),
                List.of(new Disclosure(List.of(LifeDomain.HUISVESTING), List.of(WOCO.id()),
                        DisclosureBasis.EVIDENT_BELANG, "woningverlies dreigt", "onbereikbaar", "voorzitter",
                        LocalDate.of(2026, 11, 26))));
    }

    /** Every leaf value a UI could render from a view: strings, numbers, dates, enums, booleans. */
    static List<Object> leaves(Object view) {
        List<Object> out = new ArrayList<>();
        walk(view, out);
        return out;
    }

    /** Every leaf rendered as text. */
    static List<String> strings(Object view) {
        return leaves(view).stream().map(String::valueOf).toList();
    }

    static boolean mentions(Object view, String needle) {
        return strings(view).stream().anyMatch(s -> s.contains(needle));
    }

    private static void walk(Object o, List<Object> out) {
        if (o == null) {
            return;
        }
        if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    walk(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof Collection<?> c) {
            c.forEach(e -> walk(e, out));
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, out);
                walk(v, out);
            });
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(v, out));
        } else {
            out.add(o);
        }
    }
}
