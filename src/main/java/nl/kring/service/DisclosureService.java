package nl.kring.service;

import nl.kring.domain.Disclosure;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a disclosure note is recorded, corrected or withdrawn: the note, its audit entry and the remembered "besloten
 * door" in one transaction. A note withdrawn meanwhile is refused by the repository ({@code WithdrawalRefused}).
 */
public final class DisclosureService {
    /** Who decided the last disclosure: the form proposes it for the next one (in the vault: a colleague's name is no
     * business of the settings file). */
    public static final String LAST_DECIDED_BY = "disclosure.lastDecidedBy";

    private final Store store;

    public DisclosureService(Store store) {
        this.store = store;
    }

    /** Every disclosure note, in the order they were recorded. */
    public List<DisclosureRepository.Entry> all() {
        return store.disclosures().all();
    }

    /** The disclosure notes of one case. */
    public List<DisclosureRepository.Entry> forCase(String caseNumber) {
        return store.disclosures().forCase(caseNumber);
    }

    /** The disclosure notes the register's filter selects. */
    public List<DisclosureRepository.Entry> find(DisclosureRepository.Filter filter) {
        return store.disclosures().find(filter);
    }

    /** The note with that id, if any. */
    public Optional<DisclosureRepository.Entry> byId(long id) {
        return store.disclosures().byId(id);
    }

    /** Who decided the last disclosure recorded (the form's default), if anyone. */
    public Optional<String> lastDecidedBy() {
        return store.settings().get(LAST_DECIDED_BY);
    }

    /** Records a disclosure, in a meeting (its date) or outside one (null). */
    public DisclosureRepository.Entry record(String caseNumber, LocalDate meetingDate, Disclosure d) {
        DisclosureRepository.Entry[] recorded = new DisclosureRepository.Entry[1];
        store.transaction(s -> {
            recorded[0] = s.disclosures().record(caseNumber, meetingDate, d);
            s.settings().put(LAST_DECIDED_BY, d.decidedBy());
        });
        return recorded[0];
    }

    /** Records the corrected note and withdraws note {@code noteId} as replaced by it; returns the corrected note. */
    public DisclosureRepository.Entry correct(long noteId, LocalDate on, String reason, Disclosure d) {
        DisclosureRepository.Correction[] corrected = new DisclosureRepository.Correction[1];
        store.transaction(s -> {
            corrected[0] = s.disclosures().correct(noteId, on, reason, d);
            s.settings().put(LAST_DECIDED_BY, d.decidedBy());
        });
        return corrected[0].replacement();
    }

    /** Withdraws note {@code noteId} (without a replacement) with the reason; returns the withdrawn note. */
    public DisclosureRepository.Entry withdraw(long noteId, LocalDate on, String reason) {
        DisclosureRepository.Entry[] withdrawn = new DisclosureRepository.Entry[1];
        store.transaction(s -> withdrawn[0] = s.disclosures().withdraw(noteId, on, reason, null));
        return withdrawn[0];
    }
}
