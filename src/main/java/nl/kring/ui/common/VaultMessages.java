package nl.kring.ui.common;

import nl.kring.vault.VaultException;

/** Turns a failure into a sentence for the chair, in the UI language. */
public final class VaultMessages {
    private VaultMessages() {
    }

    public static String describe(Throwable e) {
        if (e instanceof VaultException ve) {
            return I18n.t(ve.isDiskFull() ? "vault.error.DISK_FULL" : "vault.error." + ve.kind().name());
        }
        return I18n.t("error.unexpected");
    }
}
