package nl.kring.cli;

import nl.kring.vault.Secrets;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The passphrase comes from KRING_PASSPHRASE or a file, never from an argument (arguments show in `ps`). */
public final class PassphraseOptions {
    public static final String ENV = "KRING_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of this file (default: environment variable KRING_PASSPHRASE).")
    Path passphraseFile;

    /** The caller wipes the result. */
    public char[] read() {
        if (passphraseFile != null) {
            byte[] bytes = null;
            try {
                if (Files.size(passphraseFile) > 4096) {
                    throw new CliException("the passphrase file is larger than 4 KB; it should hold one line");
                }
                bytes = Files.readAllBytes(passphraseFile);
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                int end = 0;
                while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                    end++;
                }
                char[] result = Arrays.copyOf(chars.array(), end);
                Arrays.fill(chars.array(), '\0');
                if (result.length == 0) {
                    throw new CliException("the passphrase file is empty");
                }
                return result;
            } catch (CharacterCodingException e) {
                throw new CliException("the passphrase file is not UTF-8 text");
            } catch (IOException e) {
                throw new CliException("cannot read the passphrase file " + passphraseFile + ": " + e.getMessage());
            } finally {
                Secrets.wipe(bytes);
            }
        }
        String env = System.getenv(ENV);
        if (env == null || env.isEmpty()) {
            throw new CliException("no passphrase: set " + ENV + " or use --passphrase-file FILE", 2);
        }
        return env.toCharArray();
    }

    public boolean given() {
        return passphraseFile != null || (System.getenv(ENV) != null && !System.getenv(ENV).isEmpty());
    }
}
