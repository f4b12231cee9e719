package dev.termdeck.deck;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * How deck files are laid out ({@link DeckJson}): two-space indent, {@code "key": value}, one array element a line,
 * {@code []} and <code>{}</code> for empty ones. Jackson copies it per document ({@link #createInstance()}).
 */
final class DeckPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    DeckPrettyPrinter() {
        super(DefaultPrettyPrinter.DEFAULT_ROOT_VALUE_SEPARATOR);
        _objectFieldValueSeparatorWithSpaces = ": ";
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
        withSeparators(Separators.createDefaultInstance());
    }

    private DeckPrettyPrinter(DeckPrettyPrinter base) {
        super(base);
        _objectFieldValueSeparatorWithSpaces = ": ";
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new DeckPrettyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (nrOfValues == 0) {
            g.writeRaw(']');
            --_nesting;
            return;
        }
        super.writeEndArray(g, nrOfValues);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (nrOfEntries == 0) {
            g.writeRaw('}');
            --_nesting;
            return;
        }
        super.writeEndObject(g, nrOfEntries);
    }
}
