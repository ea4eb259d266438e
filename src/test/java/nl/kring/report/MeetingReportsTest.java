package nl.kring.report;

import static nl.kring.report.ReportFixtures.CASES;
import static nl.kring.report.ReportFixtures.DIACRITICS;
import static nl.kring.report.ReportFixtures.MEETING;
import static nl.kring.report.ReportFixtures.PARTNERS;
import static nl.kring.report.Pdfs.containsWord;
import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Relative;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.domain.Visibilities;
import nl.kring.domain.Visibility;

class MeetingReportsTest {
    private static final List<Partner> PRESENT_ONLY = List.of(ReportFixtures.GGD, ReportFixtures.GGZ,
            ReportFixtures.POLITIE, ReportFixtures.WOCO, ReportFixtures.VZ);
    /** Every kring partner of an item gets its report, present or not (the huisarts was absent). */
    private static final List<Partner> PRESENT = List.of(ReportFixtures.GGD, ReportFixtures.GGZ,
            ReportFixtures.POLITIE, ReportFixtures.WOCO, ReportFixtures.VZ, ReportFixtures.HUISARTS);

    @TempDir
    static Path out;
    static Path main;
    static List<Path> written;
    static final List<String> warnings = new ArrayList<>();
    static final RelevanceMatrix MATRIX = RelevanceMatrix.defaults();

