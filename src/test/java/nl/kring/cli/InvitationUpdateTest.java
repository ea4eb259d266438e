package nl.kring.cli;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.store.InvitationLedger;
import nl.kring.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static nl.kring.cli.InviteCommandTest.NEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, the agenda changes after the invitations went out: the next pack raises the calendar SEQUENCE so that a
 * partner's calendar takes its entries as updates, and cancels (METHOD:CANCEL, same UID) every entry it no longer has,
 * also for a partner that is no longer invited at all. Every file is parsed back and searched for every identity.
 */
class InvitationUpdateTest {
    @TempDir
    Path tmp;
    Path vault;
    String pass;

    @BeforeEach
    void demoWithANextMeeting() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        agenda("2026-001", "2026-003", "2026-006", "2026-008");
    }

    private void agenda(String... caseNumbers) throws Exception {
        try (Store store = TestVaults.open(vault)) {
            store.meetings().save(new Meeting(NEXT, "GGD Rivierstad, zaal 2", LocalTime.of(9, 30), List.of(),
                    Arrays.stream(caseNumbers).map(AgendaItem::of).toList()));
        }
    }

    private Path invite(String folder) {
        Path out = tmp.resolve(folder);
        String[] r = CliRun.run("invite", "--vault", vault.toString(), "--meeting", NEXT.toString(), "--out",
                out.toString(), "--mail", "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        return out;
    }

    private static Calendar calendar(Path ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(ics)));
    }

    /** Per partner id, the UIDs of the events in its invitation calendar file of {@code out}. */
    private static Map<String, Set<String>> uids(Path out, String suffix) throws Exception {
        Map<String, Set<String>> byPartner = new LinkedHashMap<>();
        try (var list = Files.list(out)) {
            for (Path f : list.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                String name = f.getFileName().toString();
                if (suffix.equals(".ics") && name.endsWith("-afzegging.ics")) {
                    continue;
                }
                Set<String> uids = new TreeSet<>();
                for (VEvent e : calendar(f).<VEvent>getComponents("VEVENT")) {
                    uids.add(e.getProperty("UID").orElseThrow().getValue());
                }
                byPartner.put(name.substring(0, name.length() - suffix.length()), uids);
            }
        }
        return byPartner;
    }

    @Test
    void aChangedAgendaUpdatesTheEntriesAndCancelsWhatFellAway() throws Exception {
        Path first = invite("eerste");
        Map<String, Set<String>> before = uids(first, ".ics");
        for (String p : before.keySet()) {
            assertThat(Files.readString(first.resolve(p + ".ics"))).contains("SEQUENCE:0");
        }
        try (var list = Files.list(first)) {
            assertThat(list.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("afzegging"));
        }

        // Two cases leave the agenda: some partners lose a visit or the whole meeting.
        agenda("2026-001", "2026-003");
        Path second = invite("tweede");
        Map<String, Set<String>> after = uids(second, ".ics");
        Map<String, Set<String>> cancelled = uids(second, "-afzegging.ics");
        assertThat(cancelled.keySet()).as("a partner keeps some times and loses others; another loses all")
                .anyMatch(after::containsKey).anyMatch(p -> !after.containsKey(p));
        assertThat(before.keySet()).as("a partner no longer invited").containsAll(after.keySet())
                .hasSizeGreaterThan(after.size());

        List<CaseFile> cases;
        List<Partner> partners;
        try (Store store = TestVaults.open(vault)) {
            cases = store.cases().all();
            partners = store.partners().all();
            assertThat(InvitationLedger.load(store.settings(), NEXT).orElseThrow().sequence()).isEqualTo(1);
            assertThat(store.audit().entries()).filteredOn(e -> e.detail() != null && e.detail().startsWith("invitation cancelled "))
                    .hasSize(cancelled.size());
        }
        Map<String, Partner> byId = partners.stream().collect(Collectors.toMap(Partner::id, p -> p));
        List<String> identities = InviteCommandTest.identities(cases, partners.stream()
                .flatMap(p -> p.attendees().stream()).map(a -> a.name()).collect(Collectors.toSet()));
        List<String> leaks = new ArrayList<>();
        for (String p : before.keySet()) {
            Set<String> now = after.getOrDefault(p, Set.of());
            Set<String> gone = cancelled.getOrDefault(p, Set.of());
            // every entry of the first pack is either updated (same UID) or cancelled, never both, never forgotten
            Set<String> union = new TreeSet<>(now);
            union.addAll(gone);
            assertThat(union).as(p).containsAll(before.get(p));
            assertThat(Collections.disjoint(gone, now)).as(p + ": updated and cancelled").isTrue();
            assertThat(gone).as(p).isSubsetOf(before.get(p));
            if (!now.isEmpty()) {
                assertThat(Files.readString(second.resolve(p + ".ics"))).contains("SEQUENCE:1");
            }
            if (!gone.isEmpty()) {
                Path cancel = second.resolve(p + "-afzegging.ics");
                Calendar cal = calendar(cancel);
                assertThat(cal.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
                for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
                    assertThat(e.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
                    assertThat(e.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
                    assertThat(e.getProperty("ORGANIZER").orElseThrow().getValue())
                            .isEqualToIgnoringCase("mailto:m.bos@ggd-rivierstad.example");
                    assertThat(e.getProperty("DTSTART")).isPresent();
                }
                String icsText = Files.readString(cancel);
                assertThat(InviteCommandTest.caseNumbers(icsText)).as("a cancellation names no case").isEmpty();
                leaks.addAll(InviteCommandTest.leaks(cancel.getFileName().toString(), icsText, identities));

                MimeMessage msg = InviteCommandTest.eml(second.resolve(p + "-afzegging.eml"));
                Map<String, byte[]> parts = InviteCommandTest.parts(msg);
                // one calendar method per message: the cancellation travels alone
                assertThat(parts.keySet()).containsExactly("", p + "-afzegging.ics");
                assertThat(parts.get(p + "-afzegging.ics")).as(p).isEqualTo(Files.readAllBytes(cancel));
                assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
                String body = new String(parts.get(""), StandardCharsets.UTF_8);
                assertThat(InviteCommandTest.caseNumbers(body)).isEmpty();
                if (now.isEmpty()) {
                    assertThat(msg.getSubject()).isEqualTo("Vervallen: vangnetoverleg 3 december 2026");
                    assertThat(body).contains(byId.get(p).name()).contains("hoeft niet meer aanwezig te zijn");
                    assertThat(second.resolve(p + "-uitnodiging.pdf")).doesNotExist();
                    assertThat(second.resolve(p + ".eml")).doesNotExist();
                } else {
                    assertThat(msg.getSubject()).isEqualTo("Vervallen: tijden vangnetoverleg 3 december 2026");
                    assertThat(body).contains("gewijzigde uitnodiging");
                    MimeMessage update = InviteCommandTest.eml(second.resolve(p + ".eml"));
                    assertThat(update.getSubject()).isEqualTo("Gewijzigd: uitnodiging vangnetoverleg 3 december 2026");
                    assertThat(InviteCommandTest.parts(update).keySet()).containsExactly("", p + "-uitnodiging.pdf", p + ".ics");
                }
                leaks.addAll(InviteCommandTest.leaks(p + ".eml", body, identities));
            }
        }
        assertThat(leaks).isEmpty();

        // The same agenda once more: nothing falls away, the entries are updated once more.
        Path third = invite("derde");
        assertThat(uids(third, "-afzegging.ics")).isEmpty();
        assertThat(uids(third, ".ics")).isEqualTo(after);
        for (String p : after.keySet()) {
            assertThat(Files.readString(third.resolve(p + ".ics"))).contains("SEQUENCE:2");
        }
    }

    @Test
    void anItemBackOnTheAgendaIsInvitedAgainUnderItsOldEntry() throws Exception {
        Path first = invite("eerste");
        agenda("2026-001");
        invite("tweede");
        agenda("2026-001", "2026-003", "2026-006", "2026-008");
        Path third = invite("derde");
        // the cancelled entries come back with the same UID and a higher sequence, which calendars accept
        assertThat(uids(third, ".ics")).isEqualTo(uids(first, ".ics"));
        assertThat(uids(third, "-afzegging.ics")).isEmpty();
        for (String p : uids(third, ".ics").keySet()) {
            assertThat(Files.readString(third.resolve(p + ".ics"))).contains("SEQUENCE:2");
        }
    }
}
