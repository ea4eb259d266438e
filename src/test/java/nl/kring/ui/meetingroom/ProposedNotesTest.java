package nl.kring.ui.meetingroom;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseView;
import nl.kring.domain.DomainView;
import nl.kring.domain.HiddenReason;
import nl.kring.domain.ItemView;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Part;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.Services;
import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: what the presentation showed becomes proposed disclosure notes, which only the chair records. */
class ProposedNotesTest extends MeetingRoomFixture {
    @Test
    void movingOnFromAnItemWithoutConsentProposesNotesThatOnlyTheChairRecords() throws Exception {
        load();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring(); // consent refused
        present(attendeesOf(kring, true).toArray(String[]::new));
        goTo("2026-010");
        int before = store.disclosures().forCase("2026-010").size();
        assertThat(vm.notes().proposals()).isEmpty(); // nothing until the chair moves on
        goTo("2026-001");
        List<ProposalRow> ps = List.copyOf(vm.notes().proposals());
        assertThat(ps).isNotEmpty().allSatisfy(r -> {
            assertThat(r.caseNumber()).isEqualTo("2026-010");
            assertThat(kring).contains(r.proposal().recipient());
            assertThat(r.override()).isFalse();
            assertThat(r.whyProperty().get()).isNotBlank(); // the case's evident belang
        });
        // one per recipient and category: every present kring partner, identity among the categories
        assertThat(ps).extracting(r -> r.proposal().recipient()).containsAll(kring);
        assertThat(ps).extracting(ProposalRow::categoryLabel).contains("Identiteitsgegevens");
        assertThat(ps.stream().map(r -> r.proposal().recipient() + r.categoryLabel()).distinct()).hasSize(ps.size());
        assertThat(store.disclosures().forCase("2026-010")).hasSize(before); // nothing written yet

        // an emptied reason is refused in Dutch, and nothing is written
        ProposalRow first = ps.getFirst();
        String why = first.whyProperty().get();
        onFx(() -> {
            first.whyProperty().set(" ");
            return null;
        });
        assertThat(onFx(() -> vm.notes().confirm(first))).hasValueSatisfying(m -> assertThat(m).contains("niet compleet"));
        onFx(() -> {
            first.whyProperty().set(why + " (besproken)");
            return null;
        });
        assertThat(onFx(() -> vm.notes().confirm(first))).isEmpty();
        ProposalRow second = ps.get(1);
        onFx(() -> {
            vm.notes().drop(second);
            return null;
        });
        var notes = store.disclosures().forCase("2026-010");
        assertThat(notes).hasSize(before + 1);
        var recorded = notes.getLast().disclosure();
        assertThat(recorded.to()).containsExactly(first.proposal().recipient());
        assertThat(recorded.why()).endsWith("(besproken)");
        assertThat(recorded.date()).isEqualTo(MEETING);
        assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("DISCLOSURE")).last()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("2026-010"));
        assertThat(vm.notes().proposals()).doesNotContain(first, second).hasSize(ps.size() - 2);

        // back to the item and away again: what was recorded or dropped is not proposed again
        goTo("2026-010");
        goTo("2026-001");
        assertThat(vm.notes().proposals()).hasSize(ps.size() - 2);
        assertThat(store.audit().verify()).isEmpty();
    }

    @Test
    void anOverrideThatShowsAnItemToAnOutsiderIsProposedAsANoteForThatOutsider() throws Exception {
        load();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring();
        List<String> in = attendeesOf(kring, true);
        String outsider = attendeesOf(kring, false).getFirst();
        List<String> room = new ArrayList<>(in);
        room.add(outsider);
        present(room.toArray(String[]::new));
        goTo("2026-010");
        assertThat(onFx(() -> vm.override("vervangt de wijkcoördinator vandaag"))).isEmpty();
        onFx(() -> {
            vm.finishItem();
            return null;
        });
        String outsiderPartner = vm.checkIn().row(outsider).orElseThrow().partner().id();
        assertThat(vm.notes().proposals()).filteredOn(ProposalRow::override).isNotEmpty().allSatisfy(r -> {
            assertThat(r.proposal().recipient()).isEqualTo(outsiderPartner);
            assertThat(r.whyProperty().get()).isEqualTo("vervangt de wijkcoördinator vandaag");
        });
        // name and address are not shown with an outsider in the room
        assertThat(vm.notes().proposals()).noneMatch(r -> r.categoryLabel().equals("Identiteitsgegevens"));
    }
}
