package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.zh.HanLpChinese;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scan of a corpus directory (not shipped; run by hand on the tune half): every English candidate whose Chinese
 * counterpart is missing or Latin letters only, with the Chinese the translation writes before its short form in
 * brackets when it has one; with {@code -Dall=true} every English candidate with its counterpart. Usage: {@code java -cp ... dev.termdeck.extract.align.MissingSideScan DIR}.
 */
public final class MissingSideScan {
    private MissingSideScan() {
    }

    public static void main(String[] args) {
        EdgeScan.eachCandidate(Path.of(args[0]), (d, text, c) -> {
            if (d.lang() == Lang.EN) {
                print(d, text, c);
            }
        });
    }

    private static void print(Document d, String text, TermCandidate c) {
        String zh = c.counterpart().isFound() ? c.counterpart().text() : null;
        if (zh != null && zh.chars().anyMatch(HanLpChinese::isHan) && !Boolean.getBoolean("all")) {
            return;
        }
        String before = "";
        if (c.abbr() != null) {
            Matcher m = Pattern.compile("([^，。、；：（）()\\s]{0,20})[（(]" + Pattern.quote(c.abbr()) + "[）)]")
                    .matcher(text);
            before = m.find() ? m.group(1) : "-";
        }
        System.out.printf("%s | %s | %s | %s | %s | %s%n", d.paper(), c.text(), c.abbr(), zh,
                c.counterpart().isFound() ? c.counterpart().how() : "", before);
    }
}
