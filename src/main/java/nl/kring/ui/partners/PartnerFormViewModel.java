package nl.kring.ui.partners;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.Attendee;
import nl.kring.domain.Contacts;
import nl.kring.domain.Partner;
import nl.kring.domain.PartnerIds;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Text;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.Validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The partner being created or edited, with its rules. */
public final class PartnerFormViewModel extends FormState {
    public static final String F_ID = "id";
    public static final String F_NAME = "name";
    public static final String F_ROLE = "role";
    public static final String F_TIER = "tier";
    public static final String F_SIGNED = "signed";
    public static final String F_ENDS = "ends";
    public static final String F_ATTENDEES = "attendees";
    public static final String F_EMAIL = "email";
    public static final String F_PHONE = "phone";
    public static final int ID_MAX = 64;

    private final BooleanProperty isNew = new SimpleBooleanProperty(true);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final StringProperty signed = new SimpleStringProperty("");
    private final StringProperty ends = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList(AttendeeRow::observables);
    private Set<String> takenPartnerIds = Set.of();
    private Set<String> takenAttendeeIds = Set.of();
    private boolean idTyped;
    private boolean settingId;

    public PartnerFormViewModel(Supplier<LocalDate> today) {
        super(today);
        watch(id, name, role, tier, signed, ends, email, phone);
        watchList(attendees);
        // For a new partner the code follows the name until the chair types one.
        name.addListener((o, a, b) -> {
            if (isNew.get() && !idTyped) {
                settingId = true;
                id.set(Text.slug(b, ID_MAX));
                settingId = false;
            }
        });
        id.addListener((o, a, b) -> {
            if (!settingId) {
                idTyped = !b.isEmpty();
            }
        });
    }

    /** Empties the form for a new partner; {@code others} are the partners already in the register. */
    public void startNew(List<Partner> others) {
        load(() -> {
            remember(others, null);
            isNew.set(true);
            open.set(true);
            idTyped = false;
            id.set("");
            name.set("");
            role.set(null);
            tier.set(Tier.SCHIL);
            signed.set("");
            ends.set("");
            email.set("");
            phone.set("");
            attendees.clear();
        });
    }

    public void edit(Partner p, List<Partner> all) {
        load(() -> {
            remember(all, p.id());
            isNew.set(false);
            open.set(true);
            idTyped = true;
            id.set(p.id());
            name.set(p.name());
            role.set(p.role());
            tier.set(p.tier());
            signed.set(Dates.format(p.agreementSigned()));
            ends.set(Dates.format(p.agreementEnds()));
            email.set(p.email() == null ? "" : p.email());
            phone.set(p.phone() == null ? "" : p.phone());
            attendees.setAll(p.attendees().stream().map(AttendeeRow::of).toList());
        });
    }

    public void close() {
        load(() -> {
            open.set(false);
            isNew.set(true);
            idTyped = false;
            id.set("");
            name.set("");
            role.set(null);
            tier.set(null);
            signed.set("");
            ends.set("");
            email.set("");
            phone.set("");
            attendees.clear();
        });
    }

    private void remember(List<Partner> partners, String self) {
        Set<String> ids = new HashSet<>();
        Set<String> attendeeIds = new HashSet<>();
        for (Partner p : partners) {
            if (p.id().equals(self)) {
                continue;
            }
            ids.add(p.id());
            p.attendees().forEach(a -> attendeeIds.add(a.id()));
        }
        takenPartnerIds = ids;
        takenAttendeeIds = attendeeIds;
    }

    public void addAttendee() {
        attendees.add(new AttendeeRow(null, "", ""));
    }

