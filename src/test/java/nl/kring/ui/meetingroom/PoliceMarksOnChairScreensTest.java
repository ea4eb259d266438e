package nl.kring.ui.meetingroom;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: the chair's own screen marks information from the police in words, not by colour: in the meeting room the
 * demo's 2026-010 (26-11-2026) shows its JURIDISCH note, its VEILIGHEID paragraph and its decision from the police each
 * with "van de politie" beside it, and nothing else is marked. In "bekijk als" for a partner outside the police rule
 * the same three are replaced by the reason, in words.
 */
class PoliceMarksOnChairScreensTest extends MeetingRoomFixture {
    static final String NOTE = "voorwaardelijke straf uit 2024";
    static final String PARAGRAPH = "geen andere wapens aangetroffen";
    static final String DECISION = "aangifte bij het OM";

    @Test
    void theChairsViewMarksTheNoteTheParagraphAndTheDecisionFromThePoliceInWords() throws Exception {
        load();
        goTo("2026-010");
        List<String> chair = onFx(() -> DemoVault.texts(new ItemViewPane(vm.chairViewProperty().get(),
                ItemViewPane.Mode.CHAIR, "de voorzitter")));
        // the note: a "van de politie" label right above it
        int note = indexOf(chair, NOTE);
        assertThat(chair.get(note - 1)).isEqualTo("van de politie");
        // the paragraph: its leefgebied, then "van de politie", then the text
        int paragraph = indexOf(chair, PARAGRAPH);
        assertThat(chair.get(paragraph - 1)).isEqualTo("van de politie");
        // the decision: "(van de politie)" in its own line
        assertThat(chair.get(indexOf(chair, DECISION))).startsWith("• (van de politie) ");
        // exactly these three: no other note, paragraph or decision of the item is marked
        assertThat(chair.stream().filter(t -> t.contains("van de politie"))).hasSize(3);

        // bekijk als the GGD (VOLLEDIG for JURIDISCH and VEILIGHEID, but not in the default police rule): all three
        // replaced by the reason in words
        AttendeeRow ggd = vm.checkIn().everyone().stream().filter(r -> r.partner().id().equals("ggd-vangnet")).findFirst()
                .orElseThrow();
        List<String> asGgd = onFx(() -> DemoVault.texts(new ItemViewPane(vm.viewAs(ggd.id()).orElseThrow().view(),
                ItemViewPane.Mode.ATTENDEE, ggd.partner().role().label())));
        assertThat(String.join("\n", asGgd)).doesNotContain(NOTE).doesNotContain(PARAGRAPH).doesNotContain(DECISION);
        assertThat(asGgd.stream().filter(t -> t.contains("informatie van de politie: alleen voor de rollen die de keten afsprak")))
                .hasSize(3);
    }

    private static int indexOf(List<String> texts, String needle) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not on the screen: " + texts);
    }
}
