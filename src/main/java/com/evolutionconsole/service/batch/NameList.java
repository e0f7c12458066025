package com.evolutionconsole.service.batch;

import com.evolutionconsole.domain.InstanceNameRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pasted list of instance names, one a line: blank lines are ignored, each name is checked with
 * {@link InstanceNameRules}, and a name listed again is a problem on its later lines (it is created once).
 */
public final class NameList {

    private NameList() {
    }

    public static List<NameCandidate> parse(String text) {
        List<NameCandidate> candidates = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return candidates;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Integer> firstLineIgnoringCase = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            // Spaces around a pasted line (a spreadsheet's padding, a trailing \r) are accidents, not part of a name.
            String name = lines[i].strip();
            if (name.isEmpty()) {
                continue;
            }
            int line = i + 1;
            InstanceNameRules.Verdict verdict = InstanceNameRules.check(name);
            List<String> problems = new ArrayList<>(verdict.problems());
            List<String> warnings = new ArrayList<>(verdict.warnings());
            Integer earlier = firstLine.putIfAbsent(name, line);
            String folded = name.toLowerCase(Locale.ROOT);
            Integer earlierIgnoringCase = firstLineIgnoringCase.putIfAbsent(folded, line);
            if (earlier != null) {
                problems.add("Listed already on line " + earlier + ": each name is created once.");
            } else if (earlierIgnoringCase != null) {
                warnings.add("Differs only in upper/lower case from line " + earlierIgnoringCase
                        + ": the server keeps both as separate instances, which is easy to confuse.");
            }
            candidates.add(new NameCandidate(line, name, problems, warnings));
        }
        return candidates;
    }
}
