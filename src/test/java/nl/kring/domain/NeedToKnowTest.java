package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The per-reader rules of {@link NeedToKnow}, written as the reader of a partner copy. */
class NeedToKnowTest {
    private static final Pattern NUMBER = Pattern.compile("20\\d{2}-\\d{3,4}");

    // ---------------------------------------------------------------- markers (the defects seen in real exports)

    @Test
    void anAmbiguousMarkerBecomesTheItemsOwnCaseWhenThatIsOneOfThem() {
        assertThat(NeedToKnow.markers("[cliënt 2026-005/2026-015] belde", "2026-005", c -> false))
                .isEqualTo("[cliënt 2026-005] belde");
        assertThat(NeedToKnow.markers("[cliënt 2026-026 of echtgenoot van cliënt 2026-019]", "2026-019", c -> false))
                .isEqualTo("[echtgenoot van cliënt 2026-019]");
    }

    @Test
    void otherwiseOnlyTheCandidatesInTheReadersKringElsePersoon() {
        Set<String> mine = Set.of("2026-015");
        assertThat(NeedToKnow.markers("[cliënt 2026-005/2026-015]", "2026-001", mine::contains))
                .isEqualTo("[cliënt 2026-015]");
        assertThat(NeedToKnow.markers("[cliënt 2026-005/2026-012]", "2026-001", mine::contains))
                .isEqualTo(NeedToKnow.PERSON);
        assertThat(NeedToKnow.markers("[adres cliënt 2026-001/2026-015]", "2026-003", c -> false))
                .isEqualTo(NeedToKnow.ADDRESS);
        assertThat(NeedToKnow.markers("[zoon van cliënt 2026-012] kwam", "2026-003", c -> false))
                .isEqualTo("[persoon] kwam");
        // an unambiguous marker of a case outside the kring is no different
        assertThat(NeedToKnow.markers("zie [cliënt 2026-012]", "2026-003", c -> false)).isEqualTo("zie [persoon]");
    }

    @Test
    void bareCaseNumbersOutsideTheKringAndOtherBracketsAreHandled() {
        assertThat(NeedToKnow.markers("zoals bij 2026-012 besproken", "2026-003", c -> false))
                .isEqualTo("zoals bij [andere casus] besproken");
        assertThat(NeedToKnow.markers("[melder] en [BSN] en [persoon]", "2026-003", c -> false))
                .isEqualTo("[melder] en [BSN] en [persoon]");
        assertThat(NeedToKnow.markers("[zie 2026-012]", "2026-003", c -> false)).isEqualTo("[zie [andere casus]]");
        // dates and telephone numbers are no case numbers
        assertThat(NeedToKnow.markers("op 2026-11-26, tel 0612-345678", "2026-003", c -> false))
                .isEqualTo("op 2026-11-26, tel 0612-345678");
    }

    @Test
    void theChairReadsEveryMarkerAsWritten() {
        String t = "[cliënt 2026-005/2026-015] en [adres cliënt 2026-001/2026-015], 2026-012";
        assertThat(NeedToKnow.markers(t, "2026-001", null)).isEqualTo(t);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> caseNo = Arbitraries.integers().between(1, 30).map(i -> String.format("2026-%03d", i));
        Arbitrary<String> cases = caseNo.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("/", l));
        Arbitrary<String> marker = Combinators.combine(Arbitraries.of("cliënt ", "adres cliënt ", "zoon van cliënt ",
                "wettelijk vertegenwoordiger van cliënt "), cases).as((k, c) -> "[" + k + c + "]");
        Arbitrary<String> mixed = Combinators.combine(cases, cases).as((a, b) -> "[cliënt " + a + " of moeder van cliënt " + b + "]");
        Arbitrary<String> word = Arbitraries.of("belde", "de", "woning", "[melder]", "[persoon]", "[BSN]", "(", ")", "[", "]",
                "2026-11-26", "0612-345678", "zie", "x2026-001");
        Arbitrary<String> piece = Arbitraries.oneOf(marker, mixed, caseNo, word);
        return piece.list().ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<Set<String>> kringCases() {
        return Arbitraries.integers().between(1, 30).map(i -> String.format("2026-%03d", i)).set().ofMaxSize(8);
    }

