package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: looking up one case reads the children (aliases, relatives, domain scores, consent persons, kring) of that
 * case only. It must still return each case whole, with its own children and none of another's, as the list of all
 * cases does.
 */
class CaseRepositoryFindTest {
    @TempDir
    Path dir;

    private static CaseFile full(String number, int n, List<String> kring) {
        Client client = new Client("Voornaam" + n, null, null, "Achternaam" + n, List.of("Alias" + n, "Bijnaam" + n),
                LocalDate.of(1960 + n, 1, 1), null, "Straat " + n + ", Rivierstad", null,
                List.of(new Relative("Familie" + n, "zoon"), new Relative("Ander" + n, "dochter")), null, false);
        return new CaseFile(number, client, null, LocalDate.of(2026, 1, 5), Phase.INTAKE,
                Map.of(LifeDomain.HUISHOUDING, new DomainAssessment(n, "notitie " + n, false),
                        LifeDomain.PERSOONLIJKE_VERZORGING, new DomainAssessment(5 - n, null, n == 1)),
                new Consent(ConsentStatus.GEGEVEN, LocalDate.of(2026, 1, 6), "M. Bos",
                        List.of(new ConsentPerson(ConsentPerson.Who.CLIENT, "Persoon" + n, ConsentStatus.GEGEVEN,
                                LocalDate.of(2026, 1, 6 + n)))),
                null, null, null, null, null, kring);
    }

    @Test
    void eachCaseIsFoundWholeWithItsOwnChildrenOnly() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2020, 1, 1), null));
            CaseFile one = full("2026-001", 1, List.of("ggd"));
            CaseFile two = full("2026-002", 2, List.of("ggd", "woco"));
            CaseFile three = full("2026-003", 3, List.of("woco"));
            for (CaseFile c : List.of(one, two, three)) {
                store.cases().save(c);
            }
            List<CaseFile> all = store.cases().all();
            assertThat(all).hasSize(3);
            for (CaseFile c : all) {
                assertThat(store.cases().find(c.number())).contains(c);
            }
            CaseFile found = store.cases().find("2026-002").orElseThrow();
            assertThat(found.client().aliases()).containsExactly("Alias2", "Bijnaam2");
            assertThat(found.client().relatives()).extracting(Relative::name).containsExactly("Familie2", "Ander2");
            assertThat(found.domains()).containsOnlyKeys(LifeDomain.HUISHOUDING, LifeDomain.PERSOONLIJKE_VERZORGING);
            assertThat(found.domains().get(LifeDomain.HUISHOUDING).note()).isEqualTo("notitie 2");
            assertThat(found.consent().persons()).extracting(ConsentPerson::name).containsExactly("Persoon2");
            assertThat(found.kring()).containsExactly("ggd", "woco");
            assertThat(store.cases().find("2026-004")).isEmpty();
        }
    }

    /**
     * The export's read of every case (issue 17): every case of the vault is there, with exactly the identity the
     * recogniser and the identity guard read (client with aliases and relatives, melder, kring), so the guard still
     * knows every client; the cases asked for whole are whole; the others carry no leefgebied notes or consent.
     */
    @Test
    void identitiesHoldEveryClientWholeAndTheAgendaCasesEntirely() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2020, 1, 1), null));
            CaseFile one = full("2026-001", 1, List.of("ggd"));
            CaseFile two = withReferrer(full("2026-002", 2, List.of("ggd", "woco")));
            CaseFile three = full("2026-003", 3, List.of());
            for (CaseFile c : List.of(one, two, three)) {
                store.cases().save(c);
            }
            List<CaseFile> all = store.cases().all();
            List<CaseFile> ids = store.cases().identities(List.of("2026-003"));
            assertThat(ids).extracting(CaseFile::number).containsExactly("2026-001", "2026-002", "2026-003");
            for (int i = 0; i < all.size(); i++) {
                CaseFile whole = all.get(i);
                CaseFile narrow = ids.get(i);
                assertThat(narrow.client()).isEqualTo(whole.client());
                assertThat(narrow.referrer()).isEqualTo(whole.referrer());
                assertThat(narrow.kring()).isEqualTo(whole.kring());
                assertThat(narrow.phase()).isEqualTo(whole.phase());
            }
            assertThat(ids.get(1).client().relatives()).extracting(Relative::name).containsExactly("Familie2", "Ander2");
            assertThat(ids.get(1).referrer().name()).isEqualTo("Melder Twee");
            assertThat(ids.get(0).domains()).isEmpty();
            assertThat(ids.get(0).consent()).isNull();
            assertThat(ids.get(2)).isEqualTo(store.cases().find("2026-003").orElseThrow());
            assertThat(ids.get(2).domains()).containsKey(LifeDomain.HUISHOUDING);
            assertThat(store.cases().identities(List.of())).extracting(CaseFile::client)
                    .containsExactlyElementsOf(all.stream().map(CaseFile::client).toList());
        }
    }

    private static CaseFile withReferrer(CaseFile c) {
        return new CaseFile(c.number(), c.client(), new Referrer("Melder Twee", "Buurthuis De Linde", false),
                c.reportedOn(), c.phase(), c.domains(), c.consent(), c.informed(), c.evidentInterest(),
                c.lighterMeansConsidered(), c.evaluationDue(), c.closedOn(), c.kring());
    }
}
