package nl.kring.ui.meetings;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.Role;
import nl.kring.interchange.Importer;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: in the English UI the agenda's kring column and the partners' roles read English words, not the Dutch
 * abbreviations of the vangnetoverleg ("HA", "Gem.", "Woco") or the Dutch role names.
 */
class EnglishRoleWordsTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @AfterEach
    void dutchAgain() {
        I18n.use(Locale.of("nl"));
    }

    /** The Dutch words for the roles (names and short words) that the English UI must not show. */
    private static Set<String> dutchRoleWords() {
        ResourceBundle nl = ResourceBundle.getBundle(I18n.BUNDLE, Locale.of("nl"));
        ResourceBundle en = ResourceBundle.getBundle(I18n.BUNDLE, Locale.ROOT);
        return nl.keySet().stream().filter(k -> k.startsWith("role."))
                .filter(k -> !nl.getString(k).equals(en.getString(k)))
                .map(nl::getString).collect(Collectors.toSet());
    }

    @Test
    void theAgendaOfTheDemoMeetingShowsEnglishShortNamesInTheEnglishUi() throws Exception {
        Set<String> dutch = dutchRoleWords();
        assertThat(dutch).contains("HA", "Gem.", "Woco", "Huisarts", "Gemeente", "Politie");
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, DemoData.demoData());
            I18n.use(Locale.ENGLISH);
            MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), new Services(store), () -> MEETING);
            vm.refresh(MEETING);
            assertThat(vm.items()).isNotEmpty();
            List<String> shortNames = vm.items().stream().flatMap(r -> Arrays.stream(r.kringShortText().split(", "))).toList();
            // the role word leads each short name ("MHC Stroomland" where two share it)
            assertThat(shortNames).extracting(s -> s.split(" ")[0]).doesNotContainAnyElementsOf(dutch)
                    .contains("PHS", "Munic.");
        }
    }

    @Test
    void everyRoleHasAnEnglishNameAndShortWordThatIsNotTheDutchOne() {
        Set<String> dutch = dutchRoleWords();
        I18n.use(Locale.ENGLISH);
        for (Role r : Role.values()) {
            assertThat(RoleTexts.label(r)).as(r.name()).doesNotStartWith("!").isNotIn(dutch);
            if (r != Role.OVERIG) {
                assertThat(RoleTexts.shortName(r)).as(r.name()).isNotNull().isNotIn(dutch);
            }
        }
        assertThat(RoleTexts.label(Role.HUISARTS)).isEqualTo("General practitioner");
        assertThat(RoleTexts.shortName(Role.GEMEENTE)).isEqualTo("Munic.");
        I18n.use(Locale.of("nl"));
        for (Role r : Role.values()) {
            assertThat(RoleTexts.label(r)).as(r.name()).isEqualTo(r.label()); // the Dutch UI: the covenant's words
        }
        assertThat(RoleTexts.shortName(Role.HUISARTS)).isEqualTo("HA");
    }
}
