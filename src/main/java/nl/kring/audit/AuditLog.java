package nl.kring.audit;

import org.jooq.DSLContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static nl.kring.store.jooq.Tables.AUDIT_ENTRY;
import static nl.kring.store.jooq.Tables.SETTING;

/**
 * Append-only, hash-chained log: each entry's hash is an HMAC (keyed from the vault's data key) over the previous
 * hash and the entry's content, so a changed, inserted or removed entry breaks the chain from there on.
 * Entries name case numbers and partner ids, never a client.
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);
    private static final String HEAD = "audit.head";

    public enum Action {
        VAULT_CREATED, IMPORT, CASE_CREATED, CASE_CHANGED, CASE_DELETED, CASE_VIEWED_IN_PRESENTATION, PARTNER_CHANGED,
        MEETING_CHANGED, EXPORT, INZAGE, DISCLOSURE, MATRIX_CHANGED, MATRIX_RESET, PURGE, PASSPHRASE_CHANGED,
        BACKUP, RESTORE, OVERRIDE, REQUEST
    }

    public record Entry(long seq, LocalDateTime at, String action, String subject, String detail, String prevHash,
                        String hash) {
    }

    private final DSLContext dsl;
    private final byte[] key;

    public AuditLog(DSLContext dsl, byte[] key) {
        this.dsl = dsl;
        this.key = key.clone();
    }

    public synchronized Entry append(Action action, String subject, String detail) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var last = tx.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOne();
            long seq = last == null ? 1 : last.getSeq() + 1;
            String prev = last == null ? GENESIS : last.getHash();
            LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
            String hash = hash(seq, at, action.name(), subject, detail, prev);
            tx.insertInto(AUDIT_ENTRY).values(seq, at, action.name(), subject, detail, prev, hash).execute();
            tx.insertInto(SETTING).values(HEAD, seq + ":" + hash)
                    .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, seq + ":" + hash).execute();
            return new Entry(seq, at, action.name(), subject, detail, prev, hash);
        });
    }

    public List<Entry> entries() {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetch().map(r ->
                new Entry(r.getSeq(), r.getLoggedAt(), r.getAction(), r.getSubject(), r.getDetail(), r.getPrevHash(),
                        r.getHash()));
    }

    /** Problems with the chain, in plain words; empty when every entry is as written. */
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        String prev = GENESIS;
        long expectedSeq = 1;
        for (Entry e : entries()) {
            if (e.seq() != expectedSeq) {
                problems.add("audit entry " + expectedSeq + " is missing (next is " + e.seq() + ")");
                return problems;
            }
            if (!e.prevHash().equals(prev)) {
                problems.add("audit entry " + e.seq() + " does not follow entry " + (e.seq() - 1));
                return problems;
            }
            if (!hash(e.seq(), e.at(), e.action(), e.subject(), e.detail(), e.prevHash()).equals(e.hash())) {
                problems.add("audit entry " + e.seq() + " was changed after it was written");
                return problems;
            }
            prev = e.hash();
            expectedSeq++;
        }
        // The head is written with every entry: removing entries from the end shows here.
        String head = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(HEAD)).fetchOne(SETTING.SETTING_VALUE);
        String actual = (expectedSeq - 1) + ":" + prev;
        if (head == null ? expectedSeq > 1 : !head.equals(actual)) {
            problems.add("the audit trail ends at entry " + (expectedSeq - 1) + " but entry "
                    + (head == null ? "?" : head.substring(0, head.indexOf(':'))) + " was written");
        }
        return problems;
    }

    private String hash(long seq, LocalDateTime at, String action, String subject, String detail, String prev) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : new String[] {prev, Long.toString(seq), at.toString(), action, subject, detail}) {
                byte[] b = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (part == null ? 0 : 1), (byte) (b.length >>> 24), (byte) (b.length >>> 16),
                        (byte) (b.length >>> 8), (byte) b.length});
                mac.update(b);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
