package nl.kring.domain;

import java.util.regex.Pattern;

/** Rules for the professional contact details of partners, attendees and the chair. */
public final class Contacts {
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    /** One address, local part and a dotted domain; what a mail client accepts in To:. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,38}");

    private Contacts() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when the address is absent or looks like one work address (name@organisation.nl). */
    public static boolean validEmail(String email) {
        String e = blankToNull(email);
        return e == null || e.length() <= MAX_EMAIL && EMAIL.matcher(e).matches();
    }

    /** True when the number is absent or is digits with spaces, dashes or brackets, optionally after a +. */
    public static boolean validPhone(String phone) {
        String p = blankToNull(phone);
        return p == null || PHONE.matcher(p).matches();
    }
}
