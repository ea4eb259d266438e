package nl.kring.ui.meetings;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.AgendaItem;

import java.util.List;

/**
 * One agenda line on the chair's screen: case number, the client's name (only here, in the chair's own view), the
 * partners of its kring and the minutes reserved for it.
 */
public final class AgendaRow {
    private final String caseNumber;
    private final String clientName;
    private final List<String> kring;
    private final IntegerProperty duration = new SimpleIntegerProperty(AgendaItem.DEFAULT_DURATION);
    private final StringProperty start = new SimpleStringProperty("");
    private final boolean hasRecords;
    private final boolean hasDisclosures;
    private final StringProperty evaluation = new SimpleStringProperty("");
    private String evaluationDue = "";
    private final StringProperty consentRule = new SimpleStringProperty("");

    public AgendaRow(String caseNumber, String clientName, List<String> kring, int duration, boolean hasRecords,
                     boolean hasDisclosures) {
        this.caseNumber = caseNumber;
        this.clientName = clientName;
        this.kring = List.copyOf(kring);
        this.duration.set(duration);
        this.hasRecords = hasRecords;
        this.hasDisclosures = hasDisclosures;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String clientName() {
        return clientName;
    }

    public List<String> kring() {
        return kring;
    }

    /** The partners' names for the agenda (issue 13: not their internal ids); the ids while no names are known. */
    private List<String> kringNames = List.of();

    /** The partners' short names (issue 13: one line per row; {@link PartnerShortNames}). */
    private List<String> kringShort = List.of();

    public void setKringNames(List<String> names) {
        this.kringNames = List.copyOf(names);
    }

    public void setKringNames(List<String> names, List<String> shortNames) {
        this.kringNames = List.copyOf(names);
        this.kringShort = List.copyOf(shortNames);
    }

    public String kringText() {
        return String.join(", ", kringNames.isEmpty() ? kring : kringNames);
    }

    /** The kring as the agenda shows it: short names on one line ("GGD, Woco, Huisarts"). */
    public String kringShortText() {
        return kringShort.isEmpty() ? kringText() : String.join(", ", kringShort);
    }

    /** The kring in full, a partner a line, for the tooltip of the agenda's kring cell. */
    public String kringTooltip() {
        return String.join("\n", kringNames.isEmpty() ? kring : kringNames);
    }

    public IntegerProperty durationProperty() {
        return duration;
    }

    /** The planned start time ("09:20"), kept up to date by the view model. */
    public StringProperty startProperty() {
        return start;
    }

    /** Minutes or decisions were recorded for this item. */
    public boolean hasRecords() {
        return hasRecords;
    }

    /** Disclosure notes were recorded for this item; they belong to the client's record. */
    public boolean hasDisclosures() {
        return hasDisclosures;
    }

    /** The state of the case's evaluation of the restriction on the meeting date, as text ("" when nothing is due). */
    public StringProperty evaluationProperty() {
        return evaluation;
    }

    /** The evaluation due date as shown ("01-12-2026"), for the marker's tooltip; "" when none. */
    public String evaluationDueText() {
        return evaluationDue;
    }

    void evaluationDueText(String text) {
        evaluationDue = text == null ? "" : text;
    }

    /** The evaluation of this case was overdue on the meeting date. */
    public boolean evaluationOverdue() {
        return evaluation.get().startsWith(OVERDUE_MARK);
    }

    /** Starts an overdue marker, so the state reads without colour too. */
    /** Who decides on consent for this item on the meeting date, and whether they did (empty for an adult). */
    public StringProperty consentRuleProperty() {
        return consentRule;
    }

    /** The same in brief for the agenda's cell (issue 13); the whole rule is its tooltip. */
    private final StringProperty consentBrief = new SimpleStringProperty("");

    public StringProperty consentBriefProperty() {
        return consentBrief;
    }

    public static final String OVERDUE_MARK = "⚠";

    Observable[] observables() {
        return new Observable[] {duration};
    }
}
