package dev.termdeck.bench;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Made-up decks of any size for benchmarks: English and Chinese terms of two to four words with pinyin, an
 * abbreviation for some, an English or Chinese definition, and a source sentence, so that card and field sizes are
 * like those of a built deck. Not for tests of content. Stateless.
 */
public final class SyntheticDeck {
    private static final String[] EN = {"adaptive", "sparse", "attention", "network", "graph", "neural", "latent",
        "diffusion", "model", "federated", "learning", "contrastive", "representation", "transfer", "policy",
        "gradient", "reward", "language", "vision", "token", "embedding", "retrieval", "generative", "adversarial",
        "causal", "inference", "bayesian", "kernel", "residual", "convolution", "recurrent", "memory", "prompt",
        "instruction", "alignment", "distillation", "pruning", "quantization", "curriculum", "meta"};
    private static final Map<Character, String> ZH = zh();

    private SyntheticDeck() {
    }

    /** A deck named {@code name} with {@code size} cards with distinct ids. */
    public static Deck generate(String name, int size, RandomGenerator random) {
        List<Character> hanzi = new ArrayList<>(ZH.keySet());
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int words = 2 + random.nextInt(3);
            StringBuilder en = new StringBuilder();
            StringBuilder abbr = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = EN[random.nextInt(EN.length)];
                en.append(w == 0 ? "" : " ").append(word);
                abbr.append(Character.toUpperCase(word.charAt(0)));
            }
            en.append(' ').append(i);
            StringBuilder zh = new StringBuilder();
            StringBuilder pinyin = new StringBuilder();
            for (int c = 0, n = 2 + random.nextInt(5); c < n; c++) {
                char h = hanzi.get(random.nextInt(hanzi.size()));
                zh.append(h);
                pinyin.append(c == 0 ? "" : " ").append(ZH.get(h));
            }
            zh.append(i);
            String term = en.toString();
            boolean englishDefinition = random.nextBoolean();
            Card card = Card.builder("t" + i)
                    .term(new Bilingual(term, zh.toString()))
                    .aliases(new BilingualList(List.of(term + "s"), List.of()))
                    .abbr(random.nextInt(4) == 0 ? abbr.toString() : null)
                    .pinyin(pinyin.toString())
                    .definition(englishDefinition ? Lang.EN : Lang.ZH, englishDefinition
                            ? "A method in which the " + term + " is trained on a large corpus to improve results."
                            : zh + "是一种在大规模语料上训练以改进结果的方法。")
                    .addSource(new Source("bench#" + i, Lang.EN, "We show that the " + term
                            + " outperforms strong baselines on several benchmarks."))
                    .score(random.nextDouble())
                    .build();
            cards.add(card);
        }
        return Deck.of(name, new Bilingual("Synthetic benchmark deck", "合成基准卡组"),
                new Generated("termdeck bench", null, List.of()), cards);
    }

    private static Map<Character, String> zh() {
        String[] pairs = {"模:mó", "型:xíng", "学:xué", "习:xí", "网:wǎng", "络:luò", "神:shén", "经:jīng", "图:tú",
            "注:zhù", "意:yì", "力:lì", "生:shēng", "成:chéng", "对:duì", "抗:kàng", "迁:qiān", "移:yí", "强:qiáng",
            "化:huà", "表:biǎo", "示:shì", "检:jiǎn", "索:suǒ", "语:yǔ", "言:yán", "视:shì", "觉:jué", "扩:kuò",
            "散:sàn", "率:lǜ", "分:fēn", "辨:biàn", "联:lián", "邦:bāng", "推:tuī", "理:lǐ", "因:yīn", "果:guǒ"};
        Map<Character, String> m = new LinkedHashMap<>();
        for (String p : pairs) {
            m.put(p.charAt(0), p.substring(2));
        }
        return m;
    }
}
