package nl.kring.fault;

import org.junit.jupiter.api.Tag;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.store.Store;
import nl.kring.vault.IntegrityManifest;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the integrity checks on open cost on a vault of some years' use: 2,000 cases and 100 meetings of 20 items
 * with minutes. Prints the figures for docs/fault-tests.md; never fails on timing.
 */
@Tag("slow")
class OpenCostIT {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void openingABigVaultStaysQuick() throws Exception {
        Path vault = tmp.resolve("vault");
        int cases = 2_000;
        try (Store store = FaultVaults.create(vault)) {
            FaultVaults.seedPartners(store);
            store.transaction(s -> {
                for (int n = 1; n <= cases; n++) {
                    s.cases().save(FaultVaults.caseFile(n));
                }
                for (int m = 0; m < 100; m++) {
                    List<AgendaItem> items = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        int c = 1 + (m * 20 + i) % cases;
                        items.add(new AgendaItem(FaultVaults.caseNumber(c), 10, List.of(
                                new MinutesParagraph(null, ("Besproken in overleg " + m + ", casus " + c + ". ").repeat(12)),
                                new MinutesParagraph(LifeDomain.HUISVESTING, "Huurachterstand " + c)),
                                List.of(), List.of()));
                    }
                    s.meetings().save(new Meeting(LocalDate.of(2024, 1, 1).plusWeeks(m), "zaal " + m, LocalTime.of(9, 0),
                            List.of("a-1"), items));
                }
            });
        }
        long size = Files.size(vault.resolve(Vault.DB_FILE));
        long[] open = new long[3];
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            Store store = FaultVaults.open(vault);
            open[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            store.close();
        }
        try (Store store = FaultVaults.open(vault)) {
            long t0 = System.nanoTime();
            IntegrityManifest.compute(store.session().dsl());
            long digest = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            t0 = System.nanoTime();
            assertThat(IntegrityManifest.indexMismatch(store.session().connection())).isNull();
            long index = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            t0 = System.nanoTime();
            assertThat(store.verify()).isEmpty();
            long verify = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.printf("[open-cost] %d cases, 100 meetings x 20 items, db %d KB: open %s ms (read-only check,"
                            + " then open for writing); manifest digest %d ms, index check %d ms, verify %d ms%n",
                    cases, size / 1024, Arrays.toString(open), digest, index, verify);
        }
        // the figures are printed, not asserted: tests never fail on timing
    }
}
