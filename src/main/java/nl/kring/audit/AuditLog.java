package nl.kring.audit;

import org.jooq.DSLContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static nl.kring.schema.Tables.AUDIT_ENTRY;
import static nl.kring.schema.Tables.SETTING;

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
        BACKUP, RESTORE, OVERRIDE, REQUEST, RULES_CHANGED, INTEGRITY_FAULT
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

    /**
     * The same trail written through {@code tx}: inside a transaction, an entry must be written on the
     * transaction's context, or jOOQ commits the work done so far when the entry's own transaction ends.
     */
    public AuditLog on(DSLContext tx) {
        return new AuditLog(tx, key);
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

    /** Where the chain breaks first: an entry missing, out of line, changed, or entries cut off at the end. */
    public record Break(Kind kind, long seq, long other) {
        public enum Kind { MISSING, OUT_OF_LINE, CHANGED, CUT_OFF }

        /** In plain English words, for the command line. */
        public String describe() {
            return switch (kind) {
                case MISSING -> "audit entry " + seq + " is missing (next is " + other + ")";
                case OUT_OF_LINE -> "audit entry " + seq + " does not follow entry " + (seq - 1);
                case CHANGED -> "audit entry " + seq + " was changed after it was written";
                case CUT_OFF -> "the audit trail ends at entry " + seq + " but entry " + (other < 0 ? "?" : Long.toString(other))
                        + " was written";
            };
        }
    }

    /** Problems with the chain, in plain words; empty when every entry is as written. */
    public List<String> verify() {
        return check().map(b -> List.of(b.describe())).orElse(List.of());
    }

    /** The first break in the chain, or empty when every entry is as written and none was removed. */
    public Optional<Break> check() {
        String prev = GENESIS;
        long expectedSeq = 1;
        for (Entry e : entries()) {
            if (e.seq() != expectedSeq) {
                return Optional.of(new Break(Break.Kind.MISSING, expectedSeq, e.seq()));
            }
            if (!e.prevHash().equals(prev)) {
                return Optional.of(new Break(Break.Kind.OUT_OF_LINE, e.seq(), 0));
            }
            if (!hash(e.seq(), e.at(), e.action(), e.subject(), e.detail(), e.prevHash()).equals(e.hash())) {
                return Optional.of(new Break(Break.Kind.CHANGED, e.seq(), 0));
            }
            prev = e.hash();
            expectedSeq++;
        }
        // The head is written with every entry: removing entries from the end shows here.
        String head = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(HEAD)).fetchOne(SETTING.SETTING_VALUE);
        String actual = (expectedSeq - 1) + ":" + prev;
        if (head == null ? expectedSeq > 1 : !head.equals(actual)) {
            long written = -1;
            if (head != null && head.indexOf(':') > 0) {
                try {
                    written = Long.parseLong(head.substring(0, head.indexOf(':')));
                } catch (NumberFormatException ignored) {
                    // a damaged head reads as unknown
                }
            }
            return Optional.of(new Break(Break.Kind.CUT_OFF, expectedSeq - 1, written));
        }
        return Optional.empty();
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
