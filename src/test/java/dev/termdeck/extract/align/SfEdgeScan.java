package dev.termdeck.extract.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.ZhToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scan of a built deck (not shipped; run by hand on the tune half and the seed corpus) for the edge shapes of #11's
 * eleventh round: cards with a short form whose Chinese side the translation writes right before that short form in
 * brackets, where the side's edge is off.
 * <ul>
 *   <li>VERB: the side's first word is a verb or verbal noun (HanLP v/vn in the text) of two characters or more that no
 *       English word of the term renders by the glossary and that the glossary translates with English sharing no
 *       word with the term, and the rest of the side is at least two characters (保护 of 保护知识产权（IP）);</li>
 *   <li>HAN: the run the translation writes before the short form goes on before the side: the word before it is a
 *       Chinese content word (not a verb, function word or punctuation) (虚假 of 虚假信息检测（MMD） for a side
 *       信息检测);</li>
 *   <li>LATIN: a Latin word stands right before the side (over at most a hyphen or a short verb, preposition or
 *       conjunction: 即, 作为) that the English term starts with, and the short form with its first letter (LLM of
 *       LLM即用户评估（LAU-Eval）).</li>
 * </ul>
 * Usage: {@code java -cp ... dev.termdeck.extract.align.SfEdgeScan DECK.json CORPUS_DIR}.
 */
