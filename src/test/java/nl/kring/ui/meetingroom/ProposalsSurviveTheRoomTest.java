package nl.kring.ui.meetingroom;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.kring.TestVaults;
import nl.kring.service.DisclosureProposalService;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.ui.overview.OverviewViewModel;
import nl.kring.vault.Vault;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 7: the disclosure notes Kring proposed after an item survive the meeting room being closed, and the
 * vault being locked. On a real encrypted demo vault: the chair moves on from 2026-010 (consent refused) with its kring
 * present, edits one proposal's reason and closes the room; the vault is locked and unlocked; the reopened room shows
 * the same proposals with the edited reason; recording one writes exactly one disclosure; dropping one writes none;
 * neither comes back; the Overzicht counts what still waits. The audit names the case number only.
 */
class ProposalsSurviveTheRoomTest extends MeetingRoomFixture {
    /** The room opened anew on the demo meeting (the fixture's {@code vm} is then this one). */
    private MeetingRoomViewModel room() throws Exception {
        load();
        return vm;
    }

    private void reopenVault() throws Exception {
        store.close();
        store = new Store(Vault.open(dir.resolve("vault"), TestVaults.PASSPHRASE.toCharArray()));
    }

    /** The Overzicht's lines on proposals not yet recorded, three days after the meeting. */
    private List<String> overview() throws Exception {
        var overview = onFx(() -> new OverviewViewModel(new SameThreadExecutor(), new Services(store),
                () -> MEETING.plusDays(3)));
        onFx(() -> {
            overview.refresh();
            return null;
        });
        return List.copyOf(overview.proposalLines());
    }

    private static List<String> keys(MeetingRoomViewModel vm) {
        return vm.notes().proposals().stream().map(ProposalRow::key).toList();
    }

    @Test
    void proposalsComeBackWhenTheRoomReopensAndRecordingOneWritesExactlyOneDisclosure() throws Exception {
        MeetingRoomViewModel first = room();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring(); // consent refused
        Set<String> in = new HashSet<>();
        first.checkIn().everyone().stream().filter(r -> kring.contains(r.partner().id())).forEach(r -> in.add(r.id()));
        onFx(() -> {
            first.checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            return null;
        });
        goTo("2026-010");
        goTo("2026-001"); // the chair moves on: proposals
        List<String> proposed = keys(first);
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(3);
        int disclosuresBefore = store.disclosures().forCase("2026-010").size();
        assertThat(store.proposals().pending(MEETING)).hasSize(proposed.size());

        // the chair edits the reason of the first and leaves the field; then closes the room without recording
        ProposalRow edited = first.notes().proposals().getFirst();
        String why = edited.whyProperty().get() + " Besproken in het overleg.";
        onFx(() -> {
            edited.whyProperty().set(why);
            first.notes().keepWhy(edited);
            return null;
        });
        reopenVault();

        MeetingRoomViewModel second = room();
        assertThat(keys(second)).containsExactlyElementsOf(proposed);
        ProposalRow again = second.notes().proposals().getFirst();
        assertThat(again.key()).isEqualTo(edited.key());
        assertThat(again.whyProperty().get()).isEqualTo(why);
        assertThat(again.note().to()).containsExactly(edited.proposal().recipient());
        assertThat(store.disclosures().forCase("2026-010")).hasSize(disclosuresBefore); // nothing recorded yet
        assertThat(overview()).containsExactly(proposed.size() + " voorgestelde verstrekkingen niet vastgelegd "
                + "(vergadering van 26-11-2026). Open de vergaderruimte om ze vast te leggen of te laten vervallen.");

        // record the first: exactly one disclosure, the edited reason, the meeting's date
        assertThat(onFx(() -> second.notes().confirm(again))).isEmpty();
        var notes = store.disclosures().forCase("2026-010");
        assertThat(notes).hasSize(disclosuresBefore + 1);
        assertThat(notes.getLast().disclosure().why()).isEqualTo(why);
        assertThat(notes.getLast().disclosure().date()).isEqualTo(MEETING);
        assertThat(notes.getLast().disclosure().to()).containsExactly(again.proposal().recipient());
        // drop the next: nothing written
        ProposalRow dropped = second.notes().proposals().getFirst();
        onFx(() -> {
            second.notes().drop(dropped);
            return null;
        });
        assertThat(store.disclosures().forCase("2026-010")).hasSize(disclosuresBefore + 1);
        // a second confirm of the recorded one is refused by the vault: still exactly one
        assertThat(store.proposals().pending(MEETING)).hasSize(proposed.size() - 2);
        Assertions.assertThatThrownBy(() -> new DisclosureProposalService(store)
                .record(MEETING, again.proposal(), again.note())).isInstanceOf(IllegalStateException.class);
        assertThat(store.disclosures().forCase("2026-010")).hasSize(disclosuresBefore + 1);

        // reopened once more, and past the item again: the recorded and the dropped do not come back
        reopenVault();
        MeetingRoomViewModel third = room();
        assertThat(keys(third)).containsExactlyElementsOf(proposed.subList(2, proposed.size()));
        onFx(() -> {
            third.checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            return null;
        });
        goTo("2026-010");
        goTo("2026-001");
        assertThat(keys(third)).containsExactlyInAnyOrderElementsOf(proposed.subList(2, proposed.size()));
        assertThat(store.proposals().pending(MEETING)).hasSize(proposed.size() - 2);
        assertThat(overview()).singleElement().asString()
                .startsWith((proposed.size() - 2) + " voorgestelde verstrekking");

        // audited by case number only: the proposal, the recorded note, the dropped proposal; the chain holds
        var entries = store.audit().entries().stream().filter(e -> e.action().equals("DISCLOSURE")
                && "2026-010".equals(e.subject())).toList();
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith("proposed " + proposed.size() + " notes"));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith("proposal dropped; to "));
        String client = store.cases().find("2026-010").orElseThrow().client().surname();
        assertThat(store.audit().entries()).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains(client));
        assertThat(store.audit().verify()).isEmpty();
        // and the proposals are stored encrypted like the rest of the vault
        store.close();
        store = null;
        assertThat(TestVaults.filesContaining(List.of(dir.resolve("vault")),
                List.of("Besproken in het overleg"))).isEmpty();
    }
}
