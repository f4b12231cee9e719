package dev.termdeck.exchange;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five fields of termdeck's Anki note type (English, Chinese, Pinyin, Definition, Source) as HTML, and the way
 * back. The markup is small and regular so that a field exported by termdeck, edited in Anki and exported from Anki
 * reads back exactly; a field whose markup Anki's editor changed is read as plain text, its language told by script.
 *
 * <ul>
 *   <li>English: the term, then {@code <span class="abbr">(ABBR)</span>} when the card has an abbreviation.</li>
 *   <li>Chinese: the term; the abbreviation goes here when the card has no English term.</li>
 *   <li>Pinyin: the pinyin with tone marks.</li>
 *   <li>Definition: one {@code <div class="def" lang="en|zh">} a language, ending with where it comes from
 *       ({@code <span class="from">(dictionary)</span>}; read back without it).</li>
 *   <li>Source: one {@code <div class="source" lang="en|zh" data-doc="DOC">SENTENCE</div>} a source.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class AnkiFields {
    /** The field names, in note order. */
    public static final List<String> NAMES = List.of("English", "Chinese", "Pinyin", "Definition", "Source");

    /** The document id given to a source whose markup was lost (written in Anki by hand). */
    public static final String UNKNOWN_DOC = "anki";

    private static final Pattern ABBR = Pattern.compile("(?s)^(.*?)\\s*<span class=\"abbr\">\\((.*)\\)</span>\\s*$");
    private static final Pattern DEF = Pattern.compile("(?s)<div class=\"def\" lang=\"(en|zh)\">(.*?)</div>");
    private static final Pattern FROM = Pattern.compile("(?s)\\s*<span class=\"from\">.*?</span>\\s*");
    private static final Pattern SOURCE =
            Pattern.compile("(?s)<div class=\"source\" lang=\"(en|zh)\" data-doc=\"([^\"]*)\">(.*?)</div>");

    private AnkiFields() {
    }

    /** What the fields hold, as card values. */
    public record Parsed(Bilingual term, String abbr, String pinyin, Bilingual definition, List<Source> sources) {
        public Parsed {
            sources = List.copyOf(sources);
        }
    }

    /** The card's five fields, in {@link #NAMES} order. */
    public static List<String> render(Card card) {
        String abbr = card.abbr() == null ? "" : " <span class=\"abbr\">(" + Html.escape(card.abbr()) + ")</span>";
        String en = card.term().en() == null ? "" : Html.escape(card.term().en()) + abbr;
        String zh = card.term().zh() == null ? "" : Html.escape(card.term().zh())
                + (card.term().en() == null ? abbr : "");
        StringBuilder def = new StringBuilder();
        for (Lang lang : Lang.values()) {
            String d = card.definition().get(lang);
            if (d != null) {
                String from = DefinitionLabels.of(card, lang);
                def.append("<div class=\"def\" lang=\"").append(lang.code()).append("\">").append(Html.escape(d))
                        .append(from == null ? "" : " <span class=\"from\">"
                                + Html.escape(DefinitionLabels.bracketed(from, lang)) + "</span>")
                        .append("</div>");
            }
        }
        StringBuilder src = new StringBuilder();
        for (Source s : card.sources()) {
            src.append("<div class=\"source\" lang=\"").append(s.lang().code()).append("\" data-doc=\"")
                    .append(Html.escape(s.doc(), false)).append("\">").append(Html.escape(s.sentence()))
                    .append("</div>");
        }
        return List.of(en, zh, card.pinyin() == null ? "" : Html.escape(card.pinyin()), def.toString(),
                src.toString());
    }

    /** Reads fields in {@link #NAMES} order back into card values. */
    public static Parsed parse(String english, String chinese, String pinyin, String definition, String source) {
        String abbr = null;
        Matcher en = ABBR.matcher(english);
        String termEn = english;
        if (en.matches()) {
            termEn = en.group(1);
            abbr = Html.toText(en.group(2));
        }
        Matcher zh = ABBR.matcher(chinese);
        String termZh = chinese;
        if (zh.matches()) {
            termZh = zh.group(1);
            abbr = abbr != null ? abbr : Html.toText(zh.group(2));
        }
        return new Parsed(new Bilingual(Html.toText(termEn), Html.toText(termZh)), abbr, Html.toText(pinyin),
                parseDefinition(definition), parseSources(source));
    }

    private static Bilingual parseDefinition(String field) {
        Bilingual def = Bilingual.EMPTY;
        Matcher m = DEF.matcher(field);
        boolean any = false;
        while (m.find()) {
            any = true;
            def = def.with(Lang.of(m.group(1)), Html.toText(FROM.matcher(m.group(2)).replaceAll("")));
        }
        if (!any) {
            String text = Html.toText(field);
            if (!text.isEmpty()) {
                def = Bilingual.of(Scripts.langOf(text), text);
            }
        }
        return def;
    }

    private static List<Source> parseSources(String field) {
        List<Source> sources = new ArrayList<>();
        Matcher m = SOURCE.matcher(field);
        while (m.find()) {
            String doc = Html.decodeEntities(m.group(2));
            sources.add(new Source(doc.isBlank() ? UNKNOWN_DOC : doc, Lang.of(m.group(1)), Html.toText(m.group(3))));
        }
        if (sources.isEmpty()) {
            String text = Html.toText(field);
            if (!text.isEmpty()) {
                sources.add(new Source(UNKNOWN_DOC, Scripts.langOf(text), text));
            }
        }
        return sources;
    }
}
