package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.domain.Client;

/**
 * The peer suite: DEDUCE's own patient-name tests (vmenger/deduce, tests/; see the header of
 * src/test/resources/pseudonym/peer/deduce-patient-names.txt for files, commits and how they were converted), run
 * against Kring's recogniser in the normal test build. Every case must pass; the cases where Kring deliberately
 * answers otherwise than DEDUCE are marked "differs:" in the file and listed in the output.
 */
class PseudonymDeducePeerTest {

    record Case(String id, String test, String firstNames, String surname, String differs, EvalCorpus.Doc doc) {
    }

    static List<Case> cases() {
        String all = EvalCorpus.read("/pseudonym/peer/deduce-patient-names.txt");
        List<Case> out = new ArrayList<>();
        String id = null;
        String test = null;
        String first = null;
        String surname = null;
        String differs = null;
        for (String line : all.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                String[] p = line.substring(3).split("\\|", 2);
                id = p[0].strip();
                test = p[1].strip();
                differs = null;
            } else if (line.startsWith("client: ")) {
                String[] p = line.substring(8).split(";", 2);
                first = p[0].strip();
                surname = p[1].strip();
            } else if (line.startsWith("differs: ")) {
                differs = line.substring(9).strip();
            } else if (line.startsWith("text: ")) {
                out.add(new Case(id, test, first, surname, differs, EvalCorpus.parse(id, line.substring(6))));
            } else {
                throw new IllegalStateException("unreadable line: " + line);
            }
        }
        return out;
    }

    @Test
    void everyPatientNameCaseOfDeducePasses() {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        int differing = 0;
        StringBuilder report = new StringBuilder("DEDUCE patient-name peer suite\n");
        for (Case c : cases) {
            Recognizer r = Recognizer.builder().client(new KnownClient("2026-001", new Client(c.firstNames(), null, null,
                    c.surname(), List.of(), null, null, null, null, List.of(), null, false))).build();
            Recognition rec = r.recognize(c.doc().text());
            List<String> wrong = new ArrayList<>();
            for (EvalCorpus.Gold g : c.doc().gold()) {
                if (!PseudonymEvaluationTest.covered(c.doc().text(), g.start(), g.end(), rec.mentions())) {
                    wrong.add("«" + g.text() + "» not replaced");
                }
                for (Mention m : rec.mentions()) {
                    if (m.start() < g.end() && m.end() > g.start() && !m.caseNumbers().contains(g.caseNumber())) {
                        wrong.add("«" + g.text() + "» given to " + m.caseNumbers());
                    }
                }
            }
            for (EvalCorpus.Trap t : c.doc().traps()) {
                if (rec.mentions().stream().anyMatch(m -> m.start() < t.end() && m.end() > t.start())) {
                    wrong.add("«" + t.text() + "» replaced but must stay");
                }
            }
            if (c.differs() != null) {
                differing++;
            }
            report.append(String.format("%-24s %-4s %s%s%n", c.id(), wrong.isEmpty() ? "ok" : "FAIL",
                    rec.pseudonymized().length() > 70 ? rec.pseudonymized().substring(0, 70) + "…" : rec.pseudonymized(),
                    c.differs() == null ? "" : "  (differs from DEDUCE on purpose)"));
            if (!wrong.isEmpty()) {
                failures.add(c.id() + " (" + c.test() + "): " + String.join("; ", wrong));
            }
        }
        report.append(String.format("cases %d, passed %d, of which %d differ from DEDUCE on purpose%n", cases.size(),
                cases.size() - failures.size(), differing));
        System.out.println(report);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(19);
        assertThat(failures).isEmpty();
    }
}
