package dev.termdeck.extract;

/**
 * The stages of a build whose time {@code build --verbose} and {@code bench build} report, in the order they run.
 * The assembler reports the stages from {@link #EXTRACTION} on; the build around it the others.
 */
public enum BuildStage {
    /** From the process's start to the command's: the JVM, the class-data-sharing archive, the command line. */
    JVM_START("JVM start"),
    /** Reading and cleaning the corpus files. */
    READING("reading the corpus"),
    /** Loading the OpenNLP models, HanLP's dictionaries and the glossary. */
    MODELS("loading models"),
    /** Extracting every document's candidates (on all worker threads). */
    EXTRACTION("extraction"),
    /** Aligning the papers read with their translation. */
    ALIGNMENT("alignment"),
    /** Document frequencies, per-document selection, grouping the terms of all documents. */
    CROSS_DOCUMENT("cross-document"),
    /** Turning the groups of both languages into cards. */
    LINKING("linking"),
    /** Choosing each card's definitions. */
    DEFINITIONS("definitions"),
    /** Merging into the existing deck and writing the file. */
    WRITING("merge and write");

    private final String label;

    BuildStage(String label) {
        this.label = label;
    }

    /** How the stage is named in reports ({@code "cross-document"}). */
    public String label() {
        return label;
    }
}
