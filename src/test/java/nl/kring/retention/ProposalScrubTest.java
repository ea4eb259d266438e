package nl.kring.retention;

import nl.kring.TestVaults;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureProposals;
import nl.kring.domain.LifeDomain;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.retention.EraseFixture.A;
import static nl.kring.retention.EraseFixture.B;
import static nl.kring.retention.EraseFixture.MEETING;
import static nl.kring.retention.EraseFixture.NEEDLES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposed disclosure note (issue 15) keeps the chair's edited why until it is recorded or dropped. When another
 * client is destroyed, their name goes from that why as from every other text of the vault (right to erasure); it
 * used to stay in the pending proposal, and so in the note recorded from it later.
 */
class ProposalScrubTest {
    @TempDir
    Path dir;

    @Test
    void aDestroyedClientsNameLeavesThePendingProposalsOfOtherCases() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            EraseFixture.fill(store, true);
            store.proposals().propose(MEETING, List.of(new DisclosureProposals.Proposal(B,
                    DisclosureProposals.Reason.WITHOUT_CONSENT, "politie-oost", LifeDomain.VEILIGHEID,
                    new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("politie-oost"), DisclosureBasis.EVIDENT_BELANG,
                            EraseFixture.WHY, "buurman Gerard Timmermans mag het niet weten", "voorzitter", MEETING))));
            assertThat(store.proposals().pending(MEETING).getFirst().note().why()).contains("Timmermans");

            RetentionService service = new RetentionService(store);
            RetentionService.Result result = service.purge(service.due(LocalDate.of(2026, 2, 1)));
            assertThat(result.cases()).containsExactly(A);

            Disclosure kept = store.proposals().pending(MEETING).getFirst().note();
            String texts = kept.why() + "\n" + kept.whyNotInformed();
            for (String needle : NEEDLES) {
                assertThat(texts).as("the pending proposal after the purge").doesNotContainIgnoringCase(needle);
            }
            assertThat(kept.why()).isEqualTo("Dreiging van buurman [cliënt 2026-010] tegen dhr. De Vries");
            assertThat(kept.whyNotInformed()).isEqualTo("buurman [cliënt 2026-010] mag het niet weten");
        }
    }
}
