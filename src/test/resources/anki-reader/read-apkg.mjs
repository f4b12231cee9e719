// Opens an .apkg with anki-reader and prints what it sees as JSON: decks, their cards, each card's note fields
// (by the note type's field names) and the questions its templates render.
import fs from 'node:fs';
import { readAnkiPackage } from 'anki-reader';

const file = process.argv[2];
const { collection, media } = await readAnkiPackage(new Blob([fs.readFileSync(file)]));
const decks = [];
for (const [deckId, deck] of Object.entries(collection.getDecks())) {
  const cards = [];
  for (const [cardId, card] of Object.entries(deck.getCards())) {
    const raw = card.getRawCard();
    cards.push({
      id: cardId,
      noteId: card.getNoteId(),
      ord: raw.ord,
      model: card.getModel().getName(),
      fields: card.getFields(),
      questions: card.getQuestions().map((q) => q.getQuestionString()),
    });
  }
  decks.push({ id: deckId, name: deck.getName(), cards });
}
const models = Object.values(collection.getModels()).map((m) => ({
  id: m.getId(), name: m.getName(), fields: m.getFields().map((f) => f.name), templates: m.getTemplates().length,
}));
console.log(JSON.stringify({ decks, models, media: Object.keys(media) }));
