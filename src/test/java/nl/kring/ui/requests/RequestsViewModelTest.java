package nl.kring.ui.requests;

import nl.kring.ui.FxTestSupport;
import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.AgendaItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.requests.RequestsFixture.SURNAME;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** The requests of one case: registered, extended, refused, corrected and destroyed, audited without content. */
class RequestsViewModelTest extends RequestsViewModelFixture {
    @Test
    void aRegisteredRequestIsListedWithItsDeadlineAndAuditedWithoutContent() throws Exception {
        RightsRequest r = register(RequestType.AFSCHRIFT, "02-11-2026");
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(fx(() -> vm.requests())).containsExactly(r);
        assertThat(fx(() -> vm.messageProperty().get()))
                .isEqualTo("Verzoek om Afschrift geregistreerd; beantwoorden uiterlijk 02-12-2026.");
        assertThat(fx(() -> vm.deadlineText(r))).isEqualTo("02-12-2026 (nog 4 dagen)");
        assertThat(fx(() -> vm.newReceivedProperty().get())).isEqualTo("28-11-2026");
        assertThat(audit()).filteredOn(e -> e.action().equals("REQUEST")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("2026-017");
            assertThat(e.detail()).contains("AFSCHRIFT registered").contains("deadline 2026-12-02");
        });
        // another case shows its own (no) requests; coming back shows this one again
        run(() -> vm.show("2026-018"));
        idle();
        assertThat(fx(() -> vm.requests())).isEmpty();
        run(() -> vm.show("2026-017"));
        idle();
        assertThat(fx(() -> vm.requests())).extracting(RightsRequest::id).containsExactly(r.id());
    }

    @Test
    void aRequestCannotBeReceivedInTheFutureOrOnAnImpossibleDate() throws Exception {
        run(() -> vm.newReceivedProperty().set("29-11-2026"));
        assertThat(fx(() -> vm.receivedProblemProperty().get())).isEqualTo("De datum van ontvangst ligt in de toekomst.");
        run(vm::register);
        idle();
        assertThat(fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).isEqualTo("De datum van ontvangst ligt in de toekomst.");
        run(() -> vm.newReceivedProperty().set("31-02-2026"));
        assertThat(fx(() -> vm.receivedProblemProperty().get())).contains("31-02-2026");
        run(() -> vm.newReceivedProperty().set(""));
        assertThat(fx(() -> vm.receivedProblemProperty().get())).isEqualTo("Vul de datum van ontvangst in.");
        assertThat(FxTestSupport.<List<RightsRequest>>worker(x -> store.requests().forCase("2026-017"))).isEmpty();
    }

    @Test
    void overdueAndNearDeadlinesAreMarked() throws Exception {
        RightsRequest late = register(RequestType.INZAGE, "20-10-2026");
        assertThat(fx(() -> vm.isOverdue(late))).isTrue();
        assertThat(fx(() -> vm.deadlineText(late))).isEqualTo("20-11-2026 — 8 dagen te laat");
        assertThat(fx(() -> vm.statusText(late))).isEqualTo("Open, 8 dagen te laat");
        RightsRequest soon = register(RequestType.CORRECTIE, "01-11-2026");
        assertThat(fx(() -> vm.isOverdue(soon))).isFalse();
        assertThat(fx(() -> vm.deadlineText(soon))).isEqualTo("01-12-2026 (nog 3 dagen)");
        assertThat(fx(() -> vm.statusText(soon))).isEqualTo("Open, nog 3 dagen");
        assertThat(fx(() -> vm.isDueSoon(soon))).isTrue();
        RightsRequest later = register(RequestType.AFSCHRIFT, "20-11-2026");
        assertThat(fx(() -> vm.deadlineText(later))).isEqualTo("20-12-2026");
        assertThat(fx(() -> vm.statusText(later))).isEqualTo("Open");
        assertThat(fx(() -> vm.isDueSoon(later) || vm.isOverdue(later))).isFalse();
        assertThat(fx(() -> vm.summary().get())).isEqualTo("3 open, waarvan 1 te laat");
    }

    @Test
    void theDeadlineIsPutOffOnceWithinTheFirstMonthWithReasonsThatStayOutOfTheAudit() throws Exception {
        RightsRequest r = register(RequestType.INZAGE, "10-11-2026");
        run(() -> vm.extend());
        assertThat(fx(() -> vm.messageProperty().get())).isEqualTo("Noteer waarom het langer duurt; de cliënt moet de redenen horen.");
        assertThat(stored(r.id()).isExtended()).isFalse();

        run(() -> {
            vm.noteProperty().set("Gegevens bij vier partners opvragen");
            vm.extend();
        });
        assertThat(fx(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().isExtended()
                && !vm.busyProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Inzage: termijn verlengd tot 10-02-2027");
        RightsRequest extended = stored(r.id());
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(extended.extensionReason()).isEqualTo("Gegevens bij vier partners opvragen");
        assertThat(fx(() -> vm.extensionText(extended)))
                .isEqualTo("Termijn verlengd op 28-11-2026 tot 10-02-2027: Gegevens bij vier partners opvragen");
        assertThat(audit()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("request " + r.id() + " INZAGE EXTENDED to 2027-02-10"));
        contentFree(audit(), "partners opvragen");

        run(() -> {
            vm.noteProperty().set("nog eens");
            vm.extend();
        });
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("De termijn van dit verzoek is al eens verlengd");

        register(RequestType.AFSCHRIFT, "20-10-2026"); // its month ended on 20-11-2026
        run(() -> {
            vm.noteProperty().set("te laat bedacht");
            vm.extend();
        });
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Verlengen kan alleen binnen de eerste maand");
    }

    @Test
    void aCorrectionIsHandledWithANoteOnceTheFormIsSavedAndTheNoteStaysOutOfTheAudit() throws Exception {
        RightsRequest r = register(RequestType.CORRECTIE, "25-11-2026");
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> vm.messageProperty().get())).isEqualTo("Noteer wat er is gecorrigeerd voordat u het verzoek afhandelt.");
        dirty.set(true);
        run(() -> {
            vm.noteProperty().set("Geboortedatum gecorrigeerd van 09-04-1961 naar 19-04-1961");
            vm.handle(name -> null);
        });
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Sla eerst de correctie in de casus op");
        assertThat(stored(r.id()).isOpen()).isTrue();
        dirty.set(false);
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> !vm.selectedProperty().get().isOpen())).isTrue();
        RightsRequest handled = stored(r.id());
        assertThat(handled.status()).isEqualTo(RequestStatus.HANDLED);
        assertThat(handled.outcomeNote()).isEqualTo("Geboortedatum gecorrigeerd van 09-04-1961 naar 19-04-1961");
        assertThat(fx(() -> vm.noteProperty().get())).isEmpty();
        contentFree(audit(), "Geboortedatum", "1961");
    }

    @Test
    void aRefusalNeedsAReason() throws Exception {
        RightsRequest r = register(RequestType.VERNIETIGING, "25-11-2026");
        run(vm::refuse);
        idle();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Een weigering heeft een reden nodig");
        assertThat(stored(r.id()).isOpen()).isTrue();
        run(() -> {
            vm.noteProperty().set("Wettelijke bewaarplicht: lopende Wvggz-procedure");
            vm.refuse();
        });
        assertThat(fx(() -> !vm.selectedProperty().get().isOpen())).isTrue();
        RightsRequest refused = stored(r.id());
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.outcomeNote()).isEqualTo("Wettelijke bewaarplicht: lopende Wvggz-procedure");
        assertThat(fx(() -> vm.outcomeText(vm.selectedProperty().get())))
                .isEqualTo("Vernietiging: geweigerd op 28-11-2026. Toelichting: Wettelijke bewaarplicht: lopende Wvggz-procedure");
        assertThat(audit()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("request " + r.id() + " VERNIETIGING REFUSED"));
        contentFree(audit(), "Wvggz");
        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-017"))).isTrue();
    }

    @Test
    void noDestructionWhileTheMinutesEditorHoldsUnsavedMinutes() throws Exception {
        register(RequestType.VERNIETIGING, "25-11-2026");
        services.unsavedMinutes().set(true);
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> vm.destruction().confirmingProperty().get())).isTrue();
        run(() -> {
            vm.destruction().confirmTextProperty().set("2026-017");
            vm.destruction().destroy();
        });
        idle();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Sla eerst de notulen op of gooi de wijzigingen weg");
        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-017"))).isTrue();
        assertThat(destroyed).isEmpty();

        services.unsavedMinutes().set(false);
        run(() -> vm.destruction().destroy());
        assertThat(fx(() -> !destroyed.isEmpty())).isTrue();
        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-017"))).isFalse();
    }

    @Test
    void destructionShowsWhatGoesAsksForTheCaseNumberAndTakesEverythingWithIt() throws Exception {
        RightsRequest r = register(RequestType.VERNIETIGING, "25-11-2026");
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> vm.destruction().confirmingProperty().get())).isTrue();
        assertThat(fx(() -> vm.destruction().scopeProperty().get())).startsWith("Dit vernietigt casus 2026-017 definitief")
                .contains("1 agendapunt(en) met 2 notulenalinea('s) en 1 besluit(en), 1 verstrekking(en) en 1 verzoek(en)");
        run(() -> {
            vm.destruction().confirmTextProperty().set("2026-018");
            vm.destruction().destroy();
        });
        idle();
        assertThat(fx(() -> vm.messageProperty().get())).isEqualTo("Typ het casusnummer 2026-017 om de vernietiging te bevestigen.");
        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-017"))).isTrue();
        assertThat(destroyed).isEmpty();

        run(() -> {
            vm.destruction().confirmTextProperty().set(" 2026-017 ");
            vm.destruction().destroy();
        });
        assertThat(fx(() -> !destroyed.isEmpty())).isTrue();
        assertThat(destroyed).containsExactly("2026-017");
        assertThat(fx(() -> vm.caseNumberProperty().get())).isEmpty();
        assertThat(fx(() -> vm.requests())).isEmpty();

        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-017"))).isFalse();
        assertThat(FxTestSupport.<Optional<RightsRequest>>worker(x -> store.requests().find(r.id()))).isEmpty();
        assertThat(FxTestSupport.<List<?>>worker(x -> store.disclosures().forCase("2026-017"))).isEmpty();
        assertThat(FxTestSupport.<List<AgendaItem>>worker(x -> store.meetings().find(RequestsFixture.MEETING).orElseThrow().items()))
                .extracting(i -> i.caseNumber()).containsExactly("2026-018");
        assertThat(FxTestSupport.<Boolean>worker(x -> store.cases().exists("2026-018"))).isTrue();
        List<AuditLog.Entry> audit = audit();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REQUEST");
            assertThat(e.subject()).isEqualTo("2026-017");
            assertThat(e.detail()).isEqualTo("request " + r.id() + " VERNIETIGING HANDLED: case destroyed");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("PURGE");
            assertThat(e.subject()).isEqualTo("2026-017");
        });
        contentFree(audit, SURNAME, "Johanna", "Molenweg", RequestsFixture.MELDER);
        assertThat(FxTestSupport.<List<String>>worker(x -> store.verify())).isEmpty();
    }
}
