package dev.termdeck.tui;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.study.LoadedDeck;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The edit screen's behaviour, also the screen that adds a card ({@link #adding}): a form over a card's editable fields (aliases separated by {@code ;}, tags by commas
 * or spaces), then Save and Cancel. Tab/Down and Shift-Tab/Up move between fields, Enter moves on (on Save, saves),
 * Esc cancels. Saving goes through the core ({@code Library.editCard}), which marks the card edited and writes the deck
 * atomically; the caller is told the saved card. Drawing is {@link EditPainter}'s. Not thread-safe.
 */
final class EditPage implements Page {
    /** The form's fields, in order, with their bundle keys; then the two buttons. */
    enum Field {
        TERM_EN("tui.edit.termEn"), TERM_ZH("tui.edit.termZh"), ALIASES_EN("tui.edit.aliasesEn"),
        ALIASES_ZH("tui.edit.aliasesZh"), ABBR("card.abbr"), PINYIN("card.pinyin"),
        DEFINITION_EN("tui.edit.definitionEn"), DEFINITION_ZH("tui.edit.definitionZh"), TAGS("tui.edit.tags");

        final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        /** Whether the field may take several lines on screen. */
        boolean tall() {
            return this == DEFINITION_EN || this == DEFINITION_ZH;
        }
    }

    /** Focus positions after the fields. */
    static final int SAVE = Field.values().length;
    static final int CANCEL = SAVE + 1;

    /** Saves the card the form makes; the card as saved. */
    @FunctionalInterface
    interface Saver {
        Card save(Card draft);
    }

    private final TuiState state;
    private final String deck;
    private final Card card;
    private final Saver saver;
    private final Consumer<Card> onSaved;
    private final List<LineEditor> editors = new ArrayList<>();
    private int focus;

    /** The form over {@code card} of {@code deck}: Save edits it ({@code Library.editCard}). */
    EditPage(TuiState state, String deck, Card card, Consumer<Card> onSaved) {
        this(state, deck, card, draft -> state.library().editCard(deck, draft), onSaved);
    }

    /**
     * An empty form for a new card of {@code deck}: Save adds it to the deck through {@code saver} (the session, so
     * that undo takes it back).
     */
    static EditPage adding(TuiState state, String deck, Saver saver, Consumer<Card> onAdded) {
        return new EditPage(state, deck, null, saver, onAdded);
    }

    private EditPage(TuiState state, String deck, Card card, Saver saver, Consumer<Card> onSaved) {
        this.state = state;
        this.deck = deck;
        this.card = card;
        this.saver = saver;
        this.onSaved = onSaved;
        for (Field f : Field.values()) {
            LineEditor e = new LineEditor(initial(f));
            // A field shows from its start, and the cursor is there: the start of a long definition is what to read.
            e.home();
            editors.add(e);
        }
    }

    /** Whether the form makes a new card (rather than editing one). */
    boolean adding() {
        return card == null;
    }

    /** The bundle key of the page title. */
    String titleKey() {
        return adding() ? "tui.add.title" : "edit.title";
    }

    private String initial(Field f) {
        if (card == null) {
            return "";
        }
        return switch (f) {
            case TERM_EN -> orEmpty(card.term().en());
            case TERM_ZH -> orEmpty(card.term().zh());
            case ALIASES_EN -> String.join("; ", card.aliases().en());
            case ALIASES_ZH -> String.join("; ", card.aliases().zh());
            case ABBR -> orEmpty(card.abbr());
            case PINYIN -> orEmpty(card.pinyin());
            case DEFINITION_EN -> orEmpty(card.definition().en());
            case DEFINITION_ZH -> orEmpty(card.definition().zh());
            case TAGS -> String.join(", ", card.tags());
        };
    }

    Card card() {
        return card;
    }

    String deck() {
        return deck;
    }

    LineEditor editor(Field f) {
        return editors.get(f.ordinal());
    }

    /** The focused field's index, or {@link #SAVE} or {@link #CANCEL}. */
    int focus() {
        return focus;
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.EDIT;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.ESCAPE)) {
            state.pages().back();
            state.status().info(state.msg().get("tui.edit.cancelled"));
        } else if (k.is(Key.Kind.TAB) || k.is(Key.Kind.DOWN)) {
            focus(Math.min(CANCEL, focus + 1));
        } else if (k.is(Key.Kind.BACK_TAB) || k.is(Key.Kind.UP)) {
            focus(Math.max(0, focus - 1));
        } else if (k.is(Key.Kind.ENTER)) {
            if (focus == SAVE) {
                save();
            } else if (focus == CANCEL) {
                state.pages().back();
                state.status().info(state.msg().get("tui.edit.cancelled"));
            } else {
                focus(focus + 1);
            }
        } else if (focus < SAVE) {
            editors.get(focus).handle(k);
        } else if (k.is(Key.Kind.LEFT) || k.is(Key.Kind.RIGHT)) {
            focus = focus == SAVE ? CANCEL : SAVE;
        }
    }

    /** Moves the focus to {@code index}, with the cursor at the start of the field. */
    private void focus(int index) {
        focus = index;
        if (focus < SAVE) {
            editors.get(focus).home();
        }
    }

    private void save() {
        String en = text(Field.TERM_EN);
        String zh = text(Field.TERM_ZH);
        if (en.isBlank() && zh.isBlank()) {
            state.status().error(state.msg().get("tui.edit.needTerm"));
            focus = 0;
            return;
        }
        try {
            Card edited = (card != null ? card.toBuilder() : Card.builder("new"))
                    .term(new Bilingual(en, zh))
                    .aliases(new BilingualList(split(text(Field.ALIASES_EN), "[;；]"),
                            split(text(Field.ALIASES_ZH), "[;；]")))
                    .abbr(text(Field.ABBR))
                    .pinyin(text(Field.PINYIN))
                    .definition(new Bilingual(text(Field.DEFINITION_EN), text(Field.DEFINITION_ZH)))
                    .tags(split(text(Field.TAGS), "[,，\\s]+"))
                    .build();
            Card saved = saver.save(edited);
            state.pages().back();
            onSaved.accept(saved);
            state.status().info(adding() ? state.msg().get("tui.add.saved", termOf(saved), deck)
                    : state.msg().get("edit.saved", fileOf(deck)));
        } catch (TermdeckException | IllegalArgumentException | UncheckedIOException e) {
            state.status().error(e.getMessage());
        }
    }

    private String fileOf(String name) {
        return state.library().decks().stream().filter(d -> d.name().equals(name)).map(LoadedDeck::file)
                .map(Object::toString).findFirst().orElse(name);
    }

    private static String termOf(Card c) {
        return c.term().en() != null ? c.term().en() : c.term().zh();
    }

    private String text(Field f) {
        return editors.get(f.ordinal()).text().strip();
    }

    private static List<String> split(String s, String separator) {
        return Arrays.stream(s.split(separator)).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void paint(Canvas c) {
        EditPainter.paint(this, state, c);
    }
}
