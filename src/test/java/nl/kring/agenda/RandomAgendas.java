package nl.kring.agenda;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic random agendas: a vangnetoverleg with 8-12 partners; each item's kring has 2-6 partners, the GGD in
 * most (80 %), and a few partners (the "core" ones: GGZ, huisarts, woningcorporatie) more often than the rest.
 */
public final class RandomAgendas {
    private RandomAgendas() {
    }

    public static List<Set<String>> agenda(long seed, int items) {
        Random r = new Random(seed);
        int partners = 8 + r.nextInt(5);
        List<String> ids = new ArrayList<>();
        ids.add("ggd");
        for (int i = 1; i < partners; i++) {
            ids.add("p" + i);
        }
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            int size = 2 + r.nextInt(5);
            Set<String> kring = new LinkedHashSet<>();
            if (r.nextDouble() < 0.8) {
                kring.add("ggd");
            }
            while (kring.size() < size) {
                // skewed: low partner numbers (the core partners) come up more often
                int k = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * (partners - 1));
                kring.add(ids.get(k));
            }
            out.add(kring);
        }
        return out;
    }
}
