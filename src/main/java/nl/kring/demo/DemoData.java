package nl.kring.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeException;
import nl.kring.interchange.InterchangeReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The demo vault's content (resources/demo/demo.json, fictitious people only), for {@code kring demo} and the app's
 * {@code --demo}. Its own package so that the command line and the UI both use it without depending on each other.
 */
public final class DemoData {
    /** Printed and shown on the unlock screen of a demo vault: the data in it is fictitious. */
    public static final String DEMO_PASSPHRASE = "Rivierstad demo kluis zonder echte gegevens";

    private DemoData() {
    }

    /** The day the demo data was written for; {@link #demoDataFor} moves it to another day. */
    public static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 28);
    /** The last meeting held in the demo data. */
    static final LocalDate LAST_MEETING = LocalDate.of(2026, 11, 26);

    /**
     * The demo as a chair would find it on {@code today}, for the app's {@code --demo}: every date moved by whole
     * weeks (so meetings stay on Thursdays and the last one was this week or the week before), the next meeting
     * planned a week after the last with its open cases, and two restrictions whose evaluation is overdue, so the
     * Overzicht and the agenda have something to show. {@link #demoData()} keeps the fixed dates that tests and
     * {@code kring demo} rely on.
     */
    public static Interchange demoDataFor(LocalDate today) {
        // counted from the demo's last meeting (a Thursday), so that on a Friday the planned one is not yesterday
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(LAST_MEETING, today), 7);
        Interchange base;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo.json")) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the application");
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode tree = mapper.readTree(in);
            shiftDates(tree, weeks);
            base = InterchangeReader.read(new ByteArrayInputStream(mapper.writeValueAsBytes(tree)), today);
        } catch (IOException | InterchangeException e) {
            throw new IllegalStateException("demo data invalid: " + e.getMessage(), e);
        }
        Meeting last = base.meetings().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
        Map<String, CaseFile> byNumber = new HashMap<>();
        base.cases().forEach(c -> byNumber.put(c.number(), c));
        List<AgendaItem> planned = last.items().stream()
                .filter(i -> byNumber.containsKey(i.caseNumber()) && byNumber.get(i.caseNumber()).phase() != Phase.AFGESLOTEN)
                .map(i -> AgendaItem.of(i.caseNumber())).toList();
        List<Meeting> meetings = new ArrayList<>(base.meetings());
        meetings.add(new Meeting(last.date().plusWeeks(1), last.location(), last.start(), List.of(), planned));
        // Two restrictions without consent whose evaluation was due before today.
        Map<String, LocalDate> overdue = Map.of("2026-004", today.minusDays(4), "2026-010", today.minusDays(11));
        List<CaseFile> cases = base.cases().stream().map(c -> !overdue.containsKey(c.number()) ? c
                : new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(), c.consent(),
                        c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), overdue.get(c.number()),
                        c.closedOn(), c.kring())).toList();
        return base.with(cases, meetings);
    }

    /** Moves every ISO date in the tree by whole weeks; case numbers (2026-017) are not dates and stay. */
    private static void shiftDates(JsonNode node, long weeks) {
        if (node instanceof ObjectNode o) {
            for (var e : o.properties()) {
                JsonNode v = e.getValue();
                if (v.isTextual() && ISO_DATE.matcher(v.asText()).matches()) {
                    o.put(e.getKey(), LocalDate.parse(v.asText()).plusWeeks(weeks).toString());
                } else {
                    shiftDates(v, weeks);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual() && ISO_DATE.matcher(v.asText()).matches()) {
                    a.set(i, LocalDate.parse(v.asText()).plusWeeks(weeks).toString());
                } else {
                    shiftDates(v, weeks);
                }
            }
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static Interchange demoData() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo.json")) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the application");
            }
            return InterchangeReader.read(in);
        } catch (IOException | InterchangeException e) {
            throw new IllegalStateException("demo data invalid: " + e.getMessage(), e);
        }
    }
}
