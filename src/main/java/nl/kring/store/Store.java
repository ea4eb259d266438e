package nl.kring.store;

import nl.kring.audit.AuditLog;
import nl.kring.vault.Secrets;
import nl.kring.vault.VaultSession;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The repositories of one unlocked vault. */
public final class Store implements AutoCloseable {
    private final VaultSession session;
    private final PartnerRepository partners;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final DisclosureRepository disclosures;
    private final MatrixRepository matrix;
    private final SettingRepository settings;
    private final SuspectDecisionRepository suspects;
    private final RightsRequestRepository requests;
    private final AuditLog audit;

    public Store(VaultSession session) {
        this.session = session;
        DSLContext dsl = session.dsl();
        this.partners = new PartnerRepository(dsl);
        this.cases = new CaseRepository(dsl);
        this.meetings = new MeetingRepository(dsl);
        this.disclosures = new DisclosureRepository(dsl, this::audit);
        this.matrix = new MatrixRepository(dsl);
        this.settings = new SettingRepository(dsl);
        this.suspects = new SuspectDecisionRepository(dsl);
        this.requests = new RightsRequestRepository(dsl);
        byte[] auditKey = session.subkey("audit-trail");
        this.audit = new AuditLog(dsl, auditKey);
        Secrets.wipe(auditKey);
    }

    public VaultSession session() {
        return session;
    }

    public PartnerRepository partners() {
        return partners;
    }

    public CaseRepository cases() {
        return cases;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public DisclosureRepository disclosures() {
        return disclosures;
    }

    public MatrixRepository matrix() {
        return matrix;
    }

    public SettingRepository settings() {
        return settings;
    }

    /** The chair's decisions on possible names in meeting minutes. */
    public SuspectDecisionRepository suspects() {
        return suspects;
    }

    /** Requests of the data subject (inzage, correctie, afschrift, vernietiging) per case. */
    public RightsRequestRepository requests() {
        return requests;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Runs several repository calls as one transaction: all or nothing. */
    public void transaction(Consumer<Store> work) {
        session.dsl().transaction(cfg -> {
            // Repositories bound to the transaction's connection; H2 with one connection shares it anyway.
            work.accept(this);
        });
    }

    /** Locks the vault: manifest written, H2 closed, key wiped. */
    @Override
    public void close() throws nl.kring.vault.VaultException {
        session.close();
    }

    /** Database readability plus the audit chain; empty when both hold. */
    public List<String> verify() {
        List<String> problems = new ArrayList<>(session.verifyDatabase());
        if (problems.isEmpty()) {
            problems.addAll(audit.verify());
        }
        return problems;
    }
}
