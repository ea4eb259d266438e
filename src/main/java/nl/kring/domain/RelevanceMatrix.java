package nl.kring.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which data category each role may see (point 6 of the handreiking: only what is relevant to the partner's task).
 * Immutable; edits produce a new matrix.
 */
public final class RelevanceMatrix {
    private static final LifeDomain[] COLUMNS = {
            LifeDomain.PERSOONLIJKE_VERZORGING, LifeDomain.HUISHOUDING, LifeDomain.SOCIAAL_FUNCTIONEREN,
            LifeDomain.GEESTELIJK_FUNCTIONEREN, LifeDomain.SOMATISCH_FUNCTIONEREN, LifeDomain.VERSLAVING,
            LifeDomain.VEILIGHEID, LifeDomain.DAGBESTEDING_WERK, LifeDomain.FINANCIEN, LifeDomain.HUISVESTING,
            LifeDomain.JURIDISCH};

    // The default of docs/product.md, column order as COLUMNS. V = VOLLEDIG, S = SIGNAAL, - = GEEN.
    private static final Map<Role, String> DEFAULT_ROWS = Map.ofEntries(
            Map.entry(Role.HUISARTS, "VVVVVVVSSSS"),
            Map.entry(Role.GGD, "VVVVVVVVVVV"),
            Map.entry(Role.GGZ, "VVVVSVVSSSS"),
            Map.entry(Role.VERSLAVINGSZORG, "SSVSSVVSSSS"),
            Map.entry(Role.MAATSCHAPPELIJKE_OPVANG, "VVVSSSVVVVS"),
            Map.entry(Role.MAATSCHAPPELIJK_WERK, "VVVSSSVVVVS"),
            Map.entry(Role.THUISZORG, "VVSSVSV-SS-"),
            Map.entry(Role.POLITIE, "---S-SV--SV"),
            Map.entry(Role.GEMEENTE, "SSSS-SVVVVS"),
            Map.entry(Role.WONINGCORPORATIE, "-S----S-SV-"),
            Map.entry(Role.NUTSBEDRIJF, "------S-SS-"),
            // issue 13: the probation service, derived from its task (docs/product.md, "Reclassering")
            Map.entry(Role.RECLASSERING, "--SS-SVS-SV"));

    private static final RelevanceMatrix DEFAULT = buildDefault();

    private final Map<Role, Map<LifeDomain, Visibility>> cells;

    private RelevanceMatrix(Map<Role, Map<LifeDomain, Visibility>> cells) {
        this.cells = cells;
    }

    public static RelevanceMatrix defaults() {
        return DEFAULT;
    }

    private static RelevanceMatrix buildDefault() {
        Map<Role, Map<LifeDomain, Visibility>> cells = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Map<LifeDomain, Visibility> row = new EnumMap<>(LifeDomain.class);
            String spec = DEFAULT_ROWS.get(role);
            for (int i = 0; i < COLUMNS.length; i++) {
                Visibility v;
                if (spec == null) {
                    // Roles not in the table: SIGNAAL for veiligheid, GEEN elsewhere, until the chair sets them.
                    v = COLUMNS[i] == LifeDomain.VEILIGHEID ? Visibility.SIGNAAL : Visibility.GEEN;
                } else {
                    v = switch (spec.charAt(i)) {
                        case 'V' -> Visibility.VOLLEDIG;
                        case 'S' -> Visibility.SIGNAAL;
                        default -> Visibility.GEEN;
                    };
                }
                row.put(COLUMNS[i], v);
            }
            cells.put(role, row);
        }
        return new RelevanceMatrix(cells);
    }

    public Visibility get(Role role, LifeDomain domain) {
        return cells.get(role).get(domain);
    }

    /** A copy with one cell changed. */
    public RelevanceMatrix with(Role role, LifeDomain domain, Visibility visibility) {
        Map<Role, Map<LifeDomain, Visibility>> copy = new EnumMap<>(Role.class);
        cells.forEach((r, row) -> copy.put(r, new EnumMap<>(row)));
        copy.get(role).put(domain, visibility);
        return new RelevanceMatrix(copy);
    }

    public boolean isDefault(Role role, LifeDomain domain) {
        return DEFAULT.get(role, domain) == get(role, domain);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelevanceMatrix m && m.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }
}
