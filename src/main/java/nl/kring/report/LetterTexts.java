package nl.kring.report;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Partner;
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Suspect;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The unknown-name check for the vault's settings texts that reach every client (issue 15, DESIGN.md "Need-to-know in
 * every output": every free text that goes out passes the recogniser and the possible-name check). The information for
 * clients and the ketenovereenkomst's summary print the agreement's texts, the keten's evident-belang wording and the
 * complaints contact; a client, relative, melder or client identifier named there, or a word that looks like an
 * unknown person's name and that the chair has not judged "geen naam", stops the documents until the text is changed.
 * The chair, the coordinator and the partners' people and organisations are professionals, never flagged.
 */
public final class LetterTexts {
    /** The words the chair judged not to be a person's name in these texts (keys, one per line). */
    public static final String NOT_NAMES = "legal.lettersNotNames";

    /**
     * One settings text that goes into the client documents; {@code field} is the Dutch name of the setting;
     * {@code contact}: a contact field, where an e-mail address or phone number is what it is for.
     */
    public record Source(String field, String text, boolean contact) {
        public Source(String field, String text) {
            this(field, text, false);
        }
    }

    /** A flagged passage: {@code known} when it names someone of a case (always refused), else a possible name. */
    public record Finding(String field, String text, boolean known) {
    }

    private LetterTexts() {
    }

    /** The settings texts of the client documents as stored, with their Dutch field names. */
    public static List<Source> sources(Store store) {
        ChainAgreement a = ChainAgreementSettings.load(store.settings());
        List<Source> out = new ArrayList<>(sources(a));
        out.add(new Source("Evident belang (omschrijving van de keten)",
                store.settings().get(EvidentInterest.SETTING).orElse(null)));
        out.add(new Source("Klachten", ExportService.chair(store).complaints(), true));
        return out.stream().filter(s -> s.text() != null && !s.text().isBlank()).toList();
    }

    /** The agreement's texts that go out (the coordinator's name is a professional's and is not checked). */
    public static List<Source> sources(ChainAgreement a) {
        List<Source> out = new ArrayList<>();
        out.add(new Source("Doel", a.purpose()));
        out.add(new Source("Opslag en beveiliging", a.storage()));
        out.add(new Source("Rechten van de cliënt", a.rights()));
        out.add(new Source("Meldplicht datalekken", a.reporting()));
        out.add(new Source("Functie van de coördinator", a.coordinatorFunction()));
        out.add(new Source("Contact van de coördinator", a.coordinatorContact(), true));
        return out.stream().filter(s -> s.text() != null && !s.text().isBlank()).toList();
    }

    /** Every client of the vault and its melders; the partners, their people, the chair and the coordinator as professionals. */
    public static Recognizer recognizer(Store store) {
        return recognizer(store, store.cases().identities(List.of()));
    }

    /** As {@link #recognizer(Store)}, knowing these cases' clients and melders. */
    private static Recognizer recognizer(Store store, List<CaseFile> cases) {
        List<Partner> partners = store.partners().all();
        List<String> professionals = new ArrayList<>();
        partners.forEach(p -> p.attendees().stream().map(Attendee::name).forEach(professionals::add));
        professionals.add(ExportService.chair(store).name());
        professionals.add(ChainAgreementSettings.load(store.settings()).coordinatorName());
        return Recognizer.builder().clients(KnownClient.of(cases))
                .partnerNames(partners.stream().map(Partner::name).toList())
                .meldersOf(cases)
                .professionals(professionals.stream().filter(n -> n != null && !n.isBlank()).toList())
                .build();
    }

    /**
     * The words the chair judged not to be a name, and the words of the organisations every reader of the documents
     * may know: the partners' names and the chair's organisation ("GGD Rivierstad" makes "Rivierstad" no name).
     */
    public static Set<String> notNames(Store store) {
        Set<String> out = new LinkedHashSet<>();
        List<String> organisations = new ArrayList<>(store.partners().all().stream().map(Partner::name).toList());
        organisations.add(ExportService.chair(store).organisation());
        for (String o : organisations) {
            if (o != null) {
                for (String w : o.split("[^\\p{L}\\p{N}-]+")) {
                    if (!w.isBlank()) {
                        out.add(key(w));
                    }
                }
            }
        }
        store.settings().get(NOT_NAMES).ifPresent(s -> s.lines().map(LetterTexts::key).filter(k -> !k.isEmpty())
                .forEach(out::add));
        return out;
    }

    /** How a possible name is compared with the judged ones: trimmed, single spaces, lower case. */
    public static String key(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What the check flags in these texts: every mention of someone of a case, and every possible name not judged. */
    public static List<Finding> check(Recognizer recognizer, Collection<Source> sources, Set<String> notNames) {
        List<Finding> out = new ArrayList<>();
        for (Source s : sources) {
            if (s.text() == null || s.text().isBlank()) {
                continue;
            }
            Recognition r = recognizer.recognize(s.text());
            for (Mention m : r.mentions()) {
                out.add(new Finding(s.field(), r.text().substring(m.start(), m.end()), true));
            }
            for (Suspect sus : r.suspects()) {
                boolean identifier = sus.text().contains("@") || sus.text().matches("[+\\d][\\d\\s()-]{5,}");
                if (!notNames.contains(key(sus.text())) && !(s.contact() && identifier)) {
                    out.add(new Finding(s.field(), sus.text(), false));
                }
            }
        }
        return out;
    }

    /** The stored texts checked. */
    public static List<Finding> check(Store store) {
        List<Source> sources = sources(store);
        // only the clients these texts may name (issue 17)
        int[] keys = IdentityKeys.in(OutputTexts.of(sources));
        return check(recognizer(store, store.cases().identities(List.of(), keys)), sources, notNames(store));
    }

    /**
     * Refuses the client documents while the check flags anything, naming the setting and the text.
     *
     * @throws IllegalArgumentException with a one-line English message (the command line's), naming the field
     */
    public static void requireClean(Store store) {
        List<Finding> found = check(store);
        if (!found.isEmpty()) {
            Finding f = found.getFirst();
            throw new IllegalArgumentException("the setting '" + f.field() + "' "
                    + (f.known() ? "names someone of a case" : "holds a possible name not yet judged") + " ('"
                    + f.text() + "')" + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : "")
                    + "; change it in Instellingen, Ketenovereenkomst");
        }
    }
}
