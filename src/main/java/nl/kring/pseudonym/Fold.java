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
        String lookAlike = lookAlike(c);
        if (lookAlike != null) {
            return lookAlike;
        }
        if (invisible(c)) {
            return "";
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

    /**
     * Invisible characters: Unicode format characters (category Cf: zero-width space, joiner and non-joiner,
     * word joiner, bidi controls, byte order mark, soft hyphen). They are skipped inside words before matching and
     * removed from every output ({@link Recognition#pseudonymized()}).
     */
    static boolean invisible(char c) {
        return c >= '\u00ad' && (c == '\u00ad' || Character.getType(c) == Character.FORMAT);
    }

    /** Cyrillic and Greek letters that look like Latin ones fold to the Latin letter: "Jаnsen" with a Cyrillic а. */
    static String lookAlike(char c) {
        if (c < 0x370 || c > 0x52f) {
            return null;
        }
        int i = LOOK_ALIKE_FROM.indexOf(c);
        return i < 0 ? null : String.valueOf(LOOK_ALIKE_TO.charAt(i));
    }

    /** A Cyrillic or Greek letter (used to find words that mix scripts). */
    static boolean cyrillicOrGreek(char c) {
        return c >= 0x370 && c <= 0x52f && Character.isLetter(c);
    }

    private static final String LOOK_ALIKE_FROM =
            // Cyrillic lower case, then upper case
            "аеорсухіјѕԁһӏԛԝвкмнт"
            + "АВЕКМНОРСТУХІЈЅԀҺӀԚԜ"
            // Greek lower case, then upper case
            + "αεοριυκτχνζ"
            + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String LOOK_ALIKE_TO =
            "aeopcyxijsdhlqwbkmht"
            + "abekmhopctyxijsdhlqw"
            + "aeopiuktxvz"
            + "abezhikmnoptyx";

    /**
     * The key under which names are compared: the fold with "ij" written "y", so that Meijer/Meyer and
     * Dijkstra/Dykstra match. Only for names; the word list is looked up with the plain fold.
     */
    static String nameKey(String folded) {
        String k = folded;
        if (k.indexOf("dj") >= 0) {
            k = k.replace("dj", "j"); // Surinamese/Indonesian spellings: Sastrowidjojo, Sastrowijojo
        }
        if (k.indexOf("oe") >= 0) {
            k = k.replace("oe", "u"); // Soekhai, Sukhai
        }
        if (k.length() > 3 && k.endsWith("gh")) {
            k = k.substring(0, k.length() - 1); // de Jongh, de Jong
        }
        return k.indexOf("ij") < 0 ? k : k.replace("ij", "y");
    }

    /**
     * A name key with the spelling conventions of Surinamese, Indonesian and English transcriptions written alike
     * (issue 12, fourth round): {@code ie}/{@code i} (Mahabier, Mahabir), {@code sj}/{@code sh}, {@code j}/{@code y}.
     * {@link #nameKey} already writes {@code oe} as {@code u} and {@code dj} as {@code j}.
     */
    static String spellingKey(String nameKey) {
        String k = transcriptions(nameKey); // fifth round: Tjong, Chong; Ramlotjan, Ramlochan
        if (k.indexOf("sj") >= 0) {
            k = k.replace("sj", "sh");
        }
        if (k.indexOf("ie") >= 0) {
            k = k.replace("ie", "i");
        }
        return k.replace('j', 'y');
    }

    /**
     * A name key with every transliteration convention of Dutch, Surinamese, Indonesian and Arabic names in Dutch
     * spelling written alike (issue 12, fifth round): {@code tj}/{@code ch}/{@code c} (Tjandra, Chandra, Candra),
     * {@code kh}/{@code ch} (Khalil, Chalil), {@code sj}/{@code sh}, {@code ie}/{@code i}, {@code ou}/{@code au},
     * {@code j}/{@code y}, and double letters as single ones (Persaud, Persad; Shamsuddin, Shamsudin); on top of
     * {@link #nameKey}'s {@code oe}/{@code u}, {@code dj}/{@code j} and {@code ij}/{@code y}. Two names with one sound
     * key differ only by such conventions: "Wahjoe" and "Wahyu", "Ramlotjan" and "Ramlochan".
     */
    static String soundKey(String nameKey) {
        String k = spellingKey(nameKey);
        StringBuilder sb = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (i == 0 || c != k.charAt(i - 1)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code tj}/{@code kh}/{@code ch} written {@code c}, {@code ou} written {@code au}: one sound, several transcriptions. */
    private static String transcriptions(String key) {
        String k = key;
        if (k.indexOf("tj") >= 0) {
            k = k.replace("tj", "c");
        }
        if (k.indexOf("kh") >= 0) {
            k = k.replace("kh", "c");
        }
        if (k.indexOf("ch") >= 0) {
            k = k.replace("ch", "c");
        }
        if (k.indexOf("ou") >= 0) {
            k = k.replace("ou", "au");
        }
        return k;
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
            } else if (!invisible(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
