package nl.kring.ui.meetingroom;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.CaseView;
import nl.kring.domain.Consent;
import nl.kring.domain.DecisionView;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DomainView;
import nl.kring.domain.HiddenReason;
import nl.kring.domain.IdentityView;
import nl.kring.domain.Informed;
import nl.kring.domain.ItemView;
import nl.kring.domain.LegalFooting;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Part;
import nl.kring.domain.PartnerRef;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws an {@link ItemView} read-only: on the chair's screen, in "bekijk als" and on the presentation window. Every
 * hidden part is drawn as visibly absent ("niet zichtbaar voor Woningcorporatie", style {@code .hidden-part}),
 * never as an empty field; a part that may be seen but was not recorded says so ("niet ingevuld").
 */
public final class ItemViewPane extends VBox {

    public enum Mode {
        /** The chair's own screen: everything. */
        CHAIR,
        /** "Bekijk als": every part, hidden ones marked. */
        ATTENDEE,
        /** The projector: what matters in the room; the chair-only parts are left out rather than marked. */
        PRESENTATION
    }

    private final Mode mode;
    private final String hiddenFor;

    /**
     * @param hiddenFor who a hidden part is hidden from, for the marker: a role ("Woningcorporatie"), or "iedereen
     *                  in de zaal"
     */
    public ItemViewPane(ItemView view, Mode mode, String hiddenFor) {
        this.mode = mode;
        this.hiddenFor = hiddenFor;
        getStyleClass().addAll("item-view", "item-view-" + mode.name().toLowerCase(Locale.ROOT));
        setSpacing(6);
        setFillWidth(true);
        if (view instanceof CaseView cv) {
            build(cv);
        } else if (view instanceof ItemView.Withheld w) {
            Label l = hidden(I18n.t(w.reason().key(), hiddenFor));
            l.setId("view-withheld");
            getChildren().add(l);
        }
    }

