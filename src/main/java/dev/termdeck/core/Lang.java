package dev.termdeck.core;

import java.util.Locale;

/** The two languages termdeck reads, drills and writes: English and (simplified or traditional) Chinese. */
public enum Lang {
    EN("en"),
    ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in files and on the command line: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    /** The other language of the pair. */
    public Lang other() {
        return this == EN ? ZH : EN;
    }

    /**
     * Parses a language code, case-insensitively; region suffixes are ignored ({@code zh-CN}, {@code en_US}).
     *
     * @throws IllegalArgumentException naming the value when it is neither English nor Chinese
     */
    public static Lang of(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            int cut = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
            if (cut > 0) {
                c = c.substring(0, cut);
            }
            for (Lang lang : values()) {
                if (lang.code.equals(c)) {
                    return lang;
                }
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en or zh)");
    }

    @Override
    public String toString() {
        return code;
    }
}
