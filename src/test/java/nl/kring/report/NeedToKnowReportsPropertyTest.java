package nl.kring.report;

import static nl.kring.report.Pdfs.containsWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;
import nl.kring.domain.Referrer;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Relative;

/**
 * Generated meetings, exported with the real recogniser, read as every reader of every report kind (each partner's
 * report, the verslag, the rooster): no case number outside the reader's kring, no identity of any client, no
 * paragraph or decision text the matrix (or the paragraph's audience) hides; every kring partner of an item gets its
 * report, present or not.
 */
class NeedToKnowReportsPropertyTest {
    /** A second client called Jan: "Jan" alone could be 2026-017 or 2026-021 (an ambiguous marker). */
    static final CaseFile C21 = new CaseFile("2026-021",
            new Client("Jan Hendrik", "Jan", null, "Pietersma", List.of(), LocalDate.of(1962, 4, 9), "123456782",
                    "Lindelaan 4, 3572 KL Utrecht", "06-55511122", List.of(new Relative("Greet Pietersma", "zus")),
                    null, false),
            new Referrer("Wim Rozendaal", "Wijkteam Noord", false), LocalDate.of(2026, 9, 1), null, Map.of(), null,
            null, "evident", null, null, null, List.of("ggd-vangnet"));
    static final List<CaseFile> POOL = List.of(ReportFixtures.C17, ReportFixtures.C18, ReportFixtures.C19,
            ReportFixtures.C20, C21);
    static final List<Partner> PARTNERS = ReportFixtures.PARTNERS;
    static final RelevanceMatrix MATRIX = RelevanceMatrix.defaults();
    /** How a client is mentioned in free text (the recogniser has to find each). */
    static final List<String> MENTIONS = List.of("Jan de Vries", "De Vries", "Jan", "mevrouw Zwanenburg", "Riek",
            "Memo Yılmaz", "Joëlle Brouwer", "Jan Pietersma", "meneer Pietersma", "zoon Peter de Vries",
            "de Kerkstraat 12", "Lindelaan 4", "06-55511122", "BSN 111222333");

    record Para(int audience, int mention, String filler) {
    }

    record Dec(int owner, int category, int mention) {
    }

    record Item(int caseIndex, List<Para> paragraphs, List<Dec> decisions) {
    }

