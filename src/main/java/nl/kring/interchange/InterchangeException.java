package nl.kring.interchange;

import java.util.List;

/** The interchange file cannot be imported; each problem names the field and the line. */
public final class InterchangeException extends Exception {
    private final List<String> problems;

    public InterchangeException(List<String> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.getFirst()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
