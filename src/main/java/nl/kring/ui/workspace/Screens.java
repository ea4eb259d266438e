package nl.kring.ui.workspace;

import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Navigator;
import nl.kring.ui.audit.AuditView;
import nl.kring.ui.cases.CasesView;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.disclosures.DisclosuresView;
import nl.kring.ui.matrix.MatrixView;
import nl.kring.ui.meetings.MeetingsView;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.overview.OverviewView;
import nl.kring.ui.partners.PartnersView;
import nl.kring.ui.settings.SettingsView;

import java.util.ArrayList;
import java.util.List;

/** The sections of the workspace, in navigation order. */
public final class Screens {
    private Screens() {
    }

    /**
     * The sections, the three that others open something on (for the workspace's {@link Navigator}), and the overview
     * (refreshed after a purge elsewhere).
     */
    public record Built(List<Screen> screens, CasesView cases, MeetingsView meetings, MinutesView minutes,
                        OverviewView overview) {
    }

    public static Built create(AppContext context, Services services, Navigator navigator) {
        List<Screen> screens = new ArrayList<>();
        CasesView cases = new CasesView(context, services);
        MeetingsView meetings = new MeetingsView(context, services, navigator);
        MinutesView minutes = new MinutesView(context, services);
        // First, so it is what the chair sees after unlock: case numbers and dates only.
        OverviewView overview = new OverviewView(context, services, navigator);
        screens.add(new Screen("overview", "nav.overview", null, overview));
        screens.add(new Screen("cases", "nav.cases", KeyboardShortcut.SHOW_CASES, cases));
        screens.add(new Screen("partners", "nav.partners", KeyboardShortcut.SHOW_PARTNERS, new PartnersView(context, services.partners())));
        screens.add(new Screen("meetings", "nav.meetings", KeyboardShortcut.SHOW_MEETINGS, meetings));
        screens.add(new Screen("minutes", "nav.minutes", KeyboardShortcut.SHOW_MINUTES, minutes));
        screens.add(new Screen("disclosures", "nav.disclosures", null, new DisclosuresView(context.executor(), services, navigator::openCase)));
        screens.add(new Screen("matrix", "nav.matrix", null, new MatrixView(context.executor(), services.matrix())));
        screens.add(new Screen("audit", "nav.audit", null, new AuditView(context.executor(), services)));
        screens.add(new Screen("settings", "nav.settings", null, new SettingsView(context, services)));
        return new Built(screens, cases, meetings, minutes, overview);
    }
}
