package nl.kring.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts: Dutch by default, English available. */
public final class I18n {
    public static final String BUNDLE = "nl.kring.ui.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.of("nl"));
    private static volatile Locale locale = Locale.of("nl");

    private I18n() {
    }

    public static void use(Locale l) {
        locale = l;
        bundle = ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static String t(String key, Object... args) {
        try {
            String s = bundle.getString(key);
            return args.length == 0 ? s : MessageFormat.format(s.replace("'", "''"), args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
