package dev.termdeck.extract.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The definitions {@link DefinitionFinder} finds in one text, in the order found, each as a card shows it. */
final class FoundDefinitions {
    private final List<ZhDefinition> found = new ArrayList<>();

    /**
     * Adds what a cue found at {@code cueAt} of {@code sentence} (at {@code base} in the text), as a card shows it: the
     * parts named after the term cut, the defining clauses of a long sentence kept; nothing when it only names a new
     * kind, or when neither {@code term} nor {@code consequent} (for a conditional) is known.
     */
    void add(String term, String consequent, String sentence, int base, int cueAt, int strength) {
        if (term == null && consequent == null) {
            return;
        }

        int cue = Math.max(0, Math.min(cueAt, sentence.length()));
        if (term != null && sentence.indexOf('由') >= 0) {
            // "WinMamba是一种……骨干网络，由堆叠的WinMamba块组成。": parts named after the term explain nothing.
            sentence = sentence.replaceFirst("[，,]由[^，,。；;]*" + Pattern.quote(term) + "[^，,。；;]*(?:组成|构成)(?=[，,。；;]|$)", "");
        }
        String shown = ZhDefinitionText.clean(TermRuns.trim(sentence, cue), Math.min(cue + 4, sentence.length()));
        if (ZhDefinitionText.onlyNewKind(shown)) {
            // FLoE是一种新颖的PEFT框架。: genus and praise, nothing to show.
            return;
        }
        found.add(new ZhDefinition(term, consequent, shown, base, strength));
    }

    /** How many were found. */
    int size() {
        return found.size();
    }

    /** Makes those found from the {@code from}th on one step surer: the sentence before announced a definition. */
    void surerFrom(int from) {
        for (int k = from; k < found.size(); k++) {
            ZhDefinition d = found.get(k);
            found.set(k, new ZhDefinition(d.term(), d.consequent(), d.sentence(), d.start(), d.strength() - 1));
        }
    }

    /** The definitions found. */
    List<ZhDefinition> list() {
        return found;
    }
}
