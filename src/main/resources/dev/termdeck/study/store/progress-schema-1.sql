-- The progress database, schema version 1 (PRAGMA user_version). Statements end with a semicolon at the end of a line.
-- Times are milliseconds since 1970-01-01 UTC; phases are new, learning, review, relearning.

-- The scheduling state of every studied card, keyed by deck name and card id (a never-studied card has no row).
CREATE TABLE card_state (
  deck        TEXT    NOT NULL,
  card        TEXT    NOT NULL,
  phase       TEXT    NOT NULL,
  step        INTEGER NOT NULL,
  stability   REAL    NOT NULL,
  difficulty  REAL    NOT NULL,
  due         INTEGER NOT NULL,
  last_review INTEGER NOT NULL,
  reps        INTEGER NOT NULL,
  lapses      INTEGER NOT NULL,
  PRIMARY KEY (deck, card)
) WITHOUT ROWID;

-- Every answer, appended in the transaction that changes card_state; undo deletes the row it takes back.
-- prev_* is the card's state before the answer (what undo restores), the unprefixed columns its state after.
CREATE TABLE review_log (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  time             INTEGER NOT NULL,
  deck             TEXT    NOT NULL,
  card             TEXT    NOT NULL,
  direction        TEXT    NOT NULL,
  mode             TEXT    NOT NULL,
  grade            INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  answer           TEXT,
  elapsed_ms       INTEGER NOT NULL,
  prev_phase       TEXT    NOT NULL,
  prev_step        INTEGER NOT NULL,
  prev_stability   REAL,
  prev_difficulty  REAL,
  prev_due         INTEGER NOT NULL,
  prev_last_review INTEGER,
  prev_reps        INTEGER NOT NULL,
  prev_lapses      INTEGER NOT NULL,
  phase            TEXT    NOT NULL,
  step             INTEGER NOT NULL,
  stability        REAL    NOT NULL,
  difficulty       REAL    NOT NULL,
  due              INTEGER NOT NULL,
  last_review      INTEGER NOT NULL,
  reps             INTEGER NOT NULL,
  lapses           INTEGER NOT NULL
);

CREATE INDEX review_log_deck_time ON review_log (deck, time);
