package com.evolutionconsole.service.batch;

import java.util.List;
import java.util.Objects;

/** One name of a pasted list, checked: its line, the name, problems that keep it out of the batch, warnings. */
public record NameCandidate(int line, String name, List<String> problems, List<String> warnings) {

    public NameCandidate {
        Objects.requireNonNull(name, "name");
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** No problem: it goes into the batch (warnings are advice only). */
    public boolean acceptable() {
        return problems.isEmpty();
    }
}
