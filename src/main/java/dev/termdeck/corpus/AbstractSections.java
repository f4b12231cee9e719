package dev.termdeck.corpus;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Boilerplate.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a page whose headings label an abstract and its translation (digest sites: {@code ## 📄 摘要（原文）} and
 * {@code ## 📝 摘要（中文）}) as papers with two language versions. Only the abstract sections are read; the page's
 * other sections (one-line summaries, keyword lists, method notes, application ideas) are machine-written text about
 * the paper, not its abstract; on a page of one paper they go with its translation as notes ({@link Document#notes()}),
 * evidence of how the page renders the paper's terms (错误接受率（FAR）in a keyword list), never read as a document.
 * The section headings are data (the {@code original} and {@code abstract*} rules of {@code boilerplate.txt}).
 *
 * <p>Sections pair into papers in page order, whichever comes first: a section joins the paper before it when that
 * paper has one section in another language, else it starts a paper. Of a pair, the section marked as the original
 * (or a plain abstract heading) is the original, else the first; the other is its translation, which the reader
 * checks ({@link TranslationCheck}). A paper whose original section is empty is read from its translation alone,
 * with a warning. Thread-safe.
 */
final class AbstractSections {
    private final Boilerplate boilerplate;
    private final PageSplitter splitter;

    AbstractSections(Boilerplate boilerplate, PageSplitter splitter) {
        this.boilerplate = boilerplate;
        this.splitter = splitter;
    }

    /**
     * One line of a page: its 1-based number, its heading level (0 for a body line) and its text without markup.
     */
    record Line(int number, int level, String text) {
        boolean isHeading() {
            return level > 0;
        }
    }

    /** Whether the page has a heading that marks an abstract's original or a language version of it. */
    boolean applies(List<Line> lines) {
        for (Line l : lines) {
            if (l.isHeading()) {
                Optional<SectionKind> kind = boilerplate.section(l.text());
                if (kind.isPresent() && kind.get() != SectionKind.ABSTRACT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The papers of the page, each with its translation when the page has one; problems go to {@code problems}. */
    List<RawDocument> split(List<Line> lines, PageSplitter.LineProblems problems) {
        List<Section> sections = new ArrayList<>();
        List<Line> headings = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Section current = null;
        for (Line l : lines) {
            if (l.isHeading()) {
                Optional<SectionKind> kind = boilerplate.section(l.text());
                current = kind.isPresent() ? new Section(kind.get(), l, titleBefore(headings, l.level())) : null;
                if (current != null) {
                    sections.add(current);
                } else {
                    headings.add(l);
                }
            } else if (current != null) {
                current.body.add(l.text());
            } else {
                others.add(l.text());
            }
        }
        List<List<Section>> papers = new ArrayList<>();
        for (Section s : sections) {
            s.text = splitter.paragraphs(s.body, false);
            s.lang = s.kind.lang() != null ? s.kind.lang() : LanguageDetector.detect(s.text).orElse(null);
            List<Section> last = papers.isEmpty() ? null : papers.get(papers.size() - 1);
            if (last != null && last.size() == 1 && pairs(last.get(0), s)) {
                last.add(s);
            } else {
                papers.add(new ArrayList<>(List.of(s)));
            }
        }
        String notes = papers.size() == 1 ? splitter.paragraphs(others, false) : null;
        List<RawDocument> docs = new ArrayList<>();
        for (List<Section> paper : papers) {
            Section original = paper.stream().filter(s -> s.kind == SectionKind.ORIGINAL).findFirst()
                    .or(() -> paper.stream().filter(s -> s.kind == SectionKind.ABSTRACT).findFirst())
                    .orElse(paper.get(0));
            Section translation = paper.stream().filter(s -> s != original).findFirst().orElse(null);
            if (original.text.isEmpty() && translation != null && !translation.text.isEmpty()) {
                problems.report(original.heading.number(), "the original abstract (" + original.heading.text()
                        + ") is empty; read the translation alone");
                docs.add(new RawDocument(Integer.toString(docs.size() + 1), translation.title, translation.text,
                        translation.kind.lang()));
            } else if (!original.text.isEmpty()) {
                RawDocument.Translation t = translation == null ? null : new RawDocument.Translation(
                        translation.text, translation.kind.lang(), "section " + translation.heading.text(),
                        translation.heading.number(), notes);
                docs.add(new RawDocument(Integer.toString(docs.size() + 1), original.title, original.text,
                        original.kind.lang(), t));
            }
        }
        return docs;
    }

    /** Whether {@code next} is the other language version of the paper whose one section is {@code first}. */
    private static boolean pairs(Section first, Section next) {
        boolean bothOriginals = first.kind.lang() == null && next.kind.lang() == null
                && first.kind == next.kind && first.kind == SectionKind.ORIGINAL;
        if (bothOriginals) {
            return false;
        }
        return first.lang == null || next.lang == null ? first.kind != next.kind : first.lang != next.lang;
    }

    /** The nearest heading above a section with a lower level than the section's: the paper's title. */
    private String titleBefore(List<Line> headings, int level) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i).level() < level) {
                return boilerplate.cleanTitle(headings.get(i).text());
            }
        }
        return null;
    }

    private static final class Section {
        final SectionKind kind;
        final Line heading;
        final String title;
        final List<String> body = new ArrayList<>();
        String text;
        Lang lang;

        Section(SectionKind kind, Line heading, String title) {
            this.kind = kind;
            this.heading = heading;
            this.title = title;
        }
    }
}
