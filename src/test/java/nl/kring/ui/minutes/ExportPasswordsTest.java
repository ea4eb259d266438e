package nl.kring.ui.minutes;

import org.junit.jupiter.api.Tag;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.report.ReportPasswords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Per-partner passwords chosen before an export: generated ones are readable and strong; short ones are refused. */
@Tag("ui")
class ExportPasswordsTest {
    static final List<Partner> PARTNERS = List.of(
            partner("ggd", "GGD Rivierstad", Role.GGD), partner("politie", "Politie Rivierstad", Role.POLITIE));

    static Partner partner(String id, String name, Role role) {
        return new Partner(id, name, role, Tier.KERN, LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1),
                List.of(new Attendee(id + "-1", "A. Persoon", "")));
    }

    static boolean valid(ExportPasswordsModel model) {
        try {
            return onFx(() -> model.validProperty().get());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void generatedPasswordsAreLongDistinctAndFreeOfLookAlikes() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String pw = ReportPasswords.generate(random);
            assertThat(pw).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContainPattern("[ilo01]");
            assertThat(ReportPasswords.problem(pw)).isEmpty();
            seen.add(pw);
        }
        assertThat(seen).hasSize(500);
        assertThat(ReportPasswords.problem("kort")).contains("short");
        assertThat(ReportPasswords.problem("   ")).contains("empty");
        assertThat(ReportPasswords.problem("twaalf tekens")).isEmpty();
    }

    @Test
    void onlyTickedRowsGetAPasswordAndATickedRowNeedsOne() throws Exception {
        ExportPasswordsModel model = onFx(() -> new ExportPasswordsModel(PARTNERS));
        assertThat(onFx(() -> model.validProperty().get())).isTrue();
        assertThat(onFx(model::passwords)).isEmpty();

        ExportPasswordsModel.Row ggd = model.rows().getFirst();
        onFx(() -> {
            ggd.protectProperty().set(true);
            return null;
        });
        assertThat(onFx(() -> model.validProperty().get())).isFalse();
        assertThat(onFx(() -> ggd.problemProperty().get())).isEqualTo("Vul een wachtwoord in.");
        onFx(() -> {
            ggd.passwordProperty().set("kort");
            return null;
        });
        assertThat(onFx(() -> ggd.problemProperty().get())).isEqualTo("Minstens 12 tekens.");
        onFx(() -> {
            ggd.passwordProperty().set("  lang genoeg wachtwoord ");
            return null;
        });
        assertThat(onFx(() -> model.validProperty().get())).isTrue();
        assertThat(onFx(model::passwords)).isEqualTo(Map.of("ggd", "lang genoeg wachtwoord"));

        onFx(() -> {
            model.clear();
            return null;
        });
        assertThat(onFx(model::passwords)).isEmpty();
        assertThat(ggd.passwordProperty().get()).isEmpty();
    }

    @Test
    void theDialogGeneratesAPasswordPerPartnerAndBlocksAnEmptyOne() throws Exception {
        ExportPasswordsModel model = onFx(() -> new ExportPasswordsModel(PARTNERS));
        onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(ExportPasswordsDialog.content(model)), 700, 300));
            stage.show();
            return null;
        });
        FxRobot robot = new FxRobot();
        TextField politiePw = robot.lookup("#export-password-politie").queryAs(TextField.class);
        assertThat(politiePw.isDisabled()).isTrue();

        robot.clickOn("#export-generate-politie");
        waitUntil(30, () -> !politiePw.getText().isEmpty());
        assertThat(robot.lookup("#export-protect-politie").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(politiePw.isDisabled()).isFalse();
        assertThat(ReportPasswords.problem(politiePw.getText())).isEmpty();

        robot.clickOn("#export-protect-ggd");
        waitUntil(30, () -> !valid(model));
        robot.clickOn("#export-password-ggd").write("veel te kort");
        waitUntil(30, () -> valid(model));
        assertThat(onFx(model::passwords)).containsOnlyKeys("ggd", "politie").containsEntry("ggd", "veel te kort");
        onFx(() -> {
            robot.lookup("#export-password-ggd").query().getScene().getWindow().hide();
            return null;
        });
    }
}
