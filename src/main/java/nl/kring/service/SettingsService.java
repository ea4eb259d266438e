package nl.kring.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.kring.audit.AuditLog;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.PoliceRule;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ExportService;
import nl.kring.report.LetterTexts;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.store.VaultPolicy;

/**
 * Where the vault's rules (retention, evaluation, evident belang, the police rule), the chair's contact details and
 * the ketenovereenkomst are changed: each save one transaction with an audit entry per rule that changed; nothing is
 * written for what stayed the same.
 */
public final class SettingsService {
    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    /** The vault's retention periods and evaluation term as stored (the defaults where none were set). */
    public VaultPolicy policy() {
        return VaultPolicy.load(store.settings());
    }

    /** The evident-belang definition as stored; empty when none was written. */
    public String evidentInterest() {
        return store.settings().get(EvidentInterest.SETTING).orElse("");
    }

    /** The police rule as stored. */
    public PoliceRule policeRule() {
        return ExportService.policeRule(store);
    }

    /** The chair's contact details as stored. */
    public ChairDetails chair() {
        return ContactSettings.load(store.settings());
    }

    /** The ketenovereenkomst as stored. */
    public ChainAgreement chainAgreement() {
        return ChainAgreementSettings.load(store.settings());
    }

    /** The settings texts that reach every client (the letters' wording), for the unknown-name check (issue 15). */
    public List<LetterTexts.Source> letterSources() {
        return LetterTexts.sources(store);
    }

    /** The recogniser of every name in the vault, for the unknown-name check of the letters' texts. */
    public Recognizer letterRecognizer() {
        return LetterTexts.recognizer(store);
    }

    /** The words of the letters' texts the chair judged no name. */
    public Set<String> lettersNotNames() {
        return LetterTexts.notNames(store);
    }

    /**
     * Saves the vault's rules. {@code evidentInterest}: the definition, or null to keep the stored one. A shorter
     * retention period destroys data sooner, so the privacy officer must see who changed what.
     */
    public void saveRules(PoliceRule police, String evidentInterest, VaultPolicy policy) {
        store.transaction(s -> {
            // Deel II §1, §4.5: which roles read information from the police is the keten's agreement
            PoliceRule policeBefore = PoliceRule.parse(s.settings().get(PoliceRule.SETTING).orElse(null));
            if (!policeBefore.equals(police)) {
                s.settings().put(PoliceRule.SETTING, police.code());
                s.audit().append(AuditLog.Action.RULES_CHANGED, null, "police information roles "
                        + label(policeBefore) + " -> " + label(police));
            }
            String was = s.settings().get(EvidentInterest.SETTING).orElse(null);
            if (evidentInterest != null && !evidentInterest.equals(was)) {
                s.settings().put(EvidentInterest.SETTING, evidentInterest);
                s.audit().append(AuditLog.Action.RULES_CHANGED, null, "evident belang definition changed");
            }
            VaultPolicy before = VaultPolicy.load(s.settings());
            if (!before.equals(policy)) {
                policy.save(s.settings());
                s.audit().append(AuditLog.Action.RULES_CHANGED, null,
                        "retention cases " + before.caseMonths() + " -> " + policy.caseMonths() + " months; meetings "
                                + before.meetingMonths() + " -> " + policy.meetingMonths() + " months; evaluation every "
                                + before.evaluationWeeks() + " -> " + policy.evaluationWeeks() + " weeks");
            }
        });
    }

    private static String label(PoliceRule rule) {
        return rule.roles().isEmpty() ? "chair only" : "chair," + rule.code();
    }

    /** The chair's contact details, as printed on the letters; returns them as stored. */
    public ChairDetails saveChair(ChairDetails details) {
        store.transaction(s -> {
            if (!ContactSettings.load(s.settings()).equals(details)) {
                ContactSettings.save(s.settings(), details);
                s.audit().append(AuditLog.Action.RULES_CHANGED, null, "chair contact details changed");
            }
        });
        return ContactSettings.load(store.settings());
    }

    /** The ketenovereenkomst's text and signatories. */
    public void saveChainAgreement(ChainAgreement agreement) {
        saveChainAgreement(agreement, List.of());
    }

    /**
     * Saves the agreement and the possible names the chair judged to be no names of persons in the client documents
     * (issue 15, {@link LetterTexts#NOT_NAMES}); one transaction, one content-free entry.
     */
    public void saveChainAgreement(ChainAgreement agreement, List<String> judgedNotNames) {
        store.transaction(s -> {
            boolean changed = !ChainAgreementSettings.load(s.settings()).equals(agreement);
            if (changed) {
                ChainAgreementSettings.save(s.settings(), agreement);
            }
            Set<String> stored = new LinkedHashSet<>();
            s.settings().get(LetterTexts.NOT_NAMES).ifPresent(t -> t.lines().forEach(stored::add));
            int before = stored.size();
            stored.addAll(judgedNotNames);
            int added = stored.size() - before;
            if (added > 0) {
                s.settings().put(LetterTexts.NOT_NAMES, String.join("\n", stored));
            }
            if (changed || added > 0) {
                s.audit().append(AuditLog.Action.RULES_CHANGED, null, (changed ? "ketenovereenkomst changed" : "")
                        + (changed && added > 0 ? "; " : "") + (added > 0 ? added + " possible name"
                        + (added == 1 ? "" : "s") + " in the client documents judged no name" : ""));
            }
        });
    }
}
