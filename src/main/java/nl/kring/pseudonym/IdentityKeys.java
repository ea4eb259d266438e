package nl.kring.pseudonym;

import java.util.Collection;

import nl.kring.domain.CaseFile;

/**
 * The keys under which a case's identities may be found in a text (issue 17), so that an export reads and indexes only
 * the clients that share a key with the texts it writes, instead of every client of the vault.
 *
 * <p>Contract: for every vault and every collection of texts, a recogniser and an identity guard built over the cases
 * {@link #mayName may be named} in those texts (together with the export's own cases) give the same results on those
 * texts as when built over every case of the vault. {@link #of} reads only what {@code CaseRepository.identities}
 * fills in a case. Keys are hashes: a collision only adds a case, it never leaves one out.
 *
 * <p>This version has one key for every case and every text: every case may be named in every text, so every client is
 * read, as before the index. A version with keys per name word, identifier and address replaces it.
 */
public final class IdentityKeys {

    /** Stored beside the keys: a vault whose keys were made by another version computes them again at its open. */
    public static final int VERSION = 0;

    private static final int[] EVERYONE = {0};

    private IdentityKeys() {
    }

    /** The keys of a case's identities: sorted, distinct. */
    public static int[] of(CaseFile identities) {
        return EVERYONE.clone();
    }

    /** The keys under which any case named in these texts is found: sorted, distinct. */
    public static int[] in(Collection<String> texts) {
        return EVERYONE.clone();
    }

    /** Whether a case with these keys may be named in texts with these keys: both sorted, they share one. */
    public static boolean mayName(int[] caseKeys, int[] textKeys) {
        int i = 0;
        int j = 0;
        while (i < caseKeys.length && j < textKeys.length) {
            int c = Integer.compare(caseKeys[i], textKeys[j]);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
