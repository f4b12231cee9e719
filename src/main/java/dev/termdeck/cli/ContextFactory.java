package dev.termdeck.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates command objects, handing a {@link CliContext} to those whose constructor takes one (and the decks read
 * ahead and the database being opened to one that takes a {@link StudyHeadStart} as well).
 */
final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final StudyHeadStart headStart;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this(context, StudyHeadStart.NONE);
    }

    ContextFactory(CliContext context, StudyHeadStart headStart) {
        this.context = context;
        this.headStart = headStart;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context));
            }
            if (c.getParameterCount() == 2 && c.getParameterTypes()[0] == CliContext.class
                    && c.getParameterTypes()[1] == StudyHeadStart.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context, headStart));
            }
        }
        return fallback.create(cls);
    }
}
