package dev.termdeck.extract.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.ZhToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scan of a built deck (not shipped; run by hand on the tune half): lists cards whose Chinese side has an edge
 * problem where the Chinese source sentences show it, and counts them by kind.
 * <ul>
 *   <li>CUT: an edge of the Chinese side falls inside a word HanLP reads whole in the sentence (自|监督);</li>
 *   <li>LOST: an English word of the term whose glossary rendering is not in the Chinese side but stands right beside
 *       it in the sentence (自 for "self-");</li>
 *   <li>GLUED: the first word of the Chinese side is a verb, numeral, measure word or pronoun that no English word of
 *       the term renders (保护 of 保护知识产权, 一个 of 一个视觉问答).</li>
 * </ul>
 * Usage: {@code java -cp ... dev.termdeck.extract.align.EdgeScan DECK.json}.
 */
public final class EdgeScan {
    private EdgeScan() {
    }

    public static void main(String[] args) throws IOException {
        HanLpChinese hanlp = HanLpChinese.get();
        Glossary glossary = new GlossaryReader(hanlp).builtIn();
        if (Files.isDirectory(Path.of(args[0]))) {
            candidates(Path.of(args[0]), hanlp, glossary);
            return;
        }
        JsonNode deck = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        Map<String, Integer> counts = new TreeMap<>();
        int sides = 0;
        for (JsonNode card : deck.get("cards")) {
            String en = card.path("term").path("en").asText(null);
            String zh = card.path("term").path("zh").asText(null);
            if (en == null || zh == null || zh.chars().noneMatch(HanLpChinese::isHan)) {
                continue;
            }
            sides++;
            List<String> problems = new ArrayList<>();
            for (JsonNode s : card.get("sources")) {
                if (!s.path("lang").asText().equals("zh")) {
                    continue;
                }
                String sentence = s.path("sentence").asText();
                int at = sentence.indexOf(zh);
                if (at < 0) {
                    continue;
                }
                problems.addAll(problems(sentence, at, at + zh.length(), en, hanlp, glossary));
                if (!problems.isEmpty()) {
                    String kinds = String.join(",", problems.stream().map(p -> p.split(" ")[0]).distinct().toList());
                    System.out.printf("%-7s %s | %s | %s%n", kinds, en, zh, sentence.substring(Math.max(0, at - 8),
                            Math.min(sentence.length(), at + zh.length() + 8)) + "  " + problems);
                    break;
                }
            }
            problems.stream().map(p -> p.split(" ")[0]).distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        System.out.println("Chinese sides " + sides + ": " + counts);
    }

    /** Every candidate of every paper of the corpus with its counterpart, scanned in the Chinese version's text. */
    private static void candidates(Path dir, HanLpChinese hanlp, Glossary glossary) {
        Map<String, Integer> counts = new TreeMap<>();
        int[] sides = {0};
        eachCandidate(dir, (d, text, c) -> {
            if (!c.counterpart().isFound()) {
                return;
            }
            String en = d.lang() == Lang.EN ? c.text() : c.counterpart().text();
            String zh = d.lang() == Lang.EN ? c.counterpart().text() : c.text();
            if (zh.chars().noneMatch(HanLpChinese::isHan)) {
                return;
            }
            sides[0]++;
            int at = text.indexOf(zh);
            if (at < 0) {
                return;
            }
            List<String> problems = problems(text, at, at + zh.length(), en, hanlp, glossary);
            if (!problems.isEmpty() || Boolean.getBoolean("all")) {
                System.out.printf("%s %s %s | %s | %s  %s%n", d.lang(), c.counterpart().how(), en, zh,
                        text.substring(Math.max(0, at - 8), Math.min(text.length(), at + zh.length() + 8))
                                .replace('\n', ' '), problems);
            }
            problems.stream().map(p -> p.split(" ")[0]).distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
        });
        System.out.println("Chinese sides " + sides[0] + ": " + counts);
    }

    /** One aligned candidate of a document, with the text of its paper's Chinese version. */
    interface CandidateVisitor {
        void visit(Document d, String zhText, TermCandidate c);
    }

    /** Aligns the papers of a corpus and visits every candidate of every paper that has a Chinese version. */
    static void eachCandidate(Path dir, CandidateVisitor visitor) {
        List<Document> docs = new CorpusReader().read(dir).documents();
        List<List<TermCandidate>> aligned = BilingualFixture.align(docs);
        Map<String, String> zhText = new HashMap<>();
        for (Document d : docs) {
            if (d.lang() == Lang.ZH) {
                zhText.put(d.paper(), d.text());
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            String text = zhText.get(docs.get(i).paper());
            for (TermCandidate c : text == null ? List.<TermCandidate>of() : aligned.get(i)) {
                visitor.visit(docs.get(i), text, c);
            }
        }
    }

    static List<String> problems(String text, int from, int to, String en, HanLpChinese hanlp, Glossary glossary) {
        List<String> out = new ArrayList<>();
        List<ZhToken> tokens = hanlp.segment(text);
        ZhToken first = null;
        for (ZhToken t : tokens) {
            if (t.start() < from && t.end() > from && isHan(text, from - 1)) {
                out.add("CUT-start " + t.word());
            }
            if (t.start() < to && t.end() > to && isHan(text, to)) {
                out.add("CUT-end " + t.word());
            }
            if (first == null && t.start() >= from && t.start() < to) {
                first = t;
            }
        }
        String side = text.substring(from, to);
        for (Word w : EnglishWords.of(en)) {
            if (!w.content()) {
                continue;
            }
            for (String r : renderings(glossary, w.norm())) {
                if (side.contains(r)) {
                    continue;
                }
                boolean before = text.substring(Math.max(0, from - r.length()), from).equals(r)
                        || from >= 1 && r.length() >= 2 && side.startsWith(r.substring(r.length() - 1))
                        && text.substring(Math.max(0, from - r.length() + 1), from).equals(r.substring(0, r.length() - 1));
                boolean after = text.startsWith(r, to);
                if (before || after) {
                    out.add("LOST " + w.norm() + "=" + r);
                }
            }
        }
        if (first != null && first.end() < to - 1 && first.word().length() >= 2
                && first.word().chars().allMatch(HanLpChinese::isHan)) {
            // A first word the glossary translates, whose English the term does not hold.
            Optional<GlossaryEntry> g = glossary.byChinese(first.word());
            if (g.isPresent() && !g.get().en().contains(" ")) {
                String ge = EnglishWords.norm(g.get().en());
                boolean held = EnglishWords.of(en).stream().anyMatch(w -> w.norm().startsWith(ge.substring(0,
                        Math.min(ge.length(), 4))));
                if (!held) {
                    out.add("FOREIGN " + first.word() + "=" + g.get().en());
                }
            }
        }
        if (first != null && first.end() < to && first.word().chars().allMatch(HanLpChinese::isHan)) {
            // Same-paper evidence: the rest is written elsewhere in the text without the first word before it.
            String rest = text.substring(first.end(), to);
            for (int at = text.indexOf(rest); at >= 0 && rest.length() >= 2; at = text.indexOf(rest, at + 1)) {
                if (!text.startsWith(first.word(), at - first.word().length())) {
                    out.add("ALONE " + first.word() + "|" + rest + " " + text.substring(Math.max(0, at - 4), at) + "["
                            + rest + "]");
                    break;
                }
            }
        }
        if (first != null && first.end() <= to) {
            String tag = first.tag();
            boolean glueTag = tag.startsWith("v") && !tag.equals("vn") || tag.startsWith("m") || tag.startsWith("q")
                    || tag.startsWith("r") || tag.startsWith("p");
            if (glueTag && !rendered(first.word(), en, glossary) && glossary.findChinese(side).isEmpty()
                    && glossary.byChinese(side).isEmpty()) {
                out.add("GLUED " + first.word() + "/" + tag);
            }
        }
        return out;
    }

    static boolean rendered(String word, String en, Glossary glossary) {
        for (Word w : EnglishWords.of(en)) {
            for (String r : renderings(glossary, w.norm())) {
                if (r.contains(word) || word.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> renderings(Glossary glossary, String word) {
        List<String> out = new ArrayList<>();
        String w = word.toLowerCase(Locale.ROOT);
        for (String form : List.of(w, w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
            Optional<GlossaryEntry> e = glossary.byEnglish(form);
            e.ifPresent(g -> out.addAll(g.allZh()));
        }
        if (w.startsWith("self") && !w.equals("self")) {
            out.add("自");
        }
        return out;
    }

    private static boolean isHan(String text, int at) {
        return at >= 0 && at < text.length() && HanLpChinese.isHan(text.charAt(at));
    }
}
