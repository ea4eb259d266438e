package nl.kring.ui.minutes;

/** Opens the possible-names dialog ("Verwant…") for a test outside this package (LayoutAuditTest). */
public final class PossibleNamesAccess {
    private PossibleNamesAccess() {
    }

    /** The "Verwant…" dialog for {@code row}, over the minutes screen {@code view}. */
    public static void askRelative(MinutesView view, SuspectRow row) {
        PossibleNames.askRelative(view.viewModel(), view, row);
    }
}
