package nl.kring.ui.minutes;

import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.store.Store;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair gives every paragraph an audience (a leefgebied, Algemeen, or none: the verslag only), accepts a suggested
 * leefgebied in one click, sees how many paragraphs are still unclassified before exporting, and gives a decision a
 * category; all of it is stored.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MinutesAudienceFxTest {
    static final LocalDate MEETING = DemoMinutes.MEETING;
    @TempDir
    static Path dir;
    static Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = DemoMinutes.start(stage, dir);
    }

    @Test
    void audienceSuggestionUnclassifiedCountAndDecisionCategory(FxRobot robot) throws Exception {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        ItemModel item = vm.selectedProperty().get();
        assertThat(item.caseNumber()).isEqualTo("2026-001");

        // before export the chair sees how many paragraphs reach nobody but the verslag
        int before = vm.unclassifiedProperty().get();
        assertThat(before).isGreaterThan(0);
        Label count = robot.lookup("#minutes-unclassified").queryAs(Label.class);
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).startsWith(before + " alinea").contains("alleen naar het verslag van de voorzitter");

        // a new paragraph is unclassified; its words suggest a leefgebied, accepted in one click
        robot.clickOn("#minutes-add-paragraph");
        int n = item.paragraphs().size() - 1;
        String id = "#paragraph-2026-001-" + n;
        StyleClassedTextArea area = robot.lookup(id).queryAs(StyleClassedTextArea.class);
        waitUntil(10, area::isFocused);
        robot.write("Door de politie meegenomen en na verhoor heengezonden.");
        waitUntil(10, () -> vm.unclassifiedProperty().get() == before + 1);
        assertThat(count.getText()).startsWith((before + 1) + " alinea");
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Topic>> audience = robot.lookup(id + "-category").queryAs(ComboBox.class);
        assertThat(audience.getConverter().toString(audience.getValue())).isEqualTo("— niet ingedeeld (alleen voorzitter)");
        Button suggest = robot.lookup(id + "-suggest").queryButton();
        assertThat(suggest.isVisible()).isTrue();
        assertThat(suggest.getText()).isEqualTo("Voorstel: Veiligheid ✓");
        robot.clickOn(suggest);
        waitUntil(10, () -> vm.unclassifiedProperty().get() == before);
        assertThat(audience.getValue()).contains(new Topic(LifeDomain.VEILIGHEID));
        assertThat(suggest.isVisible()).isFalse();

        // the first paragraph (untagged in the demo) is for the whole kring: Algemeen
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Topic>> first = robot.lookup("#paragraph-2026-001-0-category").queryAs(ComboBox.class);
        // the new paragraph at the bottom scrolled the first one out of sight: scroll back to it, as the chair would
        robot.interact(() -> {
            for (Node up = first.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane sp) {
                    sp.setVvalue(sp.getVmin());
                }
            }
        });
        robot.clickOn(first);
        // the option in the opened list: since the demo gives a later paragraph the audience Algemeen, that
        // paragraph's combo box shows the same text, so a lookup by text alone may hit its button cell instead
        waitUntil(10, () -> robot.lookup(".combo-box-popup .list-cell")
                .match(LabeledMatchers.hasText("Algemeen (hele kring)")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(LabeledMatchers.hasText("Algemeen (hele kring)")).queryAs(Node.class));
        waitUntil(10, () -> first.getValue().equals(Optional.of(Topic.GENERAL)));
        assertThat(vm.unclassifiedProperty().get()).isEqualTo(before - 1);

        // a decision gets a category: who besides its owner reads its text
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Topic>> decision = robot.lookup("#decision-2026-001-0-category").queryAs(ComboBox.class);
        assertThat(decision.getConverter().toString(decision.getValue())).isEqualTo("— alleen uitvoerder");
        robot.interact(() -> decision.setValue(Optional.of(new Topic(LifeDomain.SOMATISCH_FUNCTIONEREN))));

        robot.clickOn("#minutes-save");
        waitUntil(30, () -> !vm.dirtyProperty().get() && !vm.busyProperty().get());
        AgendaItem stored = store.meetings().find(MEETING).orElseThrow().items().stream()
                .filter(i -> i.caseNumber().equals("2026-001")).findFirst().orElseThrow();
        assertThat(stored.minutes().getFirst().general()).isTrue();
        MinutesParagraph added = stored.minutes().get(n);
        assertThat(added.text()).startsWith("Door de politie meegenomen");
        assertThat(added.category()).isEqualTo(LifeDomain.VEILIGHEID);
        assertThat(stored.decisions().getFirst().category()).isEqualTo(LifeDomain.SOMATISCH_FUNCTIONEREN);
    }

    @Test
    void theExportDialogOpensPerPartnerExactlyWhatItWillReceiveWithEveryReplacement(FxRobot robot) throws Exception {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        while (!vm.names().suspects().isEmpty()) {
            int open = vm.names().suspects().size();
            robot.clickOn(robot.lookup(".suspect-dismiss").queryButton());
            waitUntil(10, () -> vm.names().suspects().size() < open);
        }
        Button export = robot.lookup("#minutes-export").queryButton();
        waitUntil(10, () -> !export.isDisabled());
        robot.clickOn(export);
        waitUntil(10, () -> robot.lookup("#export-preview-woco-dak").tryQuery().isPresent());
        robot.clickOn("#export-preview-woco-dak");
        waitUntil(60, () -> robot.lookup("#export-preview").tryQuery().isPresent());
        VBox pages = robot.lookup("#preview-pages").queryAs(VBox.class);
        assertThat(pages.getChildren()).isNotEmpty().allSatisfy(n -> assertThat(((ImageView) n)
                .getImage().getWidth()).isGreaterThan(100));
        ListView<String> replacements = robot.lookup("#preview-replacements").queryListView();
        assertThat(replacements.getItems()).anySatisfy(r -> assertThat(r).contains("→ [cliënt 2026-001]").contains("2026-001"));
        // nothing in it names a case outside the woningcorporatie's kring
        Set<String> kring = store.cases().all().stream().filter(c -> c.kring().contains("woco-dak"))
                .map(c -> c.number()).collect(Collectors.toSet());
        for (String r : replacements.getItems()) {
            String read = r.substring(r.indexOf('→'), r.lastIndexOf('('));
            Matcher m = Pattern.compile("\\d{4}-\\d{3}").matcher(read);
            while (m.find()) {
                assertThat(kring).as(r).contains(m.group());
            }
        }
    }
}
