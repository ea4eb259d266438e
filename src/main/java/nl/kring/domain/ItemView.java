package nl.kring.domain;

import java.util.List;

/**
 * What an audience gets of one case within one agenda item: either a {@link CaseView}, or {@link Withheld} when
 * the audience may see nothing of the case at all. Made by {@link CaseViewer}.
 */
public sealed interface ItemView permits CaseView, ItemView.Withheld {

    Audience.Kind audience();

    /**
     * Nothing of the case is shown, not even its number. {@code outsiders} names the partner ids that caused it
     * (the viewer who is not in the kring, or the people present who are not); they are professionals, not client
     * data, so the UI may name them in its warning.
     */
    record Withheld(Audience.Kind audience, HiddenReason reason, List<String> outsiders)
            implements ItemView {
        public Withheld {
            outsiders = List.copyOf(outsiders);
        }
    }
}
