package nl.kring.ui.workspace;

import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.cases.CasesView;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.meetings.MeetingsView;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.partners.PartnersView;

import java.util.ArrayList;
import java.util.List;

/** The sections of the workspace, in navigation order. */
public final class Screens {
    private Screens() {
    }

    public static List<Screen> create(AppContext context, Services services) {
        List<Screen> screens = new ArrayList<>();
        // First, so it is what the chair sees after unlock: case numbers and dates only.
        screens.add(new Screen("overview", "nav.overview", null, new nl.kring.ui.overview.OverviewView(context, services)));
        screens.add(new Screen("cases", "nav.cases", KeyboardShortcut.SHOW_CASES, new CasesView(context, services)));
        screens.add(new Screen("partners", "nav.partners", KeyboardShortcut.SHOW_PARTNERS, new PartnersView(context, services.partners())));
        screens.add(new Screen("meetings", "nav.meetings", KeyboardShortcut.SHOW_MEETINGS, new MeetingsView(context, services)));
        screens.add(new Screen("minutes", "nav.minutes", KeyboardShortcut.SHOW_MINUTES, new MinutesView(context, services)));
        screens.add(new Screen("disclosures", "nav.disclosures", null, new nl.kring.ui.disclosures.DisclosuresView(context.executor(), services)));
        screens.add(new Screen("matrix", "nav.matrix", null, new nl.kring.ui.matrix.MatrixView(context.executor(), services.matrix())));
        screens.add(new Screen("audit", "nav.audit", null, new nl.kring.ui.audit.AuditView(context.executor(), services)));
        screens.add(new Screen("settings", "nav.settings", null, new nl.kring.ui.settings.SettingsView(context, services)));
        return screens;
    }
}