    private void build(CaseView v) {
        Label number = new Label(v.caseNumber());
        number.setId("view-case-number");
        number.getStyleClass().add("view-case-number");
        // the case number, the name and the phase whole; in a narrow column the name goes to a next line (issue 13)
        FlowPane head = new FlowPane(16, 2, number);
        head.setAlignment(Pos.BASELINE_LEFT);
        number.setMinWidth(Region.USE_PREF_SIZE);
        v.identity().name().shownValue().ifPresent(n -> {
            Label name = new Label(n);
            name.setId("view-client-name");
            name.getStyleClass().add("view-client-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(name);
        });
        v.phase().shownValue().ifPresent(p -> {
            Label phase = new Label(p.label());
            phase.getStyleClass().addAll("view-phase", "muted");
            phase.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(phase);
        });
        getChildren().add(head);

        FlowPane kring = new FlowPane(6, 4);
        kring.getStyleClass().add("view-kring");
        Label kl = new Label(I18n.t("view.kring"));
        kl.getStyleClass().add("view-label");
        kring.getChildren().add(kl);
        for (PartnerRef p : v.kring()) {
            Label chip = new Label(p.name());
            chip.getStyleClass().add("kring-chip");
            kring.getChildren().add(chip);
        }
        getChildren().add(kring);

        Node client = identity(v.identity(), v.referrer());
        Node domains = section(I18n.t("view.section.domains"), domains(v));
        Node minutes = section(I18n.t("view.section.minutes"), minutes(v.minutes()));
        Node decisions = section(I18n.t("view.section.decisions"), decisions(v.decisions()));
        if (mode == Mode.PRESENTATION) {
            // two columns, so that a whole item fits on a projector without scrolling
            VBox left = new VBox(6, client, domains);
            VBox right = new VBox(6, minutes, decisions);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            left.setPrefWidth(1);
            right.setPrefWidth(1);
            HBox columns = new HBox(32, left, right);
            columns.getStyleClass().add("view-columns");
            getChildren().add(columns);
        } else {
            getChildren().addAll(client, domains, minutes, decisions);
            getChildren().add(section(I18n.t("view.section.legal"), legal(v.legal())));
            getChildren().add(section(I18n.t("view.section.disclosures"), disclosures(v.disclosures())));
        }
    }

    private Node identity(IdentityView id, Part<Referrer> referrer) {
        GridPane g = grid();
        List<String> hiddenNames = new ArrayList<>();
        if (mode == Mode.PRESENTATION) {
            // The name is in the heading; the BSN never comes here, the case number stands in for it.
            identityRow(g, I18n.t("view.name"), id.name(), String::valueOf, "name", hiddenNames, !id.name().isHidden());
            identityRow(g, I18n.t("client.address"), id.address(), String::valueOf, "address", hiddenNames, false);
        } else {
            identityRow(g, I18n.t("view.name"), id.name(), String::valueOf, "name", hiddenNames, !id.name().isHidden());
            identityRow(g, I18n.t("client.address"), id.address(), String::valueOf, "address", hiddenNames, false);
            identityRow(g, I18n.t("client.bsn"), id.bsn(), String::valueOf, "bsn", hiddenNames, false);
            identityRow(g, I18n.t("client.firstNames"), id.firstNames(), String::valueOf, "firstNames", hiddenNames, false);
            identityRow(g, I18n.t("client.aliases"), id.aliases(), a -> String.join(", ", a), "aliases", hiddenNames, false);
            identityRow(g, I18n.t("client.birthDate"), id.birthDate(), Dates::format, "birthDate", hiddenNames, false);
            identityRow(g, I18n.t("client.phone"), id.phone(), String::valueOf, "phone", hiddenNames, false);
            identityRow(g, I18n.t("client.relatives"), id.relatives(), ItemViewPane::relatives, "relatives", hiddenNames, false);
            identityRow(g, I18n.t("client.legalRep"), id.legalRepresentative(), String::valueOf, "legalRep", hiddenNames, false);
            identityRow(g, I18n.t("client.fileNumbers"), id.fileNumbers(), n -> String.join("; ", n), "fileNumbers",
                    hiddenNames, false);
            identityRow(g, I18n.t("case.section.referrer"), referrer, ItemViewPane::referrer, "referrer", hiddenNames, false);
        }
        VBox box = new VBox(4);
        if (!g.getChildren().isEmpty()) {
            box.getChildren().add(g);
        }
        if (!hiddenNames.isEmpty()) {
            // one line rather than a row per field: what is absent, and for whom
            Label l = hidden(I18n.t("view.hiddenList", hiddenFor, lower(hiddenNames)));
            l.setId("view-identity-hidden");
            box.getChildren().add(l);
        }
        return section(I18n.t("view.section.client"), box);
    }

    /** A shown or not-recorded field gets its row; a hidden one goes into the "niet zichtbaar" line. */
    private <T> void identityRow(GridPane g, String label, Part<T> part, Function<T, String> text, String id,
                                 List<String> hiddenNames, boolean inHeading) {
        if (part.isHidden()) {
            hiddenNames.add(label);
        } else if (!inHeading) {
            row(g, label, part(part, text), id);
        }
    }

    private static String lower(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            // the labels continue a sentence: lower case, except "BSN"
            out.add(n.equals(n.toUpperCase(Locale.ROOT)) ? n
                    : n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1));
        }
        return String.join(", ", out);
    }

    private static String relatives(List<Relative> rs) {
        return rs.stream().map(r -> r.name() + (r.relation() == null ? "" : " (" + r.relation() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String referrer(Referrer r) {
        if (r.anonymous()) {
            return I18n.t("view.referrer.anonymous", r.name() == null ? "" : r.name()).strip();
        }
        return r.name() + (r.organisation() == null ? "" : " (" + r.organisation() + ")");
    }

    private Node domains(CaseView v) {
        GridPane g = grid();
        List<String> quiet = new ArrayList<>();
        List<String> hiddenNames = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            DomainView dv = v.domain(d);
            if (mode == Mode.PRESENTATION) {
                // on the projector only what has something to say gets a row; the rest is summed up below
                switch (dv) {
                    case DomainView.Hidden h -> hiddenNames.add(d.label());
                    case DomainView.Signal s when !s.problem() -> quiet.add(d.label());
                    case DomainView.Full f when !f.score().isShown() && !f.note().isShown() -> quiet.add(d.label());
                    default -> row(g, d.label(), domainValue(dv), "domain-" + d.name());
                }
            } else {
                row(g, d.label(), domainValue(dv), "domain-" + d.name());
            }
        }
        VBox box = new VBox(4, g);
        if (!quiet.isEmpty()) {
            Label l = muted(I18n.t("view.domains.quiet", lower(quiet)));
            l.setId("view-domains-quiet");
            box.getChildren().add(l);
        }
        if (!hiddenNames.isEmpty()) {
            Label l = hidden(I18n.t("view.hiddenList", hiddenFor, lower(hiddenNames)));
            l.setId("view-domains-hidden");
            box.getChildren().add(l);
        }
        return box;
    }

    private Node domainValue(DomainView dv) {
        return switch (dv) {
            case DomainView.Full f -> full(f);
            case DomainView.Signal s -> signal(s);
            case DomainView.Hidden h -> hidden(hiddenText(h.reason()));
        };
    }

    private Node full(DomainView.Full f) {
        if (!f.score().isShown() && !f.note().isShown()) {
            return notRecorded();
        }
        VBox box = new VBox(2);
        f.score().shownValue().ifPresent(s -> {
            Label l = wrap(I18n.t("view.score", s, I18n.t("domain.score." + s)));
            l.getStyleClass().addAll("score", "score-" + s);
            box.getChildren().add(l);
        });
        if (f.policeNote() && f.note().isShown()) {
            // issue 15: the note came from the police; marked in words on every screen that shows it
            Label tag = new Label(I18n.t("view.police.tag"));
            tag.getStyleClass().add("paragraph-tag");
            tag.setId("view-police-note-" + f.domain().name());
            box.getChildren().add(tag);
        }
        f.note().shownValue().ifPresent(n -> box.getChildren().add(wrap(n)));
        if (f.note() instanceof Part.Hidden<String> h && mode != Mode.PRESENTATION) {
            box.getChildren().add(hidden(hiddenText(h.reason()))); // a note from the police, on the chair's screen
        }
        return box;
    }

    private Node signal(DomainView.Signal s) {
        String text;
        if (!s.problem()) {
            text = I18n.t("view.signal.none");
        } else if (s.viaChair()) {
            text = I18n.t("view.signal.viaChair");
        } else {
            text = I18n.t("view.signal.contact", s.contacts().stream().map(PartnerRef::name).collect(Collectors.joining(", ")));
        }
        Label l = wrap(text);
        l.getStyleClass().add(s.problem() ? "signal-problem" : "signal-none");
        return l;
    }

    private Node minutes(List<Part<MinutesParagraph>> paragraphs) {
        VBox box = new VBox(6);
        int hiddenParagraphs = 0;
        if (paragraphs.isEmpty()) {
            box.getChildren().add(muted(I18n.t("view.minutes.none")));
        }
        for (Part<MinutesParagraph> p : paragraphs) {
            switch (p) {
                case Part.Shown<MinutesParagraph> s -> {
                    VBox para = new VBox(1);
                    if (s.value().category() != null) {
                        Label tag = new Label(s.value().category().label());
                        tag.getStyleClass().add("paragraph-tag");
                        para.getChildren().add(tag);
                    }
                    if (s.value().police()) {
                        // issue 15: shown only because everyone reading may read information from the police
                        Label tag = new Label(I18n.t("view.police.tag"));
                        tag.getStyleClass().add("paragraph-tag");
                        para.getChildren().add(tag);
                    }
                    para.getChildren().add(wrap(s.value().text()));
                    box.getChildren().add(para);
                }
                case Part.Hidden<MinutesParagraph> h -> {
                    if (mode == Mode.PRESENTATION) {
                        hiddenParagraphs++;
                    } else {
                        box.getChildren().add(hidden(I18n.t("view.paragraph.hidden", hiddenText(h.reason()))));
                    }
                }
                case Part.NotRecorded<MinutesParagraph> n -> { }
            }
        }
        if (hiddenParagraphs > 0) {
            Label l = hidden(I18n.t(hiddenParagraphs == 1 ? "view.paragraphs.hiddenOne" : "view.paragraphs.hidden", hiddenParagraphs, hiddenFor));
            l.setId("view-paragraphs-hidden");
            box.getChildren().add(l);
        }
        return box;
    }

    private Node decisions(Part<List<DecisionView>> decisions) {
        return switch (decisions) {
            case Part.Hidden<List<DecisionView>> h -> hidden(hiddenText(h.reason()));
            case Part.NotRecorded<List<DecisionView>> n -> muted(I18n.t("view.decisions.none"));
            case Part.Shown<List<DecisionView>> s -> {
                VBox box = new VBox(4);
                for (DecisionView d : s.value()) {
                    StringBuilder sb = new StringBuilder("• ");
                    if (d.action().isShown()) {
                        if (d.police()) {
                            // issue 15: shown only because everyone reading may read information from the police
                            sb.append('(').append(I18n.t("view.police.tag")).append(") ");
                        }
                        sb.append(d.action().shownValue().orElseThrow());
                        d.owner().shownValue().ifPresent(o -> sb.append(" — ").append(o.name()));
                        d.due().shownValue().ifPresent(due -> sb.append(" — ").append(I18n.t("view.due", Dates.format(due))));
                    } else {
                        // NeedToKnow: the text is not for this audience, who and when are
                        sb.append(I18n.t("view.decision.actionOf", d.owner().shownValue().map(o -> o.name()).orElse("–"),
                                d.due().shownValue().map(Dates::format).orElse("–")));
                        if (d.action() instanceof Part.Hidden<String> h && h.reason() == HiddenReason.POLICE
                                && mode != Mode.PRESENTATION) {
                            sb.append(" (").append(hiddenText(h.reason())).append(')');
                        }
                    }
                    Label l = wrap(sb.toString());
                    if (d.own()) {
                        l.setText(sb + "  " + I18n.t("view.ownAction"));
                        l.getStyleClass().add("own-action");
                    }
                    box.getChildren().add(l);
                }
                yield box;
            }
        };
    }

    private Node legal(Part<LegalFooting> legal) {
        return switch (legal) {
            case Part.Hidden<LegalFooting> h -> hidden(hiddenText(h.reason()));
            case Part.NotRecorded<LegalFooting> n -> notRecorded();
            case Part.Shown<LegalFooting> s -> {
                GridPane g = grid();
                LegalFooting f = s.value();
                row(g, I18n.t("case.consent"), part(f.consent(), ItemViewPane::consent), "consent");
                row(g, I18n.t("case.informed"), part(f.informed(), ItemViewPane::informed), "informed");
                row(g, I18n.t("case.evident"), part(f.evidentInterest(), String::valueOf), "evident");
                row(g, I18n.t("case.lighter"), part(f.lighterMeansConsidered(), String::valueOf), "lighter");
                row(g, I18n.t("case.evaluationDue"), part(f.evaluationDue(), Dates::format), "evaluationDue");
                yield g;
            }
        };
    }

    private static String consent(Consent c) {
        StringBuilder sb = new StringBuilder(c.status() == null ? "" : c.status().label());
        if (c.date() != null) {
            sb.append(", ").append(Dates.format(c.date()));
        }
        if (c.by() != null && !c.by().isBlank()) {
            sb.append(", ").append(c.by());
        }
        return sb.toString();
    }

    private static String informed(Informed i) {
        String yes = Boolean.TRUE.equals(i.status()) ? I18n.t("case.yes") : I18n.t("case.no");
        return i.reason() == null || i.reason().isBlank() ? yes : yes + " — " + i.reason();
    }

    private Node disclosures(Part<List<Disclosure>> disclosures) {
        return switch (disclosures) {
            case Part.Hidden<List<Disclosure>> h -> hidden(hiddenText(h.reason()));
            case Part.NotRecorded<List<Disclosure>> n -> muted(I18n.t("view.disclosures.none"));
            case Part.Shown<List<Disclosure>> s -> {
                VBox box = new VBox(4);
                for (Disclosure d : s.value()) {
                    String cats = String.join(", ", d.categoryLabels());
                    box.getChildren().add(wrap("• " + cats + " → " + String.join(", ", d.to())
                            + (d.basis() == null ? "" : " (" + d.basis().name() + ")")
                            + (d.why() == null ? "" : ": " + d.why())
                            + (d.withdrawn() ? " — " + I18n.t("disclosure.withdrawnMark", Dates.format(d.withdrawal().on())) : "")));
                }
                yield box;
            }
        };
    }

    // ---- pieces ----

    private <T> Node part(Part<T> p, Function<T, String> text) {
        return switch (p) {
            case Part.Shown<T> s -> wrap(text.apply(s.value()));
            case Part.NotRecorded<T> n -> notRecorded();
            case Part.Hidden<T> h -> hidden(hiddenText(h.reason()));
        };
    }

    /** "niet zichtbaar voor Woningcorporatie", plus why when it is not the matrix. */
    private String hiddenText(HiddenReason reason) {
        String base = I18n.t("view.hiddenFor", hiddenFor);
        // on the projector the banner above says why; elsewhere the reason helps the chair
        return reason == HiddenReason.MATRIX || mode == Mode.PRESENTATION ? base
                : base + " — " + I18n.t(reason.key(), hiddenFor);
    }

    static Label hidden(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hidden-part");
        Layouts.wrapsWhole(l);
        return l;
    }

    private static Label notRecorded() {
        return muted(I18n.t("view.notRecorded"));
    }

    private static Label muted(String text) {
        Label l = wrap(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        Layouts.wrapsWhole(l); // wraps between words, never inside one (issue 13: "Kastanjelaa n")
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("view-grid");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setHalignment(HPos.LEFT);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        g.getColumnConstraints().setAll(label, value);
        return g;
    }

    private static void row(GridPane g, String label, Node value, String id) {
        int r = g.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("view-label");
        GridPane.setValignment(l, VPos.TOP);
        GridPane.setValignment(value, VPos.TOP);
        value.setId("view-" + id);
        g.add(l, 0, r);
        g.add(value, 1, r);
    }

    private static Node section(String title, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add("view-section");
        t.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, t, content);
        box.getStyleClass().add("view-block");
        return box;
    }
}
