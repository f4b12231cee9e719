package dev.termdeck.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The port through which the study core (and imports) ask about Chinese script: reading traditional characters as
 * their simplified forms, so that an answer typed in either script is accepted, and the pinyin of a term, so that a
 * term or alias made or changed by a person gets its reading and its pinyin is accepted as an answer. It is
 * implemented by the Chinese extractor's HanLP adapter ({@code extract.zh.HanLpChinese}) and handed in by the command
 * line, so that the study core loads no NLP library of its own. Implementations are thread-safe.
 */
public interface ChineseScript {
    /** {@code text} with traditional characters converted to simplified ones; other characters unchanged. */
    String toSimplified(String text);

    /**
     * The pinyin of {@code text} with tone marks, one syllable a hanzi separated by spaces, other characters kept as
     * they are ({@code 联邦学习} gives {@code lián bāng xué xí}).
     */
    String pinyin(String text);

    /**
     * A script that asks {@code implementation} for the real one only on first use, so that a heavy implementation
     * (a dictionary) is loaded only when an answer needs converting or a reading. Thread-safe.
     */
    static ChineseScript lazy(Supplier<? extends ChineseScript> implementation) {
        Objects.requireNonNull(implementation, "implementation");
        return new ChineseScript() {
            private volatile ChineseScript loaded;

            @Override
            public String toSimplified(String text) {
                return script().toSimplified(text);
            }

            @Override
            public String pinyin(String text) {
                return script().pinyin(text);
            }

            private ChineseScript script() {
                ChineseScript s = loaded;
                if (s == null) {
                    s = Objects.requireNonNull(implementation.get(), "implementation.get()");
                    loaded = s;
                }
                return s;
            }
        };
    }

    /** Whether {@code cp} is a hanzi (a CJK ideograph, in any script). */
    static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