    @BeforeAll
    static void export() throws IOException {
        main = out.resolve("meeting");
        written = MeetingReports.export(ReportFixtures.input(), main, new ProgressListener() {
            @Override
            public void progress(int done, int total, String fileName) {
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
    }

    static Path report(Partner p) {
        return main.resolve(p.id() + ".pdf");
    }

    static List<Path> partnerAndChairFiles() {
        List<Path> files = new ArrayList<>();
        PRESENT.forEach(p -> files.add(report(p)));
        files.add(main.resolve("verslag.pdf"));
        files.add(main.resolve("rooster.pdf"));
        return files;
    }

    /** What the export prints for a piece of free text: pseudonymised, then guarded. */
    static String printed(String caseNumber, String raw) {
        return flat(new ExportContext(ReportFixtures.input()).safe(caseNumber, raw));
    }

    /** As {@link #printed}, for one partner: the markers rewritten for its kring. */
    static String printed(Partner reader, String caseNumber, String raw) {
        return flat(new ExportContext(ReportFixtures.input()).safeFor(reader, caseNumber, raw));
    }

    @Test
    void oneFilePerKringPartnerPresentOrNotPlusVerslagAndRoosterAndNothingElse() throws IOException {
        assertThat(written).containsExactlyInAnyOrderElementsOf(partnerAndChairFiles());
        try (Stream<Path> s = Files.list(main)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("ggd-vangnet.pdf", "ggz-altrecht.pdf", "politie-oost.pdf",
                            "woco-dak.pdf", "vz-brug.pdf", "ha-zuilen.pdf", "verslag.pdf", "rooster.pdf");
        }
        // in the kring of 2026-018 but absent: it still gets its report, without an attendance line
        assertThat(flat(Pdfs.text(main.resolve("ha-zuilen.pdf")))).contains("Huisartsenpraktijk Zuilen")
                .doesNotContain("t.a.v.");
    }

    @Test
    void noClientIdentityOrMelderInAnyPartnerReportVerslagOrRooster() {
        for (Path file : partnerAndChairFiles()) {
            String text = Pdfs.text(file);
            String digitsOnly = text.replaceAll("\\D", "");
            for (CaseFile c : CASES) {
                for (String word : identityWords(c)) {
                    assertThat(containsWord(text, word)).as("%s mentions '%s' of %s", file.getFileName(), word,
                            c.number()).isFalse();
                }
                for (String s : identityStrings(c)) {
                    assertThat(text.toLowerCase(Locale.ROOT)).as("%s contains '%s' of %s", file.getFileName(), s,
                            c.number()).doesNotContain(s.toLowerCase(Locale.ROOT));
                }
                String bsnDigits = c.client().bsn();
                assertThat(digitsOnly).as("%s BSN of %s", file.getFileName(), c.number()).doesNotContain(bsnDigits);
                String phoneDigits = c.client().phone().replaceAll("\\D", "").replaceFirst("^31", "0");
                assertThat(digitsOnly).as("%s phone of %s", file.getFileName(), c.number())
                        .doesNotContain(phoneDigits.substring(1));
            }
        }
        // the test pseudonymiser only knows names: the guard caught BSN, phone, birth date, address, relatives
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("afgeschermd"));
    }

    static List<String> identityWords(CaseFile c) {
        Client cl = c.client();
        List<String> words = new ArrayList<>();
        words.add(cl.surname());
        words.add(cl.roepnaam());
        words.addAll(List.of(cl.firstNames().split(" ")));
        words.addAll(cl.aliases());
        for (Relative r : cl.relatives()) {
            words.add(r.name());
            words.add(r.name().split(" ")[0]);
        }
        words.add(c.referrer().name());
        String street = cl.address().split(",")[0].replaceAll("[\\d\\-]+.*$", "").strip();
        words.add(street);
        if (!c.referrer().organisation().startsWith("Politie")) { // the police are also a partner: their name is fine
            words.add(c.referrer().organisation());
        }
        return words;
    }

    static List<String> identityStrings(CaseFile c) {
        Client cl = c.client();
        String bsn = cl.bsn();
        var dob = cl.birthDate();
        String postcode = cl.address().replaceAll("^.*,\\s*(\\d{4}\\s?[A-Z]{2}).*$", "$1");
        return List.of(cl.address(), cl.address().split(",")[0], postcode, postcode.replace(" ", ""),
                bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6),
                bsn.substring(0, 3) + "." + bsn.substring(3, 6) + "." + bsn.substring(6),
                bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6),
                cl.phone(), dob.toString(), DateTimeFormatter.ofPattern("dd-MM-yyyy").format(dob),
                DateTimeFormatter.ofPattern("d-M-yyyy").format(dob),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).format(dob));
    }

    @Test
    void eachPartnerReportContainsExactlyTheCaseNumbersOfItsKringItems() {
        for (Partner p : PRESENT) {
            Set<String> expected = new TreeSet<>();
            for (AgendaItem item : MEETING.items()) {
                if (caseOf(item).kring().contains(p.id())) {
                    expected.add(item.caseNumber());
                }
            }
            String text = Pdfs.text(report(p));
            assertThat(Pdfs.caseNumbers(text)).as(p.id()).isEqualTo(expected);
            assertThat(Pdfs.caseSections(text).keySet()).as(p.id()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void leefgebiedNotesAppearExactlyWhereTheMatrixSaysVolledig() {
        int volledig = 0;
        int signaal = 0;
        int geen = 0;
        for (Partner p : PRESENT) {
            String whole = flat(Pdfs.text(report(p)));
            var sections = Pdfs.caseSections(Pdfs.text(report(p)));
            for (CaseFile c : CASES) {
                boolean inKring = c.kring().contains(p.id());
                for (var e : c.domains().entrySet()) {
                    LifeDomain d = e.getKey();
                    DomainAssessment a = e.getValue();
                    Visibility v = MATRIX.get(p.role(), d);
                    String note = flat(a.note());
                    if (inKring && v == Visibility.VOLLEDIG) {
                        volledig++;
                        String section = flat(sections.get(c.number()));
                        assertThat(section).as("%s %s %s", p.id(), c.number(), d)
                                .contains(d.label() + " " + Nl.score(a.score()) + " " + note);
                    } else {
                        assertThat(whole).as("%s must not see the note on %s of %s", p.id(), d, c.number())
                                .doesNotContain(note);
                    }
                    if (!inKring) {
                        continue;
                    }
                    String section = flat(sections.get(c.number()));
                    if (v == Visibility.SIGNAAL) {
                        signaal++;
                        if (a.isProblem()) {
                            assertThat(section).as("%s signal %s %s", p.id(), c.number(), d)
                                    .contains(d.label() + " signaal Er speelt een probleem. Contact: de voorzitter, M. Bos.");
                        } else {
                            assertThat(containsWord(section, d.label())).as("%s no-problem signal %s", p.id(), d).isFalse();
                        }
                    } else if (v == Visibility.GEEN) {
                        geen++;
                        assertThat(containsWord(section, d.label())).as("%s GEEN %s %s", p.id(), c.number(), d).isFalse();
                    }
                }
            }
        }
        // the fixture exercises all three
        assertThat(volledig).isGreaterThan(10);
        assertThat(signaal).isGreaterThan(3);
        assertThat(geen).isGreaterThan(3);
    }

    @Test
    void minutesParagraphsFollowTheKringAndTheMatrix() {
        int hidden = 0;
        for (Partner p : PRESENT) {
            String whole = flat(Pdfs.text(report(p)));
            for (AgendaItem item : MEETING.items()) {
                boolean inKring = caseOf(item).kring().contains(p.id());
                for (MinutesParagraph m : item.minutes()) {
                    String text = printed(p, item.caseNumber(), m.text());
                    boolean may = inKring && Visibilities.mayRead(MATRIX, List.of(p.role()), m);
                    if (may) {
                        assertThat(whole).as("%s reads %s", p.id(), text).contains(text);
                    } else {
                        hidden++;
                        assertThat(whole).as("%s must not read %s", p.id(), text).doesNotContain(text);
                    }
                }
            }
        }
        assertThat(hidden).isGreaterThan(5);
    }

    @Test
    void decisionsOfKringItemsAppearWithOwnActionsMarkedAndOthersOnlyWhereTheirCategoryAllows() {
        int shortened = 0;
        for (Partner p : PRESENT) {
            String whole = flat(Pdfs.text(report(p)));
            int own = 0;
            for (AgendaItem item : MEETING.items()) {
                boolean inKring = caseOf(item).kring().contains(p.id());
                for (Decision d : item.decisions()) {
                    String action = printed(p, item.caseNumber(), d.action());
                    if (!inKring) {
                        assertThat(whole).doesNotContain(action);
                        continue;
                    }
                    if (p.id().equals(d.owner())) {
                        own++;
                        assertThat(whole).as(p.id()).contains("UW ACTIE · " + action);
                    } else if (d.general() || d.category() != null && MATRIX.get(p.role(), d.category()) == Visibility.VOLLEDIG) {
                        assertThat(whole).as(p.id()).contains(action).doesNotContain("UW ACTIE · " + action);
                    } else {
                        // not for this role: who and when only
                        assertThat(whole).as(p.id()).doesNotContain(action).contains("actie van "
                                + PARTNERS.stream().filter(x -> x.id().equals(d.owner())).findFirst().orElseThrow().name()
                                + ", uiterlijk " + (d.due() == null ? "–" : Nl.date(d.due())));
                        shortened++;
                    }
                }
            }
            int marked = whole.split("UW ACTIE", -1).length - 1;
            assertThat(marked).as(p.id()).isEqualTo(own);
        }
        assertThat(shortened).isGreaterThan(3);
    }

    @Test
    void recipientConfidentialityDateAndPageNumbersOnEveryPage() {
        for (Partner p : PRESENT) {
            List<String> pages = Pdfs.pages(report(p));
            for (int i = 0; i < pages.size(); i++) {
                String page = flat(pages.get(i));
                assertThat(page).as("%s page %d", p.id(), i + 1)
                        .contains("VERTROUWELIJK")
                        .contains("Voor: " + p.name())
                        .contains("Geheimhouding buiten de kring")
                        .contains("26 november 2026")
                        .contains("pagina " + (i + 1) + " van " + pages.size());
            }
        }
        assertThat(Pdfs.pages(main.resolve("verslag.pdf"))).hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("Voor: de voorzitter").contains("pagina"));
    }

    @Test
    void dutchDiacriticsExtractBackExactly() {
        assertThat(flat(Pdfs.text(report(ReportFixtures.GGZ)))).contains(flat(DIACRITICS))
                .contains("t.a.v. dr. S. Öztürk").contains("Financiën");
        assertThat(flat(Pdfs.text(main.resolve("verslag.pdf")))).contains(flat(DIACRITICS))
                .contains("Geïnformeerd").contains("Cliëntverdeling");
    }

    @Test
    void fontsAreEmbeddedInEveryFile() throws IOException {
        for (Path file : partnerAndChairFiles()) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                for (PDPage page : doc.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName name : res.getFontNames()) {
                        PDFont font = res.getFont(name);
                        assertThat(font.isEmbedded()).as("%s %s", file.getFileName(), font.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void verslagIsPdfA2bWithSrgbIntentAndNoEncryption() throws Exception {
        try (PDDocument doc = Loader.loadPDF(main.resolve("verslag.pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
            assertThat(doc.getVersion()).isEqualTo(1.7f);
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(doc.getDocumentInformation().getTitle());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(doc.getDocumentInformation().getProducer());
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.getFirst().getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
            assertThat(intents.getFirst().getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.getFirst().getDestOutputIntent().getLength()).isGreaterThan(1000);
        }
    }

    @Test
    void verslagHasAllItemsDecisionsAndDisclosures() {
        String text = Pdfs.text(main.resolve("verslag.pdf"));
        String flat = flat(text);
        assertThat(Pdfs.caseSections(text).keySet()).containsExactly("2026-017", "2026-018", "2026-019", "2026-020");
        for (AgendaItem item : MEETING.items()) {
            for (MinutesParagraph m : item.minutes()) {
                assertThat(flat).contains(printed(item.caseNumber(), m.text()));
            }
            for (Decision d : item.decisions()) {
                assertThat(flat).contains(printed(item.caseNumber(), d.action()));
            }
            for (Disclosure d : item.disclosures()) {
                assertThat(flat).contains(printed(item.caseNumber(), d.why()))
                        .contains(printed(item.caseNumber(), d.whyNotInformed()))
                        .contains(d.basis().label());
            }
        }
        for (CaseFile c : CASES) {
            for (DomainAssessment a : c.domains().values()) {
                assertThat(flat).contains(flat(a.note()));
            }
        }
        assertThat(flat).contains("Verstrekkingen zonder toestemming").contains("Conflict van plichten")
                .contains("2 zonder toestemming vastgelegd");
    }

    @Test
    void roosterListsEachPartnersVisitsByCaseNumber() {
        String flat = flat(Pdfs.text(main.resolve("rooster.pdf")));
        assertThat(flat).contains("Woonstichting Het Dak Woningcorporatie 09:00–09:15 09:25–09:45 2")
                .contains("2026-019, 2026-020")
                .contains("Huisartsenpraktijk Zuilen Huisarts 09:15–09:25 1 2026-018")
                .contains("Binnenkomsten in totaal: 9");
    }

    @Test
    void partnerPasswordGivesRealAes256() throws IOException, Exception {
        Path dir = out.resolve("protected");
        MeetingReports.export(ReportFixtures.input().withPasswords(Map.of("woco-dak", "Kerst-2026!")), dir,
                ProgressListener.NONE);
        Path file = dir.resolve("woco-dak.pdf");
        assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(file.toFile(), "verkeerd").close())
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "Kerst-2026!")) {
            assertThat(doc.isEncrypted()).isTrue();
            COSDictionary enc = doc.getEncryption().getCOSObject();
            assertThat(enc.getNameAsString(COSName.FILTER)).isEqualTo("Standard");
            assertThat(enc.getInt(COSName.V)).isEqualTo(5);
            assertThat(enc.getInt(COSName.R)).isEqualTo(6);
            assertThat(enc.getInt(COSName.LENGTH)).isEqualTo(256);
            COSDictionary stdCf = enc.getCOSDictionary(COSName.CF).getCOSDictionary(COSName.STD_CF);
            assertThat(stdCf.getNameAsString(COSName.CFM)).isEqualTo("AESV3");
            assertThat(enc.getNameAsString(COSName.getPDFName("StmF"))).isEqualTo("StdCF");
            assertThat(enc.getNameAsString(COSName.getPDFName("StrF"))).isEqualTo("StdCF");
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            assertThat(flat(new PDFTextStripper().getText(doc))).contains("Woonstichting Het Dak");
        }
        // the raw bytes carry no readable text
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Betalingsregeling");
        // others stay PDF/A
        try (PDDocument doc = Loader.loadPDF(dir.resolve("ggz-altrecht.pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    @Test
    void unknownCaseIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path dir = out.resolve("refused");
        Meeting bad = new Meeting(MEETING.date(), "x", null, MEETING.present(), List.of(AgendaItem.of("2026-999")));
        var input = MeetingExportInput.of(bad, PARTNERS, CASES, MATRIX, ReportFixtures.PSEUDONYMISER,
                ReportFixtures.CHAIR);
        assertThatThrownBy(() -> MeetingReports.export(input, dir, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-999");
        assertThat(dir).doesNotExist();
    }

    @Test
    void failureHalfwayLeavesNoPdfAndNoTemporaryFile() throws IOException {
        Path dir = out.resolve("failing");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("woco-dak.pdf"), "previous export");
        AtomicInteger calls = new AtomicInteger();
        Pseudonymiser breaksLate = (c, t) -> {
            if (calls.incrementAndGet() > 40) {
                throw new IllegalStateException("engine failed");
            }
            return ReportFixtures.PSEUDONYMISER.pseudonymise(c, t);
        };
        var input = MeetingExportInput.of(MEETING, PARTNERS, CASES, MATRIX, breaksLate, ReportFixtures.CHAIR);
        assertThatThrownBy(() -> MeetingReports.export(input, dir, ProgressListener.NONE))
                .isInstanceOf(IllegalStateException.class);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("woco-dak.pdf");
        }
        assertThat(Files.readString(dir.resolve("woco-dak.pdf"))).isEqualTo("previous export");
    }

    @Test
    void cancelledExportLeavesNothing() throws IOException {
        Path dir = out.resolve("cancelled");
        AtomicInteger done = new AtomicInteger();
        ProgressListener cancelAfterTwo = new ProgressListener() {
            @Override
            public void progress(int d, int total, String fileName) {
                done.set(d);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 2;
            }
        };
        assertThatThrownBy(() -> MeetingReports.export(ReportFixtures.input(), dir, cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void staleTemporaryFilesOfAKilledExportAreRemovedAndFilesReplaced() throws IOException {
        Path dir = out.resolve("again");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".kring-123.part"), "half a pdf");
        Files.writeString(dir.resolve("verslag.pdf"), "old");
        MeetingReports.export(ReportFixtures.input(), dir, ProgressListener.NONE);
        assertThat(dir.resolve(".kring-123.part")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("verslag.pdf"))).startsWith("%PDF-".getBytes());
    }

    @Test
    void partnerWithoutValidAgreementGetsNoReport() throws IOException {
        Path dir = out.resolve("agreement");
        Partner expired = new Partner("woco-dak", "Woonstichting Het Dak", ReportFixtures.WOCO.role(),
                ReportFixtures.WOCO.tier(), ReportFixtures.SIGNED, MEETING.date().minusDays(1),
                ReportFixtures.WOCO.attendees());
        List<Partner> partners = new ArrayList<>(PARTNERS);
        partners.set(partners.indexOf(ReportFixtures.WOCO), expired);
        List<String> warned = new ArrayList<>();
        MeetingReports.export(MeetingExportInput.of(MEETING, partners, CASES, MATRIX, ReportFixtures.PSEUDONYMISER,
                ReportFixtures.CHAIR), dir, new ProgressListener() {
            @Override
            public void progress(int done, int total, String fileName) {
            }

            @Override
            public void warning(String message) {
                warned.add(message);
            }
        });
        assertThat(dir.resolve("woco-dak.pdf")).doesNotExist();
        assertThat(warned).anySatisfy(w -> assertThat(w).contains("woco-dak").contains("ketenovereenkomst"));
    }

    @Test
    void callerChosenRecipientsAndUnsafeIds() throws IOException {
        Path dir = out.resolve("chosen");
        List<Path> files = MeetingReports.export(ReportFixtures.input().withRecipients(List.of("ha-zuilen")), dir,
                ProgressListener.NONE);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("ha-zuilen.pdf", "verslag.pdf", "rooster.pdf");
        assertThat(Pdfs.caseNumbers(Pdfs.text(dir.resolve("ha-zuilen.pdf")))).containsExactly("2026-018");

        Set<String> bad = new HashSet<>(List.of("../x", "verslag"));
        for (String id : bad) {
            Partner p = ReportFixtures.partner(id, "X", Role.OVERIG, Tier.SCHIL);
            List<Partner> partners = new ArrayList<>(PARTNERS);
            partners.add(p);
            var input = MeetingExportInput.of(MEETING, partners, CASES, MATRIX, ReportFixtures.PSEUDONYMISER,
                    ReportFixtures.CHAIR).withRecipients(List.of(id));
            assertThatThrownBy(() -> MeetingReports.export(input, out.resolve("bad"), ProgressListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMeetingWithoutItemsStillGivesEveryPresentPartnerAReport() throws IOException {
        Path dir = out.resolve("empty");
        Meeting empty = new Meeting(MEETING.date(), null, null, MEETING.present(), List.of());
        List<Path> files = MeetingReports.export(MeetingExportInput.of(empty, PARTNERS, List.of(), MATRIX,
                ReportFixtures.PSEUDONYMISER, ReportFixtures.CHAIR), dir, ProgressListener.NONE);
        assertThat(files).hasSize(PRESENT_ONLY.size() + 2);
        assertThat(flat(Pdfs.text(dir.resolve("woco-dak.pdf")))).contains("geen casus besproken")
                .contains("Geen acties op naam van uw organisatie");
        assertThat(flat(Pdfs.text(dir.resolve("verslag.pdf")))).contains("Geen agendapunten");
    }

    static CaseFile caseOf(AgendaItem item) {
        return CASES.stream().filter(c -> c.number().equals(item.caseNumber())).findFirst().orElseThrow();
    }
}
