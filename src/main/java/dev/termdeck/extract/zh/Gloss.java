package dev.termdeck.extract.zh;

/**
 * A Chinese term written with its English form or abbreviation in parentheses: {@code 多点触摸归因(MTA)},
 * {@code 超越模仿游戏基准(Big Bench)}.
 *
 * @param zhFrom  the first piece of the Chinese term
 * @param zhTo    one past its last piece
 * @param zh      the Chinese term as written
 * @param latin   the text in the parentheses ({@code MTA}, {@code Big Bench})
 * @param acronym whether {@code latin} is an abbreviation rather than a spelled-out English term
 */
record Gloss(int zhFrom, int zhTo, String zh, String latin, boolean acronym) {
}