    @Override
    protected void check(Validation v) {
        if (!open.get()) {
            return;
        }
        String code = id.get().strip();
        if (isNew.get()) {
            if (code.isEmpty()) {
                v.error(F_ID, I18n.t("partner.error.idRequired"));
            } else if (!code.matches("[A-Za-z0-9-]+")) {
                v.error(F_ID, I18n.t("partner.error.idChars"));
            } else {
                // The id becomes a file name in every export: not a report's name, not a Windows device name, not
                // another partner's id in other letter case.
                PartnerIds.problem(code, takenPartnerIds).ifPresent(p -> v.error(F_ID, switch (p) {
                    case REPORT_NAME -> I18n.t("partner.error.idReport", code);
                    case DEVICE_NAME -> I18n.t("partner.error.idDevice", code);
                    case TAKEN -> I18n.t("partner.error.idTaken", code);
                    case EMPTY -> I18n.t("partner.error.idRequired");
                    case CHARACTERS -> I18n.t("partner.error.idChars");
                }));
            }
        }
        v.required(F_NAME, I18n.t("partner.name"), name.get());
        if (role.get() == null) {
            v.error(F_ROLE, I18n.t("partner.error.role"));
        }
        if (tier.get() == null) {
            v.error(F_TIER, I18n.t("partner.error.tier"));
        }
        LocalDate s = v.date(F_SIGNED, I18n.t("partner.signed"), signed.get(), true);
        LocalDate e = v.date(F_ENDS, I18n.t("partner.ends"), ends.get(), false);
        if (e != null && s != null && e.isBefore(s)) {
            v.error(F_ENDS, I18n.t("partner.error.endsBeforeSigned"));
        } else if (e != null && s == null && signed.get().isBlank()) {
            v.error(F_ENDS, I18n.t("partner.error.endsWithoutSigned"));
        }
        if (v.problems().stream().noneMatch(p -> p.field().equals(F_SIGNED) || p.field().equals(F_ENDS))) {
            if (s == null) {
                v.warning(F_SIGNED, I18n.t("partner.warn.noAgreement"));
            } else if (e != null && e.isBefore(v.today())) {
                v.warning(F_ENDS, I18n.t("partner.warn.expired"));
            }
        }
        if (!Contacts.validEmail(email.get())) {
            v.error(F_EMAIL, I18n.t("contact.error.email"));
        }
        if (!Contacts.validPhone(phone.get())) {
            v.error(F_PHONE, I18n.t("contact.error.phone"));
        }
        for (int i = 0; i < attendees.size(); i++) {
            AttendeeRow r = attendees.get(i);
            if (!r.isBlank() && r.nameProperty().get().isBlank()) {
                v.error(F_ATTENDEES, I18n.t("partner.error.attendeeName", i + 1));
            }
            if (!Contacts.validEmail(r.emailProperty().get())) {
                v.error(F_ATTENDEES, I18n.t("partner.error.attendeeEmail", i + 1));
            }
            if (!Contacts.validPhone(r.phoneProperty().get())) {
                v.error(F_ATTENDEES, I18n.t("partner.error.attendeePhone", i + 1));
            }
        }
    }

    /** The partner as it would be saved; new attendees get an id unique in the whole vault. */
    public Partner toPartner() {
        String code = id.get().strip();
        Set<String> used = new HashSet<>(takenAttendeeIds);
        attendees.stream().map(AttendeeRow::id).filter(x -> x != null).forEach(used::add);
        List<Attendee> list = new ArrayList<>();
        int n = 1;
        for (AttendeeRow r : attendees) {
            if (r.isBlank()) {
                continue;
            }
            String aid = r.id();
            if (aid == null) {
                while (used.contains(code + "-" + n)) {
                    n++;
                }
                aid = code + "-" + n;
                used.add(aid);
            }
            list.add(new Attendee(aid, r.nameProperty().get().strip(), strip(r.functionProperty().get()),
                    r.emailProperty().get(), r.phoneProperty().get()));
        }
        return new Partner(code, name.get().strip(), role.get(), tier.get(), Dates.parse(signed.get()).date(),
                Dates.parse(ends.get()).date(), list, email.get(), phone.get());
    }

    /** After a successful save the form edits the stored partner. */
    public void saved(Partner p, List<Partner> all) {
        edit(p, all);
    }

    public BooleanProperty isNewProperty() {
        return isNew;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Tier> tierProperty() {
        return tier;
    }

    public StringProperty signedProperty() {
        return signed;
    }

    public StringProperty endsProperty() {
        return ends;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<AttendeeRow> attendees() {
        return attendees;
    }

    static int nameMax() {
        return TextLimits.NAME;
    }
}