public final class SfEdgeScan {
    private SfEdgeScan() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        HanLpChinese hanlp = HanLpChinese.get();
        Glossary glossary = new GlossaryReader(hanlp).builtIn();
        if (Files.isDirectory(in)) {
            candidates(in, hanlp, glossary);
        } else {
            cards(in, Path.of(args[1]), hanlp, glossary);
        }
    }

    /** The cards of a deck with a short form, scanned in the translations of their papers (read from the corpus). */
    private static void cards(Path deckFile, Path corpus, HanLpChinese hanlp, Glossary glossary) throws IOException {
        JsonNode deck = new ObjectMapper().readTree(Files.readString(deckFile));
        Map<String, String> zhText = new HashMap<>();
        for (Document d : new CorpusReader().read(corpus).documents()) {
            if (d.lang() == Lang.ZH) {
                zhText.put(d.paper(), d.text());
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        int scanned = 0;
        for (JsonNode card : deck.get("cards")) {
            String en = card.path("term").path("en").asText(null);
            String zh = card.path("term").path("zh").asText(null);
            String abbr = card.path("abbr").asText(null);
            if (en == null || zh == null || abbr == null || zh.chars().noneMatch(HanLpChinese::isHan)) {
                continue;
            }
            String srcLang = card.get("sources").get(0).path("lang").asText();
            Set<String> kinds = new LinkedHashSet<>();
            String shown = null;
            boolean seen = false;
            for (JsonNode s : card.get("sources")) {
                String doc = s.path("doc").asText();
                String text = zhText.get(doc.endsWith("@zh") ? doc.substring(0, doc.length() - 3) : doc);
                if (text == null) {
                    continue;
                }
                for (String open : List.of("（", "(", " (", " （")) {
                    String key = zh + open + abbr;
                    for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                        seen = true;
                        List<String> p = problems(text, at, at + zh.length(), en, abbr, hanlp, glossary);
                        if (!p.isEmpty()) {
                            p.forEach(k -> kinds.add(k.split(" ")[0]));
                            shown = text.substring(Math.max(0, at - 10), Math.min(text.length(),
                                    at + key.length() + 2)).replace('\n', ' ') + "  " + p;
                        }
                    }
                }
            }
            scanned += seen ? 1 : 0;
            if (!kinds.isEmpty()) {
                System.out.printf("%-10s %s %s (%s) | %s | %s%n", String.join(",", kinds), srcLang, en, abbr, zh,
                        shown);
                kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            }
        }
        System.out.println("cards with a short form whose Chinese side stands before it in brackets " + scanned
                + ": " + counts);
    }

    /** Every candidate of the corpus with a short form and a counterpart, scanned in the translation's text. */
    private static void candidates(Path dir, HanLpChinese hanlp, Glossary glossary) {
        Map<String, Integer> counts = new TreeMap<>();
        int[] scanned = {0};
        EdgeScan.eachCandidate(dir, (d, text, c) -> {
            if (c.abbr() == null || !c.counterpart().isFound() && d.lang() == Lang.EN) {
                return;
            }
            String en = d.lang() == Lang.EN ? c.text() : c.counterpart().isFound() ? c.counterpart().text() : "";
            String zh = d.lang() == Lang.EN ? c.counterpart().text() : c.text();
            Set<String> kinds = new LinkedHashSet<>();
            String shown = null;
            boolean seen = false;
            for (String open : List.of("（", "(", " (", " （")) {
                String key = zh + open + c.abbr();
                for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                    seen = true;
                    List<String> p = problems(text, at, at + zh.length(), en, c.abbr(), hanlp, glossary);
                    p.forEach(k -> kinds.add(k.split(" ")[0]));
                    if (!p.isEmpty() || shown == null) {
                        shown = text.substring(Math.max(0, at - 10), Math.min(text.length(), at + key.length() + 2))
                                .replace('\n', ' ') + "  " + p;
                    }
                }
            }
            scanned[0] += seen ? 1 : 0;
            if (!kinds.isEmpty() || !seen || Boolean.getBoolean("all")) {
                System.out.printf("%-10s %s %s %s (%s) | %s | %s%n", seen ? String.join(",", kinds) : "ELSEWHERE",
                        d.lang(), c.counterpart().isFound() ? c.counterpart().how() : "NONE", en, c.abbr(), zh, shown);
            }
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
        });
        System.out.println("candidates with a short form whose counterpart stands before it in brackets " + scanned[0]
                + ": " + counts);
    }

    static List<String> problems(String text, int from, int to, String en, String abbr, HanLpChinese hanlp,
            Glossary glossary) {
        List<String> out = new ArrayList<>();
        List<ZhToken> tokens = hanlp.segment(text);
        ZhToken first = null;
        ZhToken before = null;
        for (ZhToken t : tokens) {
            if (t.end() <= from) {
                before = t;
            }
            if (first == null && t.start() >= from && t.start() < to) {
                first = t;
            }
        }
        if (first != null && first.end() <= to - 2 && (first.tag().equals("v") || first.tag().equals("vn"))
                && first.word().length() >= 2 && first.word().chars().allMatch(HanLpChinese::isHan)
                && !EdgeScan.rendered(first.word(), en, glossary) && foreign(first.word(), en, glossary)) {
            out.add("VERB " + first.word() + "/" + first.tag());
        }
        if (before != null && before.end() == from && before.word().chars().allMatch(HanLpChinese::isHan)) {
            String tag = before.tag();
            boolean content = tag.startsWith("n") || tag.startsWith("a") || tag.startsWith("b") || tag.equals("vn")
                    || tag.startsWith("g") || tag.startsWith("j") || tag.startsWith("l") || tag.startsWith("i");
            if (content) {
                out.add("HAN " + before.word() + "/" + tag);
            }
        }
        int k = from;
        if (k > 0 && text.charAt(k - 1) == '-' || before != null && before.end() == from && !before.tag().equals("w")
                && before.word().length() <= 2 && before.word().chars().allMatch(HanLpChinese::isHan)
                && (before.tag().startsWith("v") || before.tag().startsWith("p") || before.tag().startsWith("c"))) {
            k = k > 0 && text.charAt(k - 1) == '-' ? k - 1 : before.start();
        }
        int s = k;
        while (s > 0 && isLatin(text.charAt(s - 1))) {
            s--;
        }
        if (s < k) {
            String latin = text.substring(s, k);
            if (Character.toUpperCase(latin.charAt(0)) == Character.toUpperCase(abbr.charAt(0))
                    && en.toLowerCase(Locale.ROOT).startsWith(latin.toLowerCase(Locale.ROOT).replaceAll("-+$", ""))) {
                out.add("LATIN " + latin);
            }
        }
        return out;
    }

    /** Whether the glossary translates a Chinese word with English that shares no word (4-letter stem) with the term. */
    private static boolean foreign(String zh, String en, Glossary glossary) {
        Optional<GlossaryEntry> g = glossary.byChinese(zh);
        if (g.isEmpty()) {
            return false;
        }
        for (Word a : EnglishWords.of(g.get().en())) {
            for (Word b : EnglishWords.of(en)) {
                int n = Math.min(4, Math.min(a.norm().length(), b.norm().length()));
                if (a.norm().regionMatches(0, b.norm(), 0, n)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
