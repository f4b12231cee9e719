package dev.termdeck.testing;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.function.UnaryOperator;

/** {@link ChineseScript}s for tests: readings from the real HanLP adapter, conversions as a test wants them. */
public final class Scripts {
    private Scripts() {
    }

    /** Converts nothing (the text is taken as simplified); readings from HanLP, loaded on first use. */
    public static ChineseScript simplifiedOnly() {
        return converting(UnaryOperator.identity());
    }

    /** Converts with {@code toSimplified}; readings from HanLP, loaded on first use. */
    public static ChineseScript converting(UnaryOperator<String> toSimplified) {
        return new ChineseScript() {
            @Override
            public String toSimplified(String text) {
                return toSimplified.apply(text);
            }

            @Override
            public String pinyin(String text) {
                return HanLpChinese.get().pinyin(text);
            }
        };
    }
}
