package nl.kring.ui.meetingroom;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the chair's own screen marks information from the police in words, not by colour: in the meeting room the
 * demo's 2026-010 (26-11-2026) shows its JURIDISCH note, its VEILIGHEID paragraph and its decision from the police each
 * with "van de politie" beside it, and nothing else is marked. In "bekijk als" for a partner outside the police rule
 * the same three are replaced by the reason, in words.
 */
class PoliceMarksOnChairScreensTest {
    static final String NOTE = "voorwaardelijke straf uit 2024";
    static final String PARAGRAPH = "geen andere wapens aangetroffen";
    static final String DECISION = "aangifte bij het OM";

    @TempDir
    Path dir;
    Store store;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    @Test
    void theChairsViewMarksTheNoteTheParagraphAndTheDecisionFromThePoliceInWords() throws Exception {
        store = DemoVault.create(dir.resolve("vault"));
        MeetingRoomViewModel vm = onFx(() -> new MeetingRoomViewModel(new SameThreadExecutor(), new Services(store), MEETING));
        onFx(() -> {
            vm.load();
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals("2026-010")) {
                    vm.go(i);
                }
            }
            return null;
        });
        List<String> chair = onFx(() -> texts(new ItemViewPane(vm.chairViewProperty().get(), ItemViewPane.Mode.CHAIR,
                "de voorzitter")));
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
        List<String> asGgd = onFx(() -> texts(new ItemViewPane(vm.viewAs(ggd.id()).orElseThrow().view(), ItemViewPane.Mode.ATTENDEE,
                ggd.partner().role().label())));
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
