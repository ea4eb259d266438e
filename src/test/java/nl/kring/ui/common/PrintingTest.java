package nl.kring.ui.common;

import javafx.scene.shape.Rectangle;
import nl.kring.ui.meetings.MeetingsViewModel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing the agenda or the password list on a laptop without a printer used to do nothing at all: no dialog, no
 * word. Now the chair reads that nothing was printed and how to print the PDF instead.
 */
class PrintingTest {
    @Test
    void withoutAPrinterTheChairIsToldThatNothingWasPrinted() {
        assertThat(Printing.print(null, new Rectangle(10, 10), () -> null)).isEqualTo(Printing.Outcome.NO_PRINTER);

        MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 12, 5));
        vm.printed(Printing.Outcome.NO_PRINTER);
        assertThat(vm.messageProperty().get()).isEqualTo("Geen printer gevonden op deze computer: er is niets "
                + "afgedrukt. Open de PDF (bijvoorbeeld de uitnodiging of het rooster) in een PDF-lezer om die af te drukken.");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();

        vm.printed(Printing.Outcome.PRINTED);
        assertThat(vm.messageProperty().get()).isEqualTo("Naar de printer gestuurd.");
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        // the chair's own cancel needs no word, and leaves the last one
        vm.printed(Printing.Outcome.CANCELLED);
        assertThat(vm.messageProperty().get()).isEqualTo("Naar de printer gestuurd.");
        assertThat(Printing.Outcome.FAILED.message()).hasValueSatisfying(m -> assertThat(m).startsWith("Afdrukken is mislukt"));
    }
}
