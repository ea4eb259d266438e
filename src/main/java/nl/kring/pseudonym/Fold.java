package nl.kring.pseudonym;

import java.text.Normalizer;

/**
 * Folds text for lookups: diacritics removed, lower case, a few letters spelled out (ı→i, ß→ss, ø→o,
 * æ→ae, ł→l, ĳ→ij). "Özdemir", "OZDEMIR" and "ozdemir" fold alike. Must match tools/wordlist.
 */
final class Fold {

    private static final int TABLE_SIZE = 0x2000;
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private Fold() {
    }

    private static String compute(char c) {
        switch (c) {
            case 'ı', 'İ': return "i";
            case 'ß': return "ss";
            case 'ø', 'Ø': return "o";
            case 'æ', 'Æ': return "ae";
            case 'œ', 'Œ': return "oe";
            case 'ł', 'Ł': return "l";
            case 'đ', 'Đ': return "d";
            case 'ĳ', 'Ĳ': return "ij";
            case 'þ', 'Þ': return "th";
            default: break;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                sb.append(Character.toLowerCase(x));
            }
        }
        return sb.toString();
    }

    static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    /** Folds s[from, to). */
    static String fold(CharSequence s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s instanceof String str ? str.substring(from, to) : s.subSequence(from, to).toString();
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c < TABLE_SIZE) {
                sb.append(TABLE[c]);
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
