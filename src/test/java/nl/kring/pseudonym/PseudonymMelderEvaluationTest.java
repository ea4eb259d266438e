package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.cli.ClientsFile;

/**
 * Issue 11: the melders in the exports' recogniser change nothing for the evaluation corpus when the melders are
 * what they mostly are in a real vault (the demo's): the corpus's own professionals, and role words or department
 * names in the name field. Every professional made the melder of a case, the eight minutes are recognised exactly
 * as without melders: same mentions, same markers, same possible names for the chair, so the held-out recall and kept-text figures of
 * {@link PseudonymEvaluationTest} hold with the melders wired in.
 */
class PseudonymMelderEvaluationTest {

    @Test
    void professionalsAndRoleWordsAsMeldersChangeNoMentionOfTheCorpus() {
        ClientsFile cf = EvalCorpus.clients();
        Recognizer without = EvalCorpus.recognizer();
        Recognizer.Builder b = Recognizer.builder().clients(cf.clients()).professionals(cf.professionals())
                .professionalAddresses(cf.professionalAddresses());
        List<String> cases = cf.clients().stream().map(KnownClient::caseNumber).toList();
        int i = 0;
        for (String professional : cf.professionals()) {
            b.melder(cases.get(i++ % cases.size()), professional, null);
        }
        for (String roleWord : List.of("Buurvrouw", "Wijkagent", "Anonieme melder", "Afdeling bijzondere klanten",
                "de buurman", "Huisarts")) {
            b.melder(cases.get(i++ % cases.size()), roleWord, null);
        }
        Recognizer with = b.build();
        assertThat(cf.professionals()).hasSizeGreaterThanOrEqualTo(5);
        int texts = 0;
        for (EvalCorpus.Doc doc : EvalCorpus.docs()) {
            assertThat(render(with.recognize(doc.text()))).as(doc.name()).isEqualTo(render(without.recognize(doc.text())));
            texts++;
        }
        assertThat(texts).isEqualTo(EvalCorpus.FILES.size());
    }

    private static List<String> render(Recognition r) {
        List<String> out = new ArrayList<>();
        for (Mention m : r.mentions()) {
            out.add(m.start() + "-" + m.end() + " " + m.marker());
        }
        // and the same possible names: a professional's surname must not become a question for the chair
        for (Suspect sp : r.suspects()) {
            out.add(sp.start() + "-" + sp.end() + " ? " + sp.text());
        }
        out.add(r.pseudonymized());
        return out;
    }
}
