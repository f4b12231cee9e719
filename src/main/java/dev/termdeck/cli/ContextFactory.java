package dev.termdeck.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates command objects, handing a {@link CliContext} to those whose constructor takes one (and the decks read
 * ahead to one that takes a {@link DeckPrefetch} as well).
 */
final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final DeckPrefetch prefetch;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this(context, DeckPrefetch.NONE);
    }

    ContextFactory(CliContext context, DeckPrefetch prefetch) {
        this.context = context;
        this.prefetch = prefetch;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context));
            }
            if (c.getParameterCount() == 2 && c.getParameterTypes()[0] == CliContext.class
                    && c.getParameterTypes()[1] == DeckPrefetch.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context, prefetch));
            }
        }
        return fallback.create(cls);
    }
}
