package nl.kring.pseudonym;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recognised mention of a client, a relative or one of the client's identifiers, with char offsets
 * into the recognised text (end exclusive), so an editor can mark it.
 *
 * @param targets     whom it refers to; more than one when the mention is ambiguous (two clients called
 *                    Jan): it is still replaced, and marked for the chair
 * @param approximate true when the match allowed a typo (one edit)
 */
public record Mention(int start, int end, Kind kind, List<Target> targets, boolean approximate) {

    public Mention {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a mention needs a target");
        }
    }

    public boolean ambiguous() {
        return caseNumbers().size() > 1 || targets.size() > 1;
    }

    /** Distinct case numbers, in order. */
    public List<String> caseNumbers() {
        Set<String> cases = new LinkedHashSet<>();
        for (Target t : targets) {
            cases.add(t.caseNumber());
        }
        return List.copyOf(cases);
    }

    /**
     * The text that replaces the mention: {@code [cliënt 2026-017]}, {@code [zoon van cliënt 2026-017]},
     * {@code [adres cliënt 2026-017]}, {@code [BSN]}, {@code [geboortedatum]}, {@code [telefoon]}. An
     * ambiguous name reads {@code [cliënt 2026-017/2026-021]}, or, when it mixes clients and relatives,
     * {@code [cliënt 2026-026 of echtgenoot van cliënt 2026-019]}.
     */
    public String marker() {
        return switch (kind) {
            case BSN -> "[BSN]";
            case BIRTH_DATE -> "[geboortedatum]";
            case PHONE -> "[telefoon]";
            case ADDRESS -> "[adres cliënt " + String.join("/", caseNumbers()) + "]";
            case MELDER -> "[melder]";
            case EMAIL -> "[e-mail]";
            case FILE_NUMBER -> FileNumbers.MARKER;
            case CLIENT_NAME, RELATIVE_NAME -> nameMarker();
        };
    }

    private String nameMarker() {
        boolean allClients = targets.stream().allMatch(Target::isClient);
        if (allClients) {
            return "[cliënt " + String.join("/", caseNumbers()) + "]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                sb.append(" of ");
            }
            sb.append(targets.get(i).label());
        }
        return sb.append(']').toString();
    }
}
