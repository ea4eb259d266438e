package nl.kring.cli;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.report.MinutesSuspects;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 from the chair's side: plan the next meeting in the demo vault, make the invitation pack with drafts, and
 * after the meeting the reports with drafts. Every file is read back: PDF text with PDFBox, the .ics with ical4j, the
 * .eml with Jakarta Mail (attachments byte for byte), and searched for every identity of every demo client.
 */
class InviteCommandTest {
    static final LocalDate NEXT = LocalDate.parse("2026-12-03");
    static final Pattern CASE_NUMBER = Pattern.compile("(?<![\\d-])\\d{4}-\\d{3}(?![\\d-])");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path tmp;
    Path vault;
    String pass;

    @BeforeEach
    void demoWithANextMeeting() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        try (Store store = TestVaults.open(vault)) {
            store.meetings().save(new Meeting(NEXT, "GGD Rivierstad, zaal 2", LocalTime.of(9, 30), List.of(),
                    List.of(AgendaItem.of("2026-001"), AgendaItem.of("2026-003"), AgendaItem.of("2026-006"),
                            AgendaItem.of("2026-008"))));
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    static Set<String> caseNumbers(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = CASE_NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static MimeMessage eml(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** Attachments by file name, decoded; and the plain text body under the key "". */
    static Map<String, byte[]> parts(MimeMessage msg) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Multipart mp = (Multipart) msg.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            var part = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    out.put(part.getFileName(), in.readAllBytes());
                }
            } else {
                out.put("", part.getContent().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Every name, number and address of every demo client, relative and named melder. */
    static List<String> identities(List<CaseFile> cases, Set<String> professionals) {
        List<String> out = new ArrayList<>();
        for (CaseFile c : cases) {
            out.addAll(ExportCommandTest.identity(c, professionals).stream().filter(s -> s.length() >= 4).toList());
            if (c.client().address() != null) {
                out.add(c.client().address());
            }
        }
        return out;
    }

    static List<String> leaks(String where, String content, List<String> identities) {
        List<String> hits = new ArrayList<>();
        for (String id : identities) {
            boolean found = id.chars().anyMatch(Character::isDigit) ? content.contains(id)
                    : Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(content).find();
            if (found) {
                hits.add(where + ": " + id);
            }
        }
        return hits;
    }

    @Test
    void invitationPackPerPartnerWithItemsReadsBackAndNamesNoClient() throws Exception {
        Path out = tmp.resolve("uitnodigingen");
        String[] r = CliRun.run("invite", "--vault", vault.toString(), "--meeting", NEXT.toString(), "--out",
                out.toString(), "--mail", "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");

        List<CaseFile> cases;
        List<Partner> partners;
        Map<String, List<String>> itemsOf = new LinkedHashMap<>();
        try (Store store = TestVaults.open(vault)) {
            cases = store.cases().all();
            partners = store.partners().all();
            for (String n : List.of("2026-001", "2026-003", "2026-006", "2026-008")) {
                for (String p : store.cases().find(n).orElseThrow().kring()) {
                    itemsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
                }
            }
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("EXPORT")
                    && e.detail().startsWith("invitation ")).hasSize(itemsOf.size());
        }
        Set<String> professionals = partners.stream().flatMap(p -> p.attendees().stream()).map(a -> a.name())
                .collect(Collectors.toSet());
        List<String> identities = identities(cases, professionals);
        assertThat(identities).hasSizeGreaterThan(40);

        Set<String> expectedFiles = new TreeSet<>();
        itemsOf.keySet().forEach(p -> expectedFiles.addAll(List.of(p + "-uitnodiging.pdf", p + ".ics", p + ".eml")));
        try (var list = Files.list(out)) {
            Set<String> names = list.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).isEqualTo(expectedFiles);
        }
        assertThat(itemsOf.size()).isGreaterThan(2).isLessThan(partners.size());

        List<String> leaks = new ArrayList<>();
        for (Partner p : partners) {
            if (!itemsOf.containsKey(p.id())) {
                continue;
            }
            Path pdf = out.resolve(p.id() + "-uitnodiging.pdf");
            String text = pdfText(pdf);
            assertThat(pages(pdf)).isEqualTo(1);
            assertThat(text).contains("Uitnodiging vangnetoverleg").contains("donderdag 3 december 2026")
                    .contains("GGD Rivierstad, zaal 2").contains(p.name()).contains("M. Bos");
            assertThat(caseNumbers(text)).as(p.id()).isEqualTo(new TreeSet<>(itemsOf.get(p.id())));
            leaks.addAll(leaks(pdf.getFileName().toString(), text, identities));

            String icsText = Files.readString(out.resolve(p.id() + ".ics"));
            Calendar cal = new CalendarBuilder().build(new StringReader(icsText));
            assertThat(cal.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            assertThat(cal.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
            List<VEvent> events = cal.getComponents("VEVENT");
            assertThat(events).isNotEmpty();
            Set<String> inEvents = new TreeSet<>();
            Instant previousEnd = null;
            for (VEvent e : events) {
                assertThat(e.getProperty("ORGANIZER").orElseThrow().getValue())
                        .isEqualToIgnoringCase("mailto:m.bos@ggd-rivierstad.example");
                assertThat(e.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualToIgnoringCase("mailto:" + p.email());
                assertThat(e.getProperty("UID").orElseThrow().getValue()).contains(p.id()).contains("2026-12-03");
                Instant start = Instant.from(e.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate());
                Instant end = Instant.from(e.getProperty("DTEND").map(x -> ((net.fortuna.ical4j.model.property.DtEnd<Temporal>) x).getDate()).orElseThrow());
                assertThat(start.atZone(AMSTERDAM).toLocalDate()).isEqualTo(NEXT);
                assertThat(start.atZone(AMSTERDAM).toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 30));
                assertThat(end).isAfter(start);
                if (previousEnd != null) {
                    assertThat(start).as("separate visits do not touch").isAfter(previousEnd);
                }
                previousEnd = end;
                inEvents.addAll(caseNumbers(e.getProperty("DESCRIPTION").orElseThrow().getValue()));
            }
            assertThat(inEvents).isEqualTo(new TreeSet<>(itemsOf.get(p.id())));
            // The PDF lists the same slots as the calendar.
            for (VEvent e : events) {
                Instant start = Instant.from(e.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate());
                assertThat(text).contains(start.atZone(AMSTERDAM).toLocalTime().toString());
            }
            leaks.addAll(leaks(p.id() + ".ics", icsText, identities));

            Path emlFile = out.resolve(p.id() + ".eml");
            MimeMessage msg = eml(emlFile);
            assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
            assertThat(msg.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly(p.email());
            assertThat(msg.getSubject()).isEqualTo("Uitnodiging vangnetoverleg 3 december 2026");
            assertThat(msg.getMessageID()).endsWith("@kring.invalid>");
            assertThat(msg.getFrom()).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("m.bos@ggd-rivierstad.example");
            Map<String, byte[]> parts = parts(msg);
            assertThat(parts.keySet()).containsExactly("", p.id() + "-uitnodiging.pdf", p.id() + ".ics");
            assertThat(parts.get(p.id() + "-uitnodiging.pdf")).isEqualTo(Files.readAllBytes(pdf));
            assertThat(parts.get(p.id() + ".ics")).isEqualTo(Files.readAllBytes(out.resolve(p.id() + ".ics")));
            String body = new String(parts.get(""), StandardCharsets.UTF_8);
            assertThat(body).contains("vangnetoverleg").contains("donderdag 3 december 2026");
            assertThat(caseNumbers(body)).as("no case numbers in the body").isEmpty();
            leaks.addAll(leaks(p.id() + ".eml body", body, identities));
            leaks.addAll(leaks(p.id() + ".eml raw", Files.readString(emlFile, StandardCharsets.ISO_8859_1), identities));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void withoutTheChairsEmailTheInvitationIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        try (Store store = TestVaults.open(vault)) {
            var c = ContactSettings.load(store.settings());
            ContactSettings.save(store.settings(), new ChairDetails(c.name(), c.function(), null,
                    c.phone(), c.complaints()));
        }
        Path out = tmp.resolve("leeg");
        String[] r = CliRun.run("invite", "--vault", vault.toString(), "--meeting", NEXT.toString(), "--out",
                out.toString(), "--passphrase-file", pass);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).doesNotContain("\n").contains("e-mail address is not set");
        assertThat(out).doesNotExist();
        String[] none = CliRun.run("invite", "--vault", vault.toString(), "--meeting", "2026-12-10", "--out",
                out.toString(), "--passphrase-file", pass);
        assertThat(none[0]).isEqualTo("1");
        assertThat(none[2]).contains("there is no meeting on 2026-12-10");
    }

    @Test
    void exportWithMailAttachesEachReportByteForByteAndNeverThePassword() throws Exception {
        LocalDate date = LocalDate.parse("2026-11-26");
        try (Store store = TestVaults.open(vault)) {
            for (var s : MinutesSuspects.open(store, date)) {
                store.suspects().record(date, s.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
            }
        }
        String password = "Bloemkool-Zeilboot-Tegel-42";
        Path pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "woco-dak=" + password + "\n");
        Path out = tmp.resolve("verslagen");
        String[] r = CliRun.run("export", "--vault", vault.toString(), "--meeting", date.toString(), "--out",
                out.toString(), "--passwords", pw.toString(), "--mail", "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        List<Path> reports;
        try (var list = Files.list(out)) {
            reports = list.filter(f -> f.toString().endsWith(".pdf")).filter(f -> !Set.of("verslag.pdf", "rooster.pdf")
                    .contains(f.getFileName().toString())).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThan(2);
        assertThat(out.resolve("verslag.eml")).doesNotExist();
        assertThat(out.resolve("rooster.eml")).doesNotExist();
        List<CaseFile> cases;
        Map<String, Partner> partners;
        try (Store store = TestVaults.open(vault)) {
            cases = store.cases().all();
            partners = store.partners().all().stream().collect(Collectors.toMap(Partner::id, p -> p));
        }
        List<String> identities = identities(cases, partners.values().stream().flatMap(p -> p.attendees().stream())
                .map(a -> a.name()).collect(Collectors.toSet()));
        List<String> leaks = new ArrayList<>();
        for (Path pdf : reports) {
            String id = pdf.getFileName().toString().replace(".pdf", "");
            Path emlFile = out.resolve(id + ".eml");
            MimeMessage msg = eml(emlFile);
            assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
            assertThat(msg.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly(partners.get(id).email());
            assertThat(msg.getSubject()).isEqualTo("Verslag vangnetoverleg 26 november 2026");
            Map<String, byte[]> parts = parts(msg);
            assertThat(parts.keySet()).containsExactly("", id + ".pdf");
            assertThat(parts.get(id + ".pdf")).isEqualTo(Files.readAllBytes(pdf));
            String body = new String(parts.get(""), StandardCharsets.UTF_8);
            String raw = Files.readString(emlFile, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain(password);
            assertThat(body).doesNotContain(password);
            if (id.equals("woco-dak")) {
                assertThat(body).contains("telefonisch");
            } else {
                assertThat(body).doesNotContain("wachtwoord");
            }
            assertThat(caseNumbers(body)).isEmpty();
            leaks.addAll(leaks(id + ".eml body", body, identities));
            leaks.addAll(leaks(id + ".eml raw", raw, identities));
        }
        assertThat(leaks).isEmpty();
    }
}
