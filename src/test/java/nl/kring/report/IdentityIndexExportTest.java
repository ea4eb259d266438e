package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.Decision;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.interchange.Importer;
import nl.kring.interchange.InterchangeReader;
import nl.kring.pseudonym.Recognizer;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity index wired into the export (issue 17): a meeting's outputs read, besides the agenda's cases, only the
 * cases whose stored keys their texts share, and every text those outputs pseudonymise is one the keys were computed
 * from. The keys of this Kring's {@code IdentityKeys} put every case under one key, so the tests give some cases
 * other keys in the vault to see what the export then reads.
 */
class IdentityIndexExportTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String JSON = """
            {"vault": {"chair": {"name": "M. Bos", "function": "voorzitter", "email": "vangnet@ggd.example"}},
             "partners": [
              {"id": "ggd", "name": "GGD Vangnet Zuiderstad", "role": "GGD", "tier": "KERN", "email": "ggd@ggd.example",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-1", "name": "M. Bos", "function": "voorzitter"}]},
              {"id": "woco", "name": "Woonstichting De Veste", "role": "WONINGCORPORATIE", "tier": "SCHIL",
               "email": "woco@veste.example", "agreementSigned": "2025-06-01",
               "attendees": [{"id": "a-3", "name": "R. Kok", "function": "wijkconsulent"}]}
            ],
            "cases": [
              {"number": "2026-201", "client": {"firstNames": "Hendrika", "roepnaam": "Riek", "surname": "Wolkenveld",
                 "address": "Dijkstraat 4, Zuiderstad"}, "phase": "SCREENING", "kring": ["ggd", "woco"],
               "domains": {"HUISVESTING": {"score": 2, "note": "Huurachterstand, zoon Teun helpt niet."}}},
              {"number": "2026-202", "client": {"firstNames": "Bram", "surname": "Zeldenrust",
                 "address": "Dijkstraat 6, Zuiderstad"}, "phase": "SCREENING", "kring": ["ggd"]},
              {"number": "2026-203", "client": {"firstNames": "Cornelis", "surname": "Vliegenthart"},
               "phase": "SCREENING", "kring": ["ggd"]}
            ]}
            """;
    static final Meeting MEETING = new Meeting(DATE, "GGD Zuiderstad, zaal 2", null, List.of("a-1", "a-3"),
            List.of(new AgendaItem("2026-201", 15, List.of(
                    new MinutesParagraph(null, "Buurman Bram Zeldenrust van nummer 6 heeft de trap gerepareerd.", true)),
                    List.of(new Decision("R. Kok belt mevrouw Wolkenveld.", "woco", DATE.plusDays(14), null, true)),
                    List.of())));

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void vault() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, InterchangeReader.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
        store.meetings().save(MEETING);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** Gives the case the key 99 only, which no text of this Kring's IdentityKeys yields. */
    private void unnamed(String number) {
        store.session().dsl().execute("UPDATE case_identity_keys SET key_hashes = X'00000063' WHERE case_number = ?",
                number);
    }

    @Test
    void theExportReadsOnlyTheAgendasCasesAndTheCasesWhoseKeysItsTextsShare() throws Exception {
        unnamed("2026-203");
        List<CaseFile> read = ExportService.casesFor(store, MEETING);
        assertThat(read).extracting(CaseFile::number).containsExactly("2026-201", "2026-202");
        assertThat(read.getFirst().domains()).as("the agenda's case whole").isNotEmpty();

        // the client the minutes name is read, so every output masks her neighbour
        JudgedMinutes.dismissAll(store, DATE);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> files = ExportService.exportMeeting(store, DATE, out, Map.of(), ProgressListener.NONE, true).files();
        assertThat(files).isNotEmpty();
        assertThat(TestVaults.filesContaining(List.of(out), List.of("Zeldenrust", "Vliegenthart"))).isEmpty();

        // and a case whose keys the texts do not share is not read at all, even one on the agenda's street
        unnamed("2026-202");
        assertThat(ExportService.casesFor(store, MEETING)).extracting(CaseFile::number).containsExactly("2026-201");
        // the inzage copy and the keten's texts read only through the keys too
        assertThat(ExportService.inzageInput(store, "2026-201").allCases()).extracting(CaseFile::number)
                .containsExactly("2026-201");
    }

    @Test
    void everyTextTheMeetingsOutputsPseudonymiseIsOneTheKeysWereComputedFrom() throws Exception {
        List<CaseFile> cases = ExportService.casesFor(store, MEETING);
        List<Partner> partners = store.partners().all();
        Recognizer recognizer = ExportService.recognizer(store, cases, partners, ExportService.places(MEETING));
        MeetingExportInput in = ExportService.meetingInput(store, MEETING, partners, cases, recognizer);
        List<String> seen = new ArrayList<>();
        Pseudonymiser recording = (caseNumber, text) -> {
            seen.add(text);
            return in.pseudonymiser().pseudonymise(caseNumber, text);
        };
        MeetingExportInput watched = new MeetingExportInput(in.meeting(), in.partners(), in.cases(), in.matrix(),
                recording, in.chair(), in.recipients(), in.passwords(), in.schedule(), in.auditHead(), in.legal());
        MeetingReports.export(watched, Files.createDirectories(dir.resolve("reports")), ProgressListener.NONE);

        Set<String> collected = new HashSet<>(ExportService.meetingTexts(store, MEETING,
                store.cases().find(List.of("2026-201"))));
        assertThat(seen).as("texts pseudonymised by the reports").isNotEmpty()
                .contains("Buurman Bram Zeldenrust van nummer 6 heeft de trap gerepareerd.");
        assertThat(seen).allSatisfy(t -> assertThat(collected).as("collected for the keys").contains(t));
    }

    /**
     * The records the outputs are made of hold only what {@link OutputTexts} collects: strings (collected), records,
     * collections, maps and optionals of those, enums, numbers, booleans and dates. A component of another kind of
     * class (which could carry text past the collection) fails here, and in every export.
     */
    @Test
    void everyRecordAnOutputIsMadeOfIsOneOutputTextsCanRead() {
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> root : List.of(Meeting.class, CaseFile.class, Partner.class, ChairContact.class,
                LegalRecord.class, SuspectDecisionRepository.Decision.class, InzageReport.Input.class,
                ChainAgreement.class)) {
            walkable(root, root.getSimpleName(), checked);
        }
        assertThat(checked).contains(MinutesParagraph.class, Decision.class, AgendaItem.class);
    }

    private static void walkable(Type type, String path, Set<Class<?>> checked) {
        if (type instanceof WildcardType w) {
            for (Type t : w.getUpperBounds()) {
                walkable(t, path, checked);
            }
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            assertThat(Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                    || raw == Optional.class).as(path + " is a " + raw.getName()).isTrue();
            for (Type arg : p.getActualTypeArguments()) {
                walkable(arg, path + "<>", checked);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive() || c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class
                || c.isEnum() || Temporal.class.isAssignableFrom(c)) {
            return;
        }
        assertThat(c.isRecord()).as(path + " is a " + c.getName() + ", whose texts OutputTexts cannot collect").isTrue();
        if (checked.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walkable(rc.getGenericType(), path + "." + rc.getName(), checked);
            }
        }
    }

    record Inner(String text, List<String> more, Optional<String> maybe) {
    }

    record Outer(Inner inner, Map<String, Inner> byKey, LocalDate on, int count, List<Inner> list) {
    }

    @Test
    void outputTextsCollectsEveryStringOfNestedRecordsAndRefusesOtherClasses() {
        Outer o = new Outer(new Inner("een", List.of("twee"), Optional.of("drie")),
                Map.of("vier", new Inner("vijf", List.of(), Optional.empty())), LocalDate.of(1961, 3, 4), 7,
                List.of(new Inner("zes", List.of("zeven"), Optional.empty())));
        assertThat(OutputTexts.of(o, "acht", null)).contains("een", "twee", "drie", "vier", "vijf", "zes", "zeven",
                "acht", "1961-03-04", "4-3-1961", "04-03-1961", "4 maart 1961");
        assertThatThrownBy(() -> OutputTexts.of(List.of(new StringBuilder("x"), new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }
}
