package nl.kring.report;

/**
 * How one file is finished. PDF/A forbids encryption, so each file is either an archive copy or password protected:
 * <ul>
 *   <li>{@link Archive}: PDF/A-2b (XMP identification, sRGB output intent, embedded fonts), not encrypted;</li>
 *   <li>{@link Protected}: AES-256 encrypted (V 5, R 6), opens only with the password.</li>
 * </ul>
 */
public sealed interface PdfOutput {
    record Archive() implements PdfOutput {
    }

    record Protected(String password) implements PdfOutput {
        public Protected {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a protected file needs a password");
            }
        }

        @Override
        public String toString() {
            return "Protected[password=…]";
        }
    }

    static PdfOutput archive() {
        return new Archive();
    }

    static PdfOutput password(String password) {
        return new Protected(password);
    }

    /** Protected when a password is given, else an archive copy. */
    static PdfOutput passwordOrArchive(String password) {
        return password == null || password.isEmpty() ? archive() : password(password);
    }
}
