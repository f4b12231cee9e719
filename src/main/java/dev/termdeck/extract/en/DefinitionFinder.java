package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the sentence or clause of a document that defines a term, by cues written around it:
 * <ul>
 *   <li>copula with the term as its subject: "X is a ...", "X (SF) is a ...", "X are Ys that ...", "X refers to ...",
 *       "X is defined as ...";</li>
 *   <li>apposition: "we present X, a ...", "SF (X), a ...", "X: the problem of ...";</li>
 *   <li>naming: "a ... model, called X, which ...", "a benchmark termed X with ...", "a method ..., which we call X",
 *       "we define X as ...";</li>
 *   <li>a subject relative when the term is being introduced: "X (cGANs), which allow ...", "we propose X, which
 *       ...";</li>
 *   <li>equivalence: "... as the reward signal, i.e. we use 'X'" and "X, i.e., a method that ...";</li>
 *   <li>anaphora: "... the field of X. This field involves ..." gives "X involves ...".</li>
 * </ul>
 * Never a definition: a question, an item of a numbered list, a title before its colon, a predicate that praises
 * rather than defines or names a bare kind ({@link DefinitionText#defines}), a naming sentence that only names ("we
 * formally define the problem of X", "we refer to the method as X"), a relative clause about a term that is not being
 * introduced ("... or intensity, which limits their ability ..."). A definition found by a cue is continued with the
 * next sentence when that sentence starts by referring back to the definition's noun ("... is an open-source library
 * ... . The library consists of ..."). Definitions are cleaned and trimmed to read well on a card
 * ({@link DefinitionText#clean}, {@link CardText#finish}). Stateless; thread-safe.
 */
final class DefinitionFinder {
    private static final Pattern COPULA = Pattern.compile(
            "^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}(?:,[^,]{1,60},\\s*)?(?:is|are)\\s+(?:(?:a|an|the|one of)\\s|"
                    + "defined as\\s|called\\s)|^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:refers? to|denotes?|means)\\s",
            Pattern.CASE_INSENSITIVE);
    /** "X are generative models that ...": a plural kind without an article, and a differentia after it. */
    private static final Pattern PLURAL_COPULA = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?are\\s+((?:[\\w-]+\\s+){0,4}?[\\w-]+s)\\s+(?:that|which|trained|designed|"
                    + "built|used|capable|able|consisting|composed)\\b");
    private static final Pattern APPOSITION = Pattern.compile(
            "^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}(,|:|\\s?-{1,2}|\\s?\u2014)\\s*(a|an|our new|our proposed|one of the|the problem of)\\s",
            Pattern.CASE_INSENSITIVE);
    /** "X (cGANs), which allow ...", "X, or LoRA, which freezes ...". */
    private static final Pattern WHICH_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,40}\\)\\s*)?(?:,\\s*or\\s+[^,\\s]{2,12}\\s*)?,\\s*which\\s+(?=\\p{Ll})");
    /** What may not follow "which" in a definition: modals, negation, and verbs of limits and troubles. */
    private static final Pattern NOT_DEFINING_VERB = Pattern.compile(
            "^(?:can|could|may|might|would|should|will|must|cannot|do|does|did|not|often|still|also|however|"
                    + "limits?|hinders?|suffers?|lacks?|fails?|remains?|struggles?|poses?|raises?|makes?|leads?|"
                    + "results?|causes?|introduces?|requires?|has|have|had|was|were|been|encompass(?:es)?|targets?|"
                    + "includes?|contains?|covers?|spans?|achieves?|outperforms?|shows?|demonstrates?|yields?|"
                    + "delivers?|obtains?|reaches|surpass(?:es)?|consistently|significantly|substantially)\\b");
    /** "we propose X, which ...": the term is the object of a verb that introduces it. */
    private static final Pattern INTRODUCED = Pattern.compile(
            "\\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|build|builds|"
                    + "release|releases|construct|constructs|curate|curates|create|creates|devise|devises|offer|offers)"
                    + "\\s+(?:(?:a|an|the|our|new|novel)\\s+){0,2}['\"\u2018\u201c]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLED_BEFORE = Pattern.compile(
            "^.*(?:^|[\\s,])(a|an|the)\\s+([^,;:()]{3,120}?),?\\s*(?:called|named|dubbed|termed|coined)\\s*['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a named term and still describe its kind: "a benchmark termed X with 400 questions". */
    private static final Pattern NAMED_REST = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:which|that|with|for|designed|consisting|comprising|containing|built|trained|based on)\\b");
    /** "a simple method that ..., which we call '": the term comes next and the kind is before. */
    private static final Pattern WE_CALL = Pattern.compile(
            "(?:^|[\\s,])(a|an)\\s+([^;:()]{3,200}?),?\\s+(?:which|that)\\s+we\\s+(?:call|term|dub|name|refer to as)\\s*"
                    + "['\"\u2018\u201c]?$", Pattern.CASE_INSENSITIVE);
    /** "we refer to the method as '", "we formally define the problem of ", "we call it ": the term comes next. */
    private static final Pattern NAMES_ONLY = Pattern.compile(
            "\\b(?:we|they|researchers|authors)\\s+(?:\\w+ly\\s+)?(?:refer to|call|define|name|term|denote)\\b"
                    + "(?:[^.;]{0,60}?\\bas)?\\s*(?:(?:the|a|an)\\s+(?:problem|task|notion|concept|idea|setting)\\s+of\\s+)?"
                    + "(?:it|this|them)?\\s*['\"\u2018\u201c]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "we define X as": the definition follows. */
    private static final Pattern DEFINE_BEFORE = Pattern.compile("\\bwe\\s+(?:\\w+ly\\s+)?define\\s+['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_AFTER = Pattern.compile("^\\s*['\"\u2019\u201d]?\\s*(?:\\([^)]{1,40}\\)\\s*)?as\\s+(?!well\\b|follows\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "... using the preference model as the reward signal, i.e. we use '": the term comes next. */
    private static final Pattern IE_BEFORE = Pattern.compile(
            "\\b(?:i\\.\\s?e\\.|that is),?\\s+(?:we\\s+(?:use|call|get|obtain)\\s+)?['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    /** "X, i.e., a method that ...". */
    private static final Pattern IE_AFTER = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?,\\s*(?:i\\.\\s?e\\.|that is),?\\s+(a|an)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s+([a-z]+)\\s+of\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_NOUN = Pattern.compile("^(?:This|These)\\s+([a-z]+)\\s+");
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(?:[^,]{0,40},\\s*)?(?:the|this|these|such)\\s+([a-z]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_START = Pattern.compile(
            "^(?:first|firstly|second|secondly|third|then|next|finally|specifically|moreover)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An item of a numbered list: "(1) X builds ...", "(ii) a unified radix-tree index ...". */
    private static final Pattern ITEM_MARK = Pattern.compile("(?:^|[\\s:;,])\\(?(?:[1-9]|i{1,3}|iv|v|[a-e])\\)\\s");

    /**
     * A definition and the sentence it came from; or, with {@code text} {@code null}, a cue that treats the phrase as
     * a term ("Dropout is a technique for addressing this problem") but gives nothing worth showing as its definition.
     */
    record Found(String text, int sentence) {
        /** Whether there is a definition to show. */
        boolean shown() {
            return text != null;
        }
    }

    /**
     * A definition by one cue, and the words that name the term's kind (for continuing it); {@code text} is
     * {@code null} for a cue whose definition is not worth showing.
     */
    private record Cue(String text, String genus) {
        static final Cue UNWORTHY = new Cue(null, null);
    }

    /**
     * The definition of the term occurring at {@code occurrences} (sentence index and character span within the
     * sentence, in document order), or {@code null} when no cue defines it.
     *
     * @param shown the term as a card shows it (singular)
     * @param known whether the dictionary defines the term: then a relative clause about it is taken for the
     *              paper's use of it, not a definition ("the variational autoencoder (VAE), which adopts ...")
     */
    Found find(List<Sentence> sentences, List<Occurrence> occurrences, String shown, boolean known) {
        Found evidence = null;
        for (Occurrence o : occurrences) {
            if (!o.whole()) {
                continue;
            }
            Sentence s = sentences.get(o.sentence());
            if (s.text().strip().endsWith("?") || ITEM_MARK.matcher(s.text().substring(0, o.from())).find()) {
                continue;
            }
            Cue cue = cue(sentences, s, o, shown, known);
            if (cue == Cue.UNWORTHY) {
                evidence = evidence != null ? evidence : new Found(null, o.sentence());
                continue;
            }
            if (cue != null) {
                String def = CardText.finish(DefinitionText.clean(cue.text()));
                String written = s.text().substring(o.from(), o.to());
                return new Found(continued(sentences, o.sentence(), def, cue.genus(), written), o.sentence());
            }
        }
        return evidence;
    }

    private Cue cue(List<Sentence> sentences, Sentence s, Occurrence o, String shown, boolean known) {
        String before = s.text().substring(0, o.from());
        String after = s.text().substring(o.to());
        String written = s.text().substring(o.from(), o.to());
        // "X is " / "Xs are ", before a predicate the cue supplies; made only when a cue needs it.
        java.util.function.Supplier<String> subject = () -> CardText.capitalize(written) + " " + verb(written, shown)
                + " ";
        // "we propose ASMS (Adaptive Social Metaverse Streaming), a novel streaming system ...": the long form in
        // brackets after its short form stands where the term does.
        String outer = before;
        String rest = after;
        if (before.stripTrailing().endsWith("(") && after.startsWith(")")) {
            int open = before.lastIndexOf('(');
            outer = before.substring(0, open).replaceFirst("\\S+\\s*$", "");
            rest = after.substring(1);
        }
        Cue c = copula(before, after, written);
        if (c == null) {
            c = pluralCopula(before, after, written);
        }
        if (c == null) {
            c = apposition(s, o, outer, rest, subject);
        }
        if (c == null && endsWithNamingVerb(before)) {
            Matcher m = CALLED_BEFORE.matcher(before);
            if (m.find()) {
                String tail = after.replaceFirst("^['\"\u2019\u201d]", "");
                String more = NAMED_REST.matcher(tail).find() ? tail.replaceFirst("^\\s*,?", "").strip() : "";
                String kind = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip();
                String predicate = kind + (more.isEmpty() ? "" : (more.startsWith("which") ? ", " : " ") + more);
                c = DefinitionText.defines(predicate) ? new Cue(subject.get() + predicate, m.group(2)) : Cue.UNWORTHY;
            }
        }
        if (c == null && before.contains("we") && (before.contains("call") || before.contains("term")
                || before.contains("dub") || before.contains("name") || before.contains("refer"))) {
            Matcher m = WE_CALL.matcher(before);
            if (m.find()) {
                c = DefinitionText.defines(m.group(1) + " " + m.group(2))
                        ? new Cue(subject.get() + m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip(),
                                m.group(2))
                        : Cue.UNWORTHY;
            }
        }
        if (c == null && before.contains("define") && DEFINE_BEFORE.matcher(before).find()) {
            Matcher m = AS_AFTER.matcher(after);
            if (m.find()) {
                c = new Cue(subject.get() + after.substring(m.end()), after.substring(m.end()));
            }
        }
        if (c == null && mayName(before) && NAMES_ONLY.matcher(before).find()) {
            // "we formally define the problem of X", "we refer to the method as 'X'": a term, but no definition.
            c = Cue.UNWORTHY;
        }
        if (c == null) {
            c = whichAfter(s, o, before, after, written, known);
        }
        if (c == null && (before.contains("i.e") || before.contains("that is")) && IE_BEFORE.matcher(before).find()
                && !inBracketsOrList(before, after)) {
            c = new Cue(CardText.stripIntro(s.text()), null);
        }
        if (c == null && (after.contains("i.e") || after.contains("that is"))) {
            Matcher m = IE_AFTER.matcher(after);
            if (m.find() && !isListItem(after.substring(m.start(1)))) {
                String clause = firstClause(after.substring(m.start(1)));
                c = DefinitionText.defines(clause) ? new Cue(subject.get() + clause, clause) : Cue.UNWORTHY;
            }
        }
        if (c == null) {
            String def = anaphora(sentences, o, before, written);
            c = def == null ? null : new Cue(def, null);
        }
        return c;
    }

    private static Cue copula(String before, String after, String written) {
        Matcher m = COPULA.matcher(after);
        if (!m.find()) {
            return null;
        }
        String lead = CardText.stripIntro(before).strip();
        if (!(lead.isEmpty() || lead.equalsIgnoreCase("the") || lead.equalsIgnoreCase("a")
                || lead.equalsIgnoreCase("an"))) {
            return null;
        }
        String predicate = after.substring(m.end()).strip();
        String kind = after.substring(m.start()).replaceFirst("^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}"
                + "(?:,[^,]{1,60},\\s*)?(?:is|are)\\s+", "");
        if (m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:a|an|the|one of)\\s$")
                && !DefinitionText.defines(kind)) {
            return Cue.UNWORTHY;
        }
        return new Cue(CardText.capitalize((lead.isEmpty() ? "" : lead + " ") + written + after), predicate);
    }

    private static Cue pluralCopula(String before, String after, String written) {
        if (!written.endsWith("s") || !after.contains("are ")) {
            return null;
        }
        Matcher m = PLURAL_COPULA.matcher(after);
        if (!m.find() || !CardText.stripIntro(before).isBlank()
                || !DefinitionText.defines("a " + after.substring(m.start(1)))) {
            return null;
        }
        return new Cue(CardText.capitalize(written + after), m.group(1));
    }

    private static Cue apposition(Sentence s, Occurrence o, String before, String after,
            java.util.function.Supplier<String> subject) {
        Matcher m = APPOSITION.matcher(after);
        if (!m.find()) {
            return null;
        }
        int at = s.text().length() - after.length() + m.start(2);
        String clause = firstClause(after.substring(m.start(2)));
        if (isMainClause(s, at) || isListItem(clause)) {
            return null;
        }
        // "TrackDiffusion: A Unified Framework for ...": a title, not an apposition.
        if (m.group(1).equals(":") && (Character.isUpperCase(after.charAt(m.start(2))) || isTitleCase(clause))) {
            return null;
        }
        if (m.group(2).toLowerCase(Locale.ROOT).startsWith("our")) {
            clause = "a " + clause.substring(4).stripLeading();
        }
        if (!DefinitionText.defines(clause)) {
            return Cue.UNWORTHY;
        }
        return new Cue(subject.get() + clause, clause);
    }

    /**
     * "X (cGANs), which allow ...", "we propose X, which ...": a subject relative clause defines a term the text is
     * introducing (with its short form, or as the object of "propose", "introduce", ...), unless its verb is a modal,
     * a negation or a verb of limits and troubles, or the term is a common noun the dictionary defines. Not after a
     * preposition ("rank-deficiency in X, which ...").
     */
    private static Cue whichAfter(Sentence s, Occurrence o, String before, String after, String written,
            boolean known) {
        Matcher m = WHICH_AFTER.matcher(after);
        if (!m.find() || !isVerbAt(s, o.to() + m.end()) || afterPreposition(s, o.from())) {
            return null;
        }
        // A general term's relative clause is about the paper's use of it ("the variational autoencoder (VAE), which
        // adopts ..."): only a name or a term the dictionary does not know, introduced with its short form, counts,
        // or a term the text proposes.
        boolean named = !known || !written.equals(written.toLowerCase(Locale.ROOT));
        boolean introduced = named && m.group(1) != null && m.group(1).matches("(?s)\\(\\s*\\S{2,12}\\s*\\)\\s*")
                || INTRODUCED.matcher(before).find();
        String clause = firstClause(after.substring(m.end()));
        if (!introduced || NOT_DEFINING_VERB.matcher(clause).find()) {
            return Cue.UNWORTHY;
        }
        // "which is divided into four layers": a passive says what happens to it, not what it is.
        if (clause.matches("(?s)^(?:is|are)\\s.*") && (!clause.matches("(?s)^(?:is|are)\\s+(?:a|an|the|one of)\\s.*")
                || !DefinitionText.defines(clause.replaceFirst("^\\S+\\s+", "")))) {
            return Cue.UNWORTHY;
        }
        return new Cue(CardText.capitalize(written) + " " + clause, clause);
    }

    /**
     * "foundation models (i.e., DINO, SAM, CLIP)": the term is an example inside brackets or an item of a list after
     * "i.e.", not what the sentence says it is.
     */
    private static boolean inBracketsOrList(String before, String after) {
        return before.lastIndexOf('(') > before.lastIndexOf(')') || after.matches("(?s)^\\s*['\"\u2019\u201d]?\\s*,\\s*\\S.*")
                && !after.matches("(?s)^\\s*['\"\u2019\u201d]?\\s*,\\s*(?:which|that|a|an)\\b.*");
    }

    /** "Text-To-Image Generation via Masked Transformers": most words capitalised. */
    private static boolean isTitleCase(String clause) {
        String[] words = clause.split("\\s+");
        int capitals = 0;
        int n = Math.min(words.length, 6);
        for (int i = 0; i < n; i++) {
            capitals += !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) ? 1 : 0;
        }
        return n >= 2 && capitals * 2 > n;
    }

    /**
     * Whether the words from {@code offset} (in the sentence) form a main clause ("..., an important property is
     * ...") rather than an apposition ("..., a dataset comprising ..."): a finite verb before the next comma or
     * relative pronoun.
     */
    private static boolean isMainClause(Sentence s, int offset) {
        int seen = 0;
        Token previous = null;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() - s.start() < offset) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.is("PUNCT") || w.equals("that") || w.equals("which") || w.equals("who") || ++seen > 10) {
                return false;
            }
            if (t.is("AUX") || isFiniteVerb(t, w, previous, next)) {
                return true;
            }
            previous = t;
        }
        return false;
    }

    /**
     * A finite verb after its subject: "methods/NOUN achieve/VERB", "model/NOUN learns/VERB", "it/PRON uses/VERB";
     * not a modifier the tagger took for a verb ("stochastic objective/VERB functions", "training objective/VERB
     * that").
     */
    private static boolean isFiniteVerb(Token t, String w, Token previous, Token next) {
        if (!t.is("VERB") || previous == null || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")
                || next != null && (next.isNoun() || next.is("ADJ"))) {
            return false;
        }
        if (previous.is("PRON")) {
            return true;
        }
        if (!previous.isNoun()) {
            return false;
        }
        String p = previous.text().toLowerCase(Locale.ROOT);
        boolean pluralSubject = p.endsWith("s") && !p.endsWith("ss");
        boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss");
        return pluralSubject != thirdPerson;
    }

    /**
     * "rank-deficiency in X, which ...", "brightness of all X, which ...": after a preposition (and its determiners),
     * "which" may refer to the phrase before.
     */
    private static boolean afterPreposition(Sentence s, int offset) {
        int k = -1;
        List<Token> tokens = s.tokens();
        while (k + 1 < tokens.size() && tokens.get(k + 1).start() - s.start() < offset) {
            k++;
        }
        while (k >= 0 && tokens.get(k).is("DET", "NUM", "ADJ")) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("ADP");
    }

    /** Cheap test before the costly pattern: the text ends with "called", "named", ... (and maybe a quote). */
    private static boolean endsWithNamingVerb(String before) {
        String b = before.stripTrailing();
        while (!b.isEmpty() && "'\"\u2018\u201c".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b = b.substring(0, b.length() - 1).stripTrailing();
        }
        return b.endsWith("called") || b.endsWith("named") || b.endsWith("dubbed") || b.endsWith("termed")
                || b.endsWith("coined");
    }

    /**
     * Whether a predicate starts at {@code offset} of the sentence: a verb, or a third-person form the tagger took for
     * a noun after a name ("CRINN/NOUN treats/NOUN ANNS optimization as ...").
     */
    private static boolean startsPredicate(Sentence s, int offset) {
        String text = s.text();
        int lead = text.length() - text.stripLeading().length();
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset + lead) {
                String w = t.text();
                return t.is("VERB", "AUX") || t.is("NOUN") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                        && Character.isLowerCase(w.charAt(0));
            }
        }
        return false;
    }

    /** Cheap test before the costly pattern: a naming verb occurs before the term at all. */
    private static boolean mayName(String before) {
        return before.contains("refer") || before.contains("call") || before.contains("defin")
                || before.contains("name") || before.contains("term") || before.contains("denot");
    }

    /** Whether the token at {@code offset} in the sentence is a verb ("which allow": a subject relative clause). */
    private static boolean isVerbAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset) {
                return t.is("VERB", "AUX");
            }
        }
        return false;
    }

    /** "fewer trainable parameters, a higher training throughput, and ...": items of a list, not an apposition. */
    private static boolean isListItem(String clause) {
        int comma = clause.indexOf(',');
        return comma > 0 && clause.substring(comma + 1).stripLeading().matches("(?s)(and|or)\\b.*");
    }

    /** "... the field of X. This field involves ..." */
    private static String anaphora(List<Sentence> sentences, Occurrence o, String before, String written) {
        if (o.sentence() + 1 >= sentences.size()) {
            return null;
        }
        Matcher of = OF_BEFORE.matcher(before);
        if (!before.stripTrailing().endsWith(" of") || !of.find()) {
            return null;
        }
        String next = sentences.get(o.sentence() + 1).text();
        Matcher m = THIS_NOUN.matcher(next);
        if (!m.find() || !m.group(1).equalsIgnoreCase(of.group(1))) {
            return null;
        }
        return CardText.capitalize(written) + " " + next.substring(m.end());
    }

    /**
     * The definition followed by the next sentence when that one refers back to the definition's noun ("The
     * library consists of ...") or opens with the term as its subject ("CRINN treats ANNS optimization as ...").
     */
    private static String continued(List<Sentence> sentences, int index, String def, String genus, String written) {
        if (genus == null || index + 1 >= sentences.size()) {
            return def;
        }
        String next = sentences.get(index + 1).text().strip();
        if (ORDINAL_START.matcher(next).find() || next.endsWith("?")) {
            return def;
        }
        String joined = def + " " + CardText.finish(DefinitionText.clean(next));
        if (next.startsWith(written + " ") && !Character.isLowerCase(written.charAt(0))
                && startsPredicate(sentences.get(index + 1), written.length() + 1)) {
            return joined.length() <= CardText.MAX_CHARS ? joined : def;
        }
        Matcher m = REFERS_BACK.matcher(next);
        if (!m.find()) {
            return def;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        String genusWords = " " + genus.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        boolean refers = noun.length() > 2 && (genusWords.contains(" " + noun + " ")
                || noun.endsWith("s") && genusWords.contains(" " + noun.substring(0, noun.length() - 1) + " "));
        return refers && joined.length() <= CardText.MAX_CHARS ? joined : def;
    }

    private static String firstClause(String s) {
        int end = s.length();
        for (String stop : new String[] {"; ", " -- ", " \u2014 "}) {
            int i = s.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return s.substring(0, end).strip();
    }

    /** "is" or "are" for the term as written: plural when written as the plural of its singular shown form. */
    private static String verb(String written, String shown) {
        String w = written.strip();
        if (shown != null && !w.equalsIgnoreCase(shown.strip())) {
            return w.endsWith("s") ? "are" : "is";
        }
        return "is";
    }
}
