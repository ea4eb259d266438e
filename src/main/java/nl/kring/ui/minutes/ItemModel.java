package nl.kring.ui.minutes;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.PartnerRef;

import java.util.List;

/** One agenda item in the minutes editor: its paragraphs and decisions, the kring that may own a decision. */
public final class ItemModel {
    private final String caseNumber;
    private final String clientName;
    private final List<PartnerRef> kring;
    private final ObservableList<ParagraphModel> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<DecisionModel> decisions = FXCollections.observableArrayList();

    ItemModel(AgendaItem item, String clientName, List<PartnerRef> kring) {
        this.caseNumber = item.caseNumber();
        this.clientName = clientName == null ? "" : clientName;
        this.kring = List.copyOf(kring);
        item.minutes().forEach(p -> paragraphs.add(new ParagraphModel(p)));
        item.decisions().forEach(d -> decisions.add(new DecisionModel(d)));
    }

    public String caseNumber() {
        return caseNumber;
    }

    /** The client's name: only on the chair's own screen. */
    public String clientName() {
        return clientName;
    }

    public List<PartnerRef> kring() {
        return kring;
    }

    public ObservableList<ParagraphModel> paragraphs() {
        return paragraphs;
    }

    public ObservableList<DecisionModel> decisions() {
        return decisions;
    }
}
