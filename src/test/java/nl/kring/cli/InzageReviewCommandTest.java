package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inzage review on the command line (issue 11: "in the app and on the command line"): the chair lists what the
 * copy withholds, shows one passage with a reason, and the copy written for the request shows that passage and only
 * that one; the review is audited without content, and bad input is refused in one plain line.
 */
class InzageReviewCommandTest {
    static final String CASE = "2026-003";

    @TempDir
    Path tmp;
    Path vault;
    String pass;
    long request;

    @BeforeEach
    void demoWithAnInzageRequest() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        try (Store store = TestVaults.open(vault)) {
            request = store.requests().register(CASE, RequestType.INZAGE, LocalDate.of(2026, 12, 1), Requester.CLIENT,
                    LocalDate.of(2026, 12, 1)).id();
        }
    }

    private String[] kring(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[]{"--vault", vault.toString(), "--passphrase-file", pass}, 0, all, args.length, 4);
        return CliRun.run(all);
    }

    /** The listed passages: id -> the line's fields (id, category, place, text -> what the client reads). */
    private static Map<String, String[]> listed(String stdout) {
        return stdout.lines().filter(l -> l.contains("\t")).map(l -> l.split("\t"))
                .collect(Collectors.toMap(f -> f[0], Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String text(Path pdf) throws Exception {
        return InviteCommandTest.pdfText(pdf).replaceAll("\\s+", " ");
    }

    private static String original(String[] fields) {
        String t = fields[3];
        return t.substring(1, t.indexOf("\" -> "));
    }

    @Test
    void theChairShowsOnePassageWithAReasonAndTheCopyShowsThatOneOnly() throws Exception {
        String[] list = kring("inzage-review", "--request", Long.toString(request));
        assertThat(list[0]).as(list[2]).isEqualTo("0");
        Map<String, String[]> passages = listed(list[1]);
        assertThat(passages).hasSizeGreaterThan(1);
        // the place of the meeting (a partner's town) and a law's name were withheld as "[persoon]" before
        assertThat(passages.values()).extracting(InzageReviewCommandTest::original)
                .doesNotContain("Rivierstad", "Wvggz").contains("Elif Özdemir");
        assertThat(list[1]).contains("request " + request + ", case " + CASE + ": " + passages.size() + " of "
                + passages.size() + " passages withheld");

        // a passage whose text occurs once in the list, and another one whose text differs from it
        Map<String, Long> counts = passages.values().stream().collect(Collectors.groupingBy(
                InzageReviewCommandTest::original, Collectors.counting()));
        String[] chosen = passages.values().stream().filter(f -> counts.get(original(f)) == 1
                && original(f).length() >= 4).findFirst().orElseThrow();
        Path before = tmp.resolve("voor.pdf");
        assertThat(kring("inzage", "--case", CASE, "--out", before.toString(), "--request", Long.toString(request))[0])
                .isEqualTo("0");
        String masked = text(before);
        assertThat(masked).doesNotContain(original(chosen));
        // the other withheld texts (a professional's name may also be written elsewhere by function only)
        List<String> others = passages.values().stream().map(InzageReviewCommandTest::original)
                .filter(o -> o.length() >= 4 && !o.contains(original(chosen)) && !original(chosen).contains(o)
                        && !masked.contains(o)).toList();
        assertThat(others).isNotEmpty();

        String[] unmask = kring("inzage-review", "--request", Long.toString(request), "--unmask", chosen[0],
                "--reason", "De cliënt noemde deze persoon zelf in het gesprek.");
        assertThat(unmask[0]).as(unmask[2]).isEqualTo("0");
        assertThat(unmask[1]).contains("passage " + chosen[0] + " is shown as written")
                .contains((passages.size() - 1) + " of " + passages.size() + " passages withheld");

        Path after = tmp.resolve("na.pdf");
        String[] write = kring("inzage", "--case", CASE, "--out", after.toString(), "--request", Long.toString(request));
        assertThat(write[0]).as(write[2]).isEqualTo("0");
        assertThat(write[1]).contains("1 passage shown as written");
        String shown = text(after);
        assertThat(shown).contains(original(chosen));
        for (String o : others) {
            assertThat(shown).as("still withheld").doesNotContain(o);
        }
        // without the request, nothing is unmasked
        Path plain = tmp.resolve("zonder.pdf");
        assertThat(kring("inzage", "--case", CASE, "--out", plain.toString())[0]).isEqualTo("0");
        assertThat(text(plain)).doesNotContain(original(chosen));

        try (Store store = TestVaults.open(vault)) {
            assertThat(store.unmasks().forRequest(request)).containsOnlyKeys(chosen[0]);
            var entries = store.audit().entries().stream().filter(e -> e.detail() != null).toList();
            assertThat(entries).anyMatch(e -> e.detail().equals("request " + request
                    + " INZAGE: passage unmasked (" + chosen[1] + ") with a reason"));
            assertThat(entries).noneMatch(e -> e.detail().contains(original(chosen)) || e.detail().contains("cliënt noemde"));
        }

        String[] remask = kring("inzage-review", "--request", Long.toString(request), "--remask", chosen[0]);
        assertThat(remask[0]).as(remask[2]).isEqualTo("0");
        assertThat(remask[1]).contains(passages.size() + " of " + passages.size() + " passages withheld");
    }

    @Test
    void badInputIsRefusedInOnePlainLineAndChangesNothing() throws Exception {
        String id = Long.toString(request);
        String[] unknown = kring("inzage-review", "--request", id, "--unmask", "nergens#0#1", "--reason", "x");
        assertThat(unknown[0]).isEqualTo("1");
        assertThat(unknown[2].strip()).doesNotContain("\n").contains("has no passage nergens#0#1");

        String first = listed(kring("inzage-review", "--request", id)[1]).keySet().iterator().next();
        String[] blank = kring("inzage-review", "--request", id, "--unmask", first, "--reason", "   ");
        assertThat(blank[0]).isEqualTo("1");
        assertThat(blank[2]).contains("needs a reason");
        String[] noReason = kring("inzage-review", "--request", id, "--unmask", first);
        assertThat(noReason[0]).isEqualTo("2");

        assertThat(kring("inzage-review", "--request", "999")[2]).contains("there is no request 999");
        String[] otherCase = kring("inzage", "--case", "2026-001", "--out", tmp.resolve("x.pdf").toString(),
                "--request", id);
        assertThat(otherCase[0]).isEqualTo("1");
        assertThat(otherCase[2]).contains("is about case " + CASE + ", not 2026-001");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();

        long correction;
        try (Store store = TestVaults.open(vault)) {
            correction = store.requests().register(CASE, RequestType.CORRECTIE, LocalDate.of(2026, 12, 1),
                    Requester.CLIENT, LocalDate.of(2026, 12, 1)).id();
        }
        assertThat(kring("inzage-review", "--request", Long.toString(correction))[2])
                .contains("only an inzage or afschrift request has a copy to review");
        try (Store store = TestVaults.open(vault)) {
            store.requests().close(request, RequestStatus.HANDLED, LocalDate.of(2026, 12, 2), "afschrift verstuurd",
                    LocalDate.of(2026, 12, 2));
        }
        assertThat(kring("inzage-review", "--request", id, "--unmask", first, "--reason", "x")[2])
                .contains("is closed");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.unmasks().forRequest(request)).isEmpty();
        }
    }
}