    record Scenario(List<Integer> kringMasks, List<Item> items, int presentMask, int location) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Para> para = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(-1, MENTIONS.size() - 1),
                Arbitraries.of("belde opnieuw.", "is niet thuis.", "woont sinds kort hier.", "volgens de buren.")).as(Para::new);
        Arbitrary<Dec> dec = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(-1, MENTIONS.size() - 1)).as(Dec::new);
        Arbitrary<List<Integer>> order = Arbitraries.integers().between(0, POOL.size() - 1).set().ofMinSize(1)
                .ofMaxSize(3).map(List::copyOf);
        Arbitrary<List<Item>> items = order.flatMap(cases -> Combinators.combine(
                para.list().ofMaxSize(4).list().ofSize(cases.size()), dec.list().ofMaxSize(3).list().ofSize(cases.size()))
                .as((ps, ds) -> {
                    List<Item> out = new ArrayList<>();
                    for (int i = 0; i < cases.size(); i++) {
                        out.add(new Item(cases.get(i), ps.get(i), ds.get(i)));
                    }
                    return out;
                }));
        return Combinators.combine(Arbitraries.integers().between(1, 63).list().ofSize(POOL.size()), items,
                Arbitraries.integers().between(0, 63), Arbitraries.integers().between(-1, POOL.size() - 1)).as(Scenario::new);
    }

    static MinutesParagraph paragraph(int audience, String text) {
        return audience == 0 ? new MinutesParagraph(null, text)
                : audience == 1 ? MinutesParagraph.general(text) : new MinutesParagraph(LifeDomain.values()[audience - 2], text);
    }

    @Property(tries = 25, seed = "20261204")
    void everyReaderOfEveryReportReadsOnlyWhatItMayKnow(@ForAll("scenarios") Scenario s) throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        for (int c = 0; c < POOL.size(); c++) {
            CaseFile f = POOL.get(c);
            List<String> kring = new ArrayList<>();
            for (int p = 0; p < PARTNERS.size(); p++) {
                if ((s.kringMasks().get(c) & (1 << p)) != 0) {
                    kring.add(PARTNERS.get(p).id());
                }
            }
            cases.add(new CaseFile(f.number(), f.client(), f.referrer(), f.reportedOn(), f.phase(), f.domains(),
                    f.consent(), f.informed(), f.evidentInterest(), f.lighterMeansConsidered(), f.evaluationDue(),
                    f.closedOn(), kring));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        int token = 0;
        for (Item it : s.items()) {
            CaseFile c = cases.get(it.caseIndex());
            List<MinutesParagraph> ps = new ArrayList<>();
            for (Para p : it.paragraphs()) {
                String text = "tokp" + (token++) + "x " + (p.mention() < 0 ? "" : MENTIONS.get(p.mention()) + " ") + p.filler();
                ps.add(paragraph(p.audience(), text));
            }
            List<Decision> ds = new ArrayList<>();
            for (Dec d : it.decisions()) {
                String owner = c.kring().get(d.owner() % c.kring().size());
                String text = "tokd" + (token++) + "x " + (d.mention() < 0 ? "bellen" : "bellen met " + MENTIONS.get(d.mention()));
                MinutesParagraph cat = paragraph(d.category(), text);
                ds.add(new Decision(text, owner, LocalDate.of(2026, 12, 10), cat.category(), cat.general()));
            }
            agenda.add(new AgendaItem(c.number(), 10, ps, ds, List.of()));
        }
        List<String> present = new ArrayList<>();
        for (int p = 0; p < PARTNERS.size(); p++) {
            if ((s.presentMask() & (1 << p)) != 0) {
                PARTNERS.get(p).attendees().forEach(a -> present.add(a.id()));
            }
        }
        String location = s.location() < 0 ? "GGD, zaal 2" : "Huisbezoek " + POOL.get(s.location()).client().address();
        Meeting meeting = new Meeting(LocalDate.of(2026, 11, 26), location, LocalTime.of(9, 0), present, agenda);

        Path dir = Files.createTempDirectory("kring-ntk");
        try {
            MeetingExportInput input = MeetingExportInput.of(meeting, PARTNERS, cases, MATRIX,
                    ExportService.pseudonymiser(cases, PARTNERS), ReportFixtures.CHAIR);
            MeetingReports.export(input, dir, ProgressListener.NONE);

            Set<String> kringPartners = new LinkedHashSet<>(NeedToKnow.recipients(meeting,
                    n -> cases.stream().filter(c -> c.number().equals(n)).findFirst().orElseThrow().kring()));
            for (Partner p : PARTNERS) {
                Path pdf = dir.resolve(p.id() + ".pdf");
                boolean present_ = p.attendees().stream().anyMatch(a -> present.contains(a.id()));
                assertThat(Files.exists(pdf)).as("report for %s", p.id()).isEqualTo(kringPartners.contains(p.id()) || present_);
                if (!Files.exists(pdf)) {
                    continue;
                }
                String text = Pdfs.text(pdf);
                Set<String> mine = cases.stream().filter(c -> c.kring().contains(p.id())).map(CaseFile::number)
                        .collect(Collectors.toSet());
                assertThat(Pdfs.caseNumbers(text)).as("case numbers in %s", p.id()).isSubsetOf(mine);
                noIdentity(p.id(), text);
                String flat = Pdfs.flat(text);
                for (AgendaItem item : agenda) {
                    CaseFile c = cases.stream().filter(x -> x.number().equals(item.caseNumber())).findFirst().orElseThrow();
                    boolean inKring = c.kring().contains(p.id());
                    for (MinutesParagraph mp : item.minutes()) {
                        boolean may = inKring && NeedToKnow.mayRead(MATRIX, List.of(p.role()), mp);
                        assertThat(flat.contains(tokenOf(mp.text()))).as("%s reads %s (%s)", p.id(), mp.text(),
                                mp.categoryCode()).isEqualTo(may);
                    }
                    for (Decision d : item.decisions()) {
                        boolean may = inKring && NeedToKnow.actionVisible(MATRIX, List.of(p.role()), p.id(), d);
                        assertThat(flat.contains(tokenOf(d.action()))).as("%s reads decision %s", p.id(), d)
                                .isEqualTo(may);
                    }
                }
            }
            String verslag = Pdfs.text(dir.resolve(MeetingReports.MINUTES_FILE));
            noIdentity("verslag", verslag);
            for (AgendaItem item : agenda) {
                item.minutes().forEach(mp -> assertThat(Pdfs.flat(verslag)).contains(tokenOf(mp.text())));
                item.decisions().forEach(d -> assertThat(Pdfs.flat(verslag)).contains(tokenOf(d.action())));
            }
            noIdentity("rooster", Pdfs.text(dir.resolve(MeetingReports.SCHEDULE_FILE)));
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.delete(dir);
        }
    }

    static String tokenOf(String text) {
        return text.substring(0, text.indexOf('x') + 1);
    }

    static void noIdentity(String reader, String text) {
        String digits = text.replaceAll("\\D", "");
        for (CaseFile c : POOL) {
            Client cl = c.client();
            List<String> words = new ArrayList<>(List.of(cl.surname(), cl.roepnaam(), cl.address().split(",")[0]));
            words.addAll(List.of(cl.firstNames().split(" ")));
            cl.relatives().forEach(r -> words.add(r.name()));
            words.add(c.referrer().name());
            for (String w : words) {
                assertThat(containsWord(text, w)).as("%s reads '%s' of %s", reader, w, c.number()).isFalse();
            }
            assertThat(digits).as("%s reads the BSN of %s", reader, c.number()).doesNotContain(cl.bsn());
            assertThat(digits).as("%s reads the phone of %s", reader, c.number())
                    .doesNotContain(cl.phone().replaceAll("\\D", "").replaceFirst("^31", "0").substring(1));
            assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(cl.address().toLowerCase(Locale.ROOT));
        }
    }
}
