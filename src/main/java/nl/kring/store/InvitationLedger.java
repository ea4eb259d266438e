package nl.kring.store;

import nl.kring.domain.IssuedInvitations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last invitation pack of each meeting (issue 14), kept (encrypted) in the vault's settings: one line with the
 * sequence, then one line per calendar entry ({@code partner-id TAB uid TAB start TAB end}).
 */
public final class InvitationLedger {
    private static final String PREFIX = "invitation.";

    private InvitationLedger() {
    }

    public static Optional<IssuedInvitations> load(SettingRepository s, LocalDate meeting) {
        return s.get(PREFIX + meeting).filter(v -> !v.isBlank()).map(InvitationLedger::parse);
    }

    public static void save(SettingRepository s, LocalDate meeting, IssuedInvitations issued) {
        StringBuilder b = new StringBuilder().append(issued.sequence());
        for (IssuedInvitations.Event e : issued.events()) {
            b.append('\n').append(e.partnerId()).append('\t').append(e.uid()).append('\t').append(e.start())
                    .append('\t').append(e.end());
        }
        s.put(PREFIX + meeting, b.toString());
    }

    static IssuedInvitations parse(String stored) {
        String[] lines = stored.split("\n");
        List<IssuedInvitations.Event> events = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length != 4) {
                throw new IllegalStateException("invitation ledger line " + i + " has " + f.length + " fields, not 4");
            }
            events.add(new IssuedInvitations.Event(f[0], f[1], Instant.parse(f[2]), Instant.parse(f[3])));
        }
        return new IssuedInvitations(Integer.parseInt(lines[0].strip()), events);
    }
}