    @Property(tries = 2000, seed = "11")
    void aPartnerCopyNeverShowsACaseNumberOutsideTheReadersKring(@ForAll("texts") String text,
                                                                  @ForAll("kringCases") Set<String> known) {
        String item = known.isEmpty() ? "2026-031" : known.iterator().next();
        String out = NeedToKnow.markers(text, item, known::contains);
        Matcher m = NUMBER.matcher(out);
        while (m.find()) {
            String n = m.group();
            boolean partOfLonger = m.start() > 0 && Character.isLetterOrDigit(out.charAt(m.start() - 1))
                    || m.end() < out.length() && Character.isDigit(out.charAt(m.end()));
            if (!partOfLonger && !n.equals("2026-11-2")) {
                assertThat(known).as("%s in '%s' (from '%s')", n, out, text).contains(n);
            }
        }
        // applying the rule twice changes nothing more
        assertThat(NeedToKnow.markers(out, item, known::contains)).isEqualTo(out);
    }

    // ---------------------------------------------------------------- paragraphs and decisions, every cell

    @Test
    void paragraphsAndDecisionsForEveryRoleDomainAndVisibility() {
        for (Role role : Role.values()) {
            for (LifeDomain d : LifeDomain.values()) {
                for (Visibility v : Visibility.values()) {
                    RelevanceMatrix m = RelevanceMatrix.defaults().with(role, d, v);
                    List<Role> roles = List.of(role);
                    boolean full = v == Visibility.VOLLEDIG;
                    assertThat(NeedToKnow.mayRead(m, roles, new MinutesParagraph(d, "x"))).isEqualTo(full);
                    assertThat(NeedToKnow.mayRead(m, roles, new MinutesParagraph(null, "x"))).isFalse();
                    assertThat(NeedToKnow.mayRead(m, roles, MinutesParagraph.general("x"))).isTrue();
                    assertThat(NeedToKnow.mayRead(m, null, new MinutesParagraph(null, "x"))).isTrue();

                    Decision other = new Decision("x", "other", null, d, false);
                    assertThat(NeedToKnow.actionVisible(m, roles, "me", other)).isEqualTo(full);
                    assertThat(NeedToKnow.actionVisible(m, roles, "other", other)).isTrue();
                    assertThat(NeedToKnow.actionVisible(m, roles, "me", new Decision("x", "other", null))).isFalse();
                    assertThat(NeedToKnow.actionVisible(m, roles, "me", new Decision("x", "other", null, null, true))).isTrue();
                    assertThat(NeedToKnow.actionVisible(m, null, null, other)).isTrue();
                    // on a presentation nobody owns an action: only the category decides
                    assertThat(NeedToKnow.actionVisible(m, roles, null, other)).isEqualTo(full);
                }
            }
        }
    }

    @Test
    void everyKringPartnerOfAnItemIsARecipientPresentOrNot() {
        Meeting meeting = new Meeting(LocalDate.of(2026, 11, 26), null, null, List.of(),
                List.of(AgendaItem.of("2026-001"), AgendaItem.of("2026-002")));
        Map<String, List<String>> kring = Map.of("2026-001", List.of("ggd", "woco"), "2026-002", List.of("ha", "ggd"));
        assertThat(NeedToKnow.recipients(meeting, kring::get)).containsExactly("ggd", "woco", "ha");
    }

    @Test
    void unclassifiedParagraphsAreCounted() {
        Meeting meeting = new Meeting(LocalDate.of(2026, 11, 26), null, null, List.of(),
                List.of(new AgendaItem("2026-001", 10, List.of(new MinutesParagraph(null, "a"),
                        new MinutesParagraph(null, " "), MinutesParagraph.general("b"),
                        new MinutesParagraph(LifeDomain.HUISVESTING, "c")), List.of(), List.of())));
        assertThat(NeedToKnow.unclassified(meeting)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- the editor's suggestion

    @Test
    void eachLeefgebiedsWordsSuggestIt() {
        List<String> wrong = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            for (String stem : DomainSuggestion.stems(d)) {
                if (DomainSuggestion.suggest("Het " + stem + " speelt.").orElse(null) != d) {
                    wrong.add(d + ":" + stem);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(DomainSuggestion.suggest("Door de politie meegenomen en na verhoor heengezonden."))
                .contains(LifeDomain.VEILIGHEID);
        assertThat(DomainSuggestion.suggest("Huurachterstand van drie maanden; de corporatie overweegt ontruiming."))
                .contains(LifeDomain.HUISVESTING);
        assertThat(DomainSuggestion.suggest("Goed gesprek gehad.")).isEmpty();
        assertThat(DomainSuggestion.suggest(null)).isEmpty();
    }
}
