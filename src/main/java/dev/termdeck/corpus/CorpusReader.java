package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.InputFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a corpus directory: every {@code .txt}, {@code .md} and {@code .jsonl} file below it (hidden files and
 * directories skipped), in path order. Each file is decoded (see {@link TextDecoder}), split into papers and
 * cleaned (see {@link PageSplitter}); each paper gets its language and a stable id {@code FILE#N}; papers whose
 * original's normalized text (NFKC, lower case, letters and digits only) repeats an earlier one are dropped. A
 * translation the source carries beside a paper (a digest page's {@code 摘要（中文）}, JSONL {@code translations})
 * becomes the paper's second version when {@link TranslationCheck} finds it readable, else a one-line warning.
 *
 * <p>A file that cannot be read (binary, empty, not text, too large, no permission) is reported as a
 * {@link CorpusProblem} and skipped; the read goes on. Thread-safe: instances hold only immutable configuration.
 */
public final class CorpusReader {
    /** Default limit for one corpus file: far above any abstract collection, far below what would hurt memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "jsonl");

    private final long maxFileBytes;
    private final PageSplitter splitter;

    /** A reader with the default file size limit. */
    public CorpusReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** A reader that skips files larger than {@code maxFileBytes}. */
    public CorpusReader(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.splitter = new PageSplitter(Boilerplate.bundled());
    }

    /**
     * Reads the corpus at {@code root}: a directory, or a single file.
     *
     * @throws TermdeckException when {@code root} does not exist or cannot be listed
     */
    public Corpus read(Path root) {
        if (!Files.exists(root)) {
            throw new TermdeckException(root + ": no such corpus directory");
        }
        if (InputFiles.isSpecial(root)) {
            throw new TermdeckException(root + ": " + InputFiles.NOT_REGULAR);
        }
        List<Path> files = listFiles(root);
        List<Paper> papers = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Path file : files) {
            String rel = Files.isDirectory(root) ? relative(root, file) : file.getFileName().toString();
            String display = file.toString();
            int firstProblem = problems.size();
            List<RawDocument> raws = readFile(file, rel, display, problems);
            boolean any = false;
            for (RawDocument raw : raws) {
                Optional<Lang> lang = raw.declared() != null
                        ? Optional.of(raw.declared())
                        : LanguageDetector.detect(raw.text());
                String id = stem(rel) + "#" + raw.key();
                if (lang.isEmpty()) {
                    problems.add(new CorpusProblem(display, 0, "skipped " + id + ": neither English nor Chinese"));
                    continue;
                }
                if (!seen.add(CorpusText.dedupeKey(raw.text()))) {
                    duplicates++;
                    continue;
                }
                Document original = new Document(id, rel, lang.get(), raw.title(), raw.text());
                Paper paper = paper(original, raw, display, problems);
                paper.translation().ifPresent(t -> seen.add(CorpusText.dedupeKey(t.text())));
                papers.add(paper);
                any = true;
            }
            if (any) {
                used.add(rel);
            }
            // A file's problems in line order, whichever step found them.
            problems.subList(firstProblem, problems.size()).sort(java.util.Comparator.comparingInt(CorpusProblem::line));
        }
        return new Corpus(papers, used, duplicates, problems);
    }

    /**
     * The paper of {@code original}: with its translation when the source carries one that reads well, else alone
     * with one warning saying why ({@code the translation (section 摘要（中文）) is cut off; read as an English-only
     * paper}).
     */
    private static Paper paper(Document original, RawDocument raw, String display, List<CorpusProblem> problems) {
        RawDocument.Translation t = raw.translation();
        if (t == null) {
            return Paper.of(original);
        }
        Optional<String> problem = TranslationCheck.problem(original.lang(), original.text(), t);
        if (problem.isPresent()) {
            problems.add(new CorpusProblem(display, t.line(), "the translation (" + t.label() + ") "
                    + problem.get() + "; read as " + (original.lang() == Lang.EN ? "an English" : "a Chinese")
                    + "-only paper"));
            return Paper.of(original);
        }
        Lang lang = original.lang().other();
        Document translation = new Document(Document.translationId(original.id(), lang), original.source(), lang,
                original.title(), t.text().strip(), original.id(), t.notes());
        return new Paper(List.of(original, translation));
    }

    private List<RawDocument> readFile(Path file, String rel, String display, List<CorpusProblem> problems) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                problems.add(new CorpusProblem(display, 0, "skipped: empty file"));
                return List.of();
            }
            if (size > maxFileBytes) {
                problems.add(new CorpusProblem(display, 0, String.format(Locale.ROOT,
                        "skipped: %.1f MB is over the %d MB limit for one corpus file",
                        size / 1048576.0, maxFileBytes / 1048576)));
                return List.of();
            }
            DecodedText decoded = TextDecoder.decode(InputFiles.read(file, maxFileBytes));
            if (decoded.fallback()) {
                problems.add(new CorpusProblem(display, 0, "not UTF-8; read as " + decoded.charset().name()));
            }
            List<RawDocument> raws = splitter.split(rel, decoded.text(),
                    (line, message) -> problems.add(new CorpusProblem(display, line, message)));
            if (raws.isEmpty()) {
                problems.add(new CorpusProblem(display, 0, "skipped: no text left after cleaning"));
            }
            return raws;
        } catch (NotTextException e) {
            problems.add(new CorpusProblem(display, 0, "skipped: " + e.getMessage()));
        } catch (AccessDeniedException e) {
            problems.add(new CorpusProblem(display, 0, "skipped: permission denied"));
        } catch (IOException e) {
            problems.add(new CorpusProblem(display, 0, "skipped: cannot read (" + e.getMessage() + ")"));
        }
        return List.of();
    }

    private static List<Path> listFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> !isHidden(root, p))
                    .filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TermdeckException(root + ": cannot list the corpus directory (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String stem(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') ? rel.substring(0, dot) : rel;
    }
}
