-- Schema version 2, over version 1: what a learner marked on a card, keyed like card_state (a card never marked has
-- no row, and a row that marks nothing is deleted). Times are milliseconds since 1970-01-01 UTC.
-- suspended: 1 keeps the card out of every session until it is unsuspended; buried_until: the card is left out of
-- sessions before this time (the start of the next study day), or NULL; flagged: 1 marks the card for attention.
CREATE TABLE card_mark (
  deck         TEXT    NOT NULL,
  card         TEXT    NOT NULL,
  suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  buried_until INTEGER,
  flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
  PRIMARY KEY (deck, card)
) WITHOUT ROWID;
