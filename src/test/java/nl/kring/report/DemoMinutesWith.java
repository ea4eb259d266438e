package nl.kring.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.service.MeetingService;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/**
 * The demo vault with paragraphs of the chair's own added to the minutes of its meeting of 26 November (the set-up the
 * judged-name tests of the exports and the meeting room shared, issue 13): saved through the meeting service as the
 * editor saves them, so the vault holds them as typed. Also the two names those tests judge in 2026-008's minutes.
 */
public final class DemoMinutesWith {
    /** The demo meeting with seven items. */
    public static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    /** An unknown person ("Piet Vlaskamp", judged [persoon]) and an aunt ("Greet Smulders", judged a relative). */
    public static final String TYPED = "Gisteren belde Piet Vlaskamp opnieuw; zijn tante Greet Smulders past op de kinderen.";
    /** The relative marker of "tante Greet Smulders", not added to the case. */
    public static final String RELATIVE = "[tante van cliënt 2026-008]";

    private DemoMinutesWith() {
    }

    /** A new vault in {@code dir} with the demo data and {@code paragraphs} added to the items {@code items} accepts. */
    public static Store create(Path dir, Predicate<String> items, String... paragraphs) throws Exception {
        Store store = TestVaults.create(dir);
        Importer.store(store, DemoData.demoData());
        add(store, items, paragraphs);
        return store;
    }

    /** Adds {@code paragraphs} (ALGEMEEN) to the minutes of every item of {@link #MEETING} whose case {@code items} accepts. */
    public static void add(Store store, Predicate<String> items, String... paragraphs) {
        MeetingService meetings = new MeetingService(store);
        List<MeetingService.ItemMinutes> edited = new ArrayList<>();
        for (AgendaItem i : store.meetings().find(MEETING).orElseThrow().items()) {
            List<MinutesParagraph> minutes = new ArrayList<>(i.minutes());
            if (items.test(i.caseNumber())) {
                for (String p : paragraphs) {
                    minutes.add(MinutesParagraph.general(p));
                }
            }
            edited.add(new MeetingService.ItemMinutes(i.caseNumber(), minutes, i.decisions()));
        }
        meetings.saveMinutes(MEETING, edited);
    }

    /** The open possible name of {@link #MEETING} that contains {@code part}. */
    public static String possibleName(Store store, String part) {
        List<String> open = MinutesSuspects.open(store, MEETING).stream().map(MinutesSuspects.Open::text).toList();
        return open.stream().filter(t -> t.equals(part)).findFirst()
                .or(() -> open.stream().filter(t -> t.contains(part)).findFirst())
                .orElseThrow(() -> new AssertionError(part + " is no possible name: " + open));
    }

    /** Judged "Piet Vlaskamp" [persoon], through the meeting service as the editor judges. */
    public static void judgePiet(Store store) {
        new MeetingService(store).judgePossibleName(MEETING, possibleName(store, "Piet Vlaskamp"),
                SuspectDecisionRepository.Kind.PERSON, "[persoon]", "confirmed as person");
    }

    /** Judged "Greet Smulders" the client's aunt ({@link #RELATIVE}), not added to the case. */
    public static void judgeGreet(Store store) {
        new MeetingService(store).judgePossibleName(MEETING, possibleName(store, "Greet Smulders"),
                SuspectDecisionRepository.Kind.RELATIVE, RELATIVE, "confirmed as relative");
    }
}
