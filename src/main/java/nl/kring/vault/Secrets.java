package nl.kring.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/** Handling of passphrases and keys as arrays that can be wiped. */
public final class Secrets {
    private Secrets() {
    }

    /**
     * UTF-8 of the NFC form, so "ë" typed as one code point or as e + diaeresis opens the same vault.
     * The returned array must be wiped by the caller.
     */
    public static byte[] passphraseBytes(char[] passphrase) {
        String nfc = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(nfc));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    public static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Hex as a char array, so it can be wiped after H2 has it. */
    public static char[] hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return out;
    }
}
