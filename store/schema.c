/* schema: every version of the store's schema, as migrations.
 * Append a migration for each change; never edit a released one. */
#include "config.h"

#include "schema.h"

#include "internal.h"

const char *const schema_migrations[] = {
	/* 1: sources and sentences */
	"CREATE TABLE sources ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  path TEXT,"
	"  url TEXT,"
	"  outlet TEXT,"
	"  pub_date TEXT,"
	"  date_origin TEXT,"
	"  title TEXT,"
	"  story TEXT NOT NULL DEFAULT '',"
	"  content_hash TEXT NOT NULL UNIQUE,"
	"  added_at TEXT NOT NULL,"
	"  text TEXT NOT NULL"
	");"
	"CREATE INDEX sources_story ON sources(story);"
	"CREATE TABLE sentences ("
	"  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  paragraph INTEGER NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL CHECK (end >= start),"
	"  boilerplate INTEGER NOT NULL DEFAULT 0 CHECK (boilerplate IN (0, 1)),"
	"  PRIMARY KEY (source_id, idx)"
	") WITHOUT ROWID;",

	/* 2: claims and their slots (typed, normalised mentions) */
	"CREATE TABLE claims ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
	"  key TEXT NOT NULL UNIQUE,"
	"  ord INTEGER NOT NULL,"
	"  sentence INTEGER NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  event TEXT NOT NULL DEFAULT '',"
	"  lemma TEXT NOT NULL DEFAULT '',"
	"  scope TEXT NOT NULL DEFAULT '',"
	"  speaker TEXT,"
	"  negated INTEGER NOT NULL DEFAULT 0,"
	"  modality TEXT NOT NULL DEFAULT 'asserted',"
	"  score REAL NOT NULL DEFAULT 0,"
	"  UNIQUE (source_id, ord)"
	");"
	"CREATE TABLE slots ("
	"  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  ord INTEGER NOT NULL,"
	"  type TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  value TEXT NOT NULL,"
	"  lo REAL,"
	"  hi REAL,"
	"  unit TEXT NOT NULL DEFAULT '',"
	"  gran TEXT,"
	"  mod TEXT,"
	"  event TEXT NOT NULL DEFAULT '',"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  year_from INTEGER NOT NULL DEFAULT 0,"
	"  norm TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (claim_id, ord)"
	") WITHOUT ROWID;"
	"CREATE INDEX claims_source ON claims(source_id, ord);"
	"CREATE INDEX claims_subject_event ON claims(subject, event);"
	"CREATE INDEX slots_type_value ON slots(type, value);"
	"CREATE INDEX slots_subject_unit ON slots(subject, unit);"
	"CREATE INDEX slots_norm ON slots(norm) WHERE norm <> '';",

	/* 3: review sessions, the append-only annotation log, conflicts and
	 * corroborations between claims, and full-text search over sentences */
	"CREATE TABLE sessions ("
	"  id INTEGER PRIMARY KEY,"
	"  reviewer TEXT NOT NULL,"
	"  started TEXT NOT NULL,"
	"  ended TEXT,"
	"  annotations INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE TABLE annotations ("
	"  id INTEGER PRIMARY KEY,"
	"  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  session_id INTEGER REFERENCES sessions(id),"
	"  reviewer TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  action TEXT NOT NULL CHECK (action IN ('set', 'undo', 'redo', 'import')),"
	"  verdict TEXT CHECK (verdict IS NULL OR verdict IN"
	"    ('true', 'false', 'misleading', 'unverifiable')),"
	"  note TEXT,"
	"  tags TEXT NOT NULL DEFAULT '',"
	"  target INTEGER REFERENCES annotations(id)"
	");"
	"CREATE INDEX annotations_claim ON annotations(claim_id, id);"
	"CREATE INDEX annotations_reviewer ON annotations(reviewer, id);"
	"CREATE TABLE conflicts ("
	"  id INTEGER PRIMARY KEY,"
	"  story TEXT NOT NULL DEFAULT '',"
	"  kind TEXT NOT NULL,"
	"  severity TEXT NOT NULL CHECK (severity IN ('strong', 'weak')),"
	"  rule TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  slot_a INTEGER,"
	"  slot_b INTEGER,"
	"  explanation TEXT NOT NULL,"
	"  UNIQUE (claim_a, claim_b, kind, key)"
	");"
	"CREATE INDEX conflicts_a ON conflicts(claim_a);"
	"CREATE INDEX conflicts_b ON conflicts(claim_b);"
	"CREATE TABLE corroborations ("
	"  id INTEGER PRIMARY KEY,"
	"  story TEXT NOT NULL DEFAULT '',"
	"  rule TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  UNIQUE (claim_a, claim_b, key)"
	");"
	"CREATE INDEX corroborations_a ON corroborations(claim_a);"
	"CREATE INDEX corroborations_b ON corroborations(claim_b);"
	/* rowid = source_id * 2^24 + sentence index */
	"CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content = '',"
	"  tokenize = 'unicode61 remove_diacritics 2');",

	/* 4: the story on claims and slots, so that every anchor join stays
	 * inside one story (indexed), whatever the size of the store */
	"ALTER TABLE claims ADD COLUMN story TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE slots ADD COLUMN story TEXT NOT NULL DEFAULT '';"
	"UPDATE claims SET story = (SELECT story FROM sources WHERE sources.id = claims.source_id);"
	"UPDATE slots SET story = (SELECT story FROM claims WHERE claims.id = slots.claim_id);"
	"DROP INDEX claims_subject_event;"
	"DROP INDEX slots_type_value;"
	"DROP INDEX slots_subject_unit;"
	"DROP INDEX slots_norm;"
	"CREATE INDEX claims_story_subject_event ON claims(story, subject, event);"
	"CREATE INDEX slots_story_type_value ON slots(story, type, value);"
	"CREATE INDEX slots_story_subject_unit ON slots(story, subject, unit);"
	"CREATE INDEX slots_story_norm ON slots(story, norm) WHERE norm <> '';"
	/* year inference: the dates whose year is unknown, and the explicit
	 * day dates by month-day */
	"CREATE INDEX slots_unknown_year ON slots(substr(value, 6, 5))"
	"  WHERE type = 'date' AND year_from = 4;"
	"CREATE INDEX slots_known_md ON slots(substr(value, 6, 5))"
	"  WHERE type = 'date' AND year_from = 0;"
	"CREATE INDEX conflicts_story_kind_key ON conflicts(story, kind, key);",

	/* 5: the dated slots in timeline order, so that a page of the review's
	 * timeline is an index range, not a sort of every date in the store */
	"CREATE INDEX IF NOT EXISTS slots_dates ON slots(value, claim_id, ord) WHERE type = 'date';",

	/* 6: drop the indexes that repeat the start of a UNIQUE constraint's
	 * (claims (source_id, ord); conflicts and corroborations (claim_a, ...)):
	 * every insert paid for them, and no lookup needs them */
	"DROP INDEX claims_source;"
	"DROP INDEX conflicts_a;"
	"DROP INDEX corroborations_a;",

	/* 7: each claim's current state, merged from its annotation log by the
	 * rule in ST_MERGE (internal.h), kept in the transaction of every
	 * append and import. verdict_id: the entry that gave the verdict
	 * (its reviewer and time are the verdict's). was_judged: whether the claim had a verdict
	 * before the latest write to its log (the review's open-conflict
	 * count follows it). The log itself is not changed. */
	"CREATE TABLE claim_state ("
	"  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,"
	"  verdict TEXT,"
	"  note TEXT,"
	"  tags TEXT NOT NULL DEFAULT '',"
	"  disputed INTEGER NOT NULL DEFAULT 0,"
	"  verdict_id INTEGER,"
	"  was_judged INTEGER NOT NULL DEFAULT 0"
	");"
	ST_MERGE_V8("1")
	" INSERT INTO claim_state (claim_id, verdict, note, tags, disputed, verdict_id)"
	" SELECT claim_id, verdict, note, tags, disputed, verdict_id FROM merged;",

	/* 8: every time in the log in the store's own form, milliseconds
	 * always (imports kept 2024-07-20T10:11:12Z, which sorts after
	 * 10:11:12.733Z as 'Z' > '.'; further digits are dropped), and no
	 * time later than a day from now (an import took any, and such an
	 * entry stayed the newest change, hiding every later verdict: it is
	 * kept, dated now). Then claim_state again from the log by ST_MERGE. */
	"UPDATE annotations SET at = substr(at, 1, 19) || '.' || substr(CASE WHEN length(at) > 20"
	"  THEN substr(at, 21, length(at) - 21) ELSE '' END || '000', 1, 3) || 'Z'"
	" WHERE at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'"
	"  AND (length(at) = 20 OR (substr(at, 20, 1) = '.' AND length(at) > 21"
	"   AND substr(at, 21, length(at) - 21) NOT GLOB '*[^0-9]*'))"
	"  AND NOT (length(at) = 24 AND substr(at, 20, 1) = '.');"
	"UPDATE annotations SET at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
	" WHERE at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day');"
	ST_MERGE_V8("1")
	" INSERT INTO claim_state (claim_id, verdict, note, tags, disputed, verdict_id)"
	" SELECT claim_id, verdict, note, tags, disputed, verdict_id FROM merged WHERE true"
	" ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
	" tags = excluded.tags, disputed = excluded.disputed, verdict_id = excluded.verdict_id;",

	/* 9: an entry's verdict, note and tags stay its reviewer's own state;
	 * an undo or redo whose change to the claim differs from that (it
	 * restores another reviewer's verdict or note, or leaves a field
	 * another reviewer changed since) says so in `effect` (ST_EFFECT_*,
	 * internal.h) with the restored values in claim_verdict and
	 * claim_note. Every existing entry keeps effect 0, which the rule
	 * reads as before, so claim_state is only merged again to be sure. */
	"ALTER TABLE annotations ADD COLUMN effect INTEGER NOT NULL DEFAULT 0"
	"  CHECK (effect BETWEEN 0 AND 15 AND effect & 3 <> 3 AND effect & 12 <> 12);"
	"ALTER TABLE annotations ADD COLUMN claim_verdict TEXT CHECK (claim_verdict IS NULL OR"
	"  claim_verdict IN ('true', 'false', 'misleading', 'unverifiable'));"
	"ALTER TABLE annotations ADD COLUMN claim_note TEXT;"
	ST_MERGE_V11("1")
	" INSERT INTO claim_state (claim_id, verdict, note, tags, disputed, verdict_id)"
	" SELECT claim_id, verdict, note, tags, disputed, verdict_id FROM merged WHERE true"
	" ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
	" tags = excluded.tags, disputed = excluded.disputed, verdict_id = excluded.verdict_id;",

	/* 10: whether a claim's (and a slot's) subject is implied: named
	 * nowhere in its sentence, the source's main entity standing in (1;
	 * 2 in a sentence dated in another year than the source, which tells
	 * of something else; 0 named).
	 * Claims of the same event meet across sources whose main entities
	 * differ through it (README "Conflicts"). Existing rows are taken as
	 * named (0): telling them apart needs the extraction again, and a
	 * named subject only meets what it met before. The partial indexes
	 * serve the lookup of a story's implied claims by event, of its implied
	 * figures by unit, and of the main entities its sources imply (the
	 * candidates for the story's subject). */
	"ALTER TABLE claims ADD COLUMN subject_implied INTEGER NOT NULL DEFAULT 0"
	"  CHECK (subject_implied IN (0, 1, 2));"
	"ALTER TABLE slots ADD COLUMN subject_implied INTEGER NOT NULL DEFAULT 0"
	"  CHECK (subject_implied IN (0, 1, 2));"
	"CREATE INDEX claims_story_implied_event ON claims(story, event)"
	"  WHERE subject_implied = 1;"
	"CREATE INDEX slots_story_implied_unit ON slots(story, unit) WHERE subject_implied = 1;"
	"CREATE INDEX slots_story_implied_subject ON slots(story, subject) WHERE subject_implied = 1;",

	/* 11: each slot's unit as data/units.tsv folds it (unit_key: "km" for
	 * km, kilometre and kilometer; "worker" for job and employee), so that
	 * the lookups of figures by unit meet every spelling of one unit, as
	 * the rules compare them. The fold is data the store does not hold:
	 * the caller gives each new slot its key, and existing rows are left
	 * NULL ("not folded yet") for the caller's fold to fill in before the
	 * next lookup (store.h, store_judge.unit_key; the partial index finds
	 * them). The lookups by unit read the key instead of the unit. */
	"ALTER TABLE slots ADD COLUMN unit_key TEXT;"
	"DROP INDEX slots_story_subject_unit;"
	"DROP INDEX slots_story_implied_unit;"
	"CREATE INDEX slots_story_subject_unit_key ON slots(story, subject, unit_key);"
	"CREATE INDEX slots_story_implied_unit_key ON slots(story, unit_key) WHERE subject_implied = 1;"
	"CREATE INDEX slots_unit_unfolded ON slots(unit) WHERE unit_key IS NULL;"
	/* ... and whether a claim's subject is a name its sentence gives as
	 * the one who acts (does or says; an organisation or a person, not a
	 * place, a common noun, or the main entity standing in): the story's
	 * subject is the one most sources name so (conflicts.c). Existing rows
	 * are taken as not (0): telling needs the extraction again. */
	"ALTER TABLE claims ADD COLUMN actor INTEGER NOT NULL DEFAULT 0 CHECK (actor IN (0, 1));"
	"CREATE INDEX claims_story_actor ON claims(story, subject) WHERE actor = 1;",

	/* 12: the log's order is total and the same in every store (ST_ORDER,
	 * internal.h): entries of one time were read in the order this store
	 * wrote them, so two stores importing each other's could show
	 * different states. ck is the entry's content (not its action, which
	 * an import changes), each variable field prefixed by its length so
	 * that no two contents read alike. Then claim_state again from the log
	 * by ST_MERGE. */
	"ALTER TABLE annotations ADD COLUMN ck TEXT GENERATED ALWAYS AS ("
	"  coalesce(verdict, '-') || '|' || effect || '|' || coalesce(claim_verdict, '-') || '|'"
	"  || coalesce(length(note) || ':' || note, '-') || '|'"
	"  || coalesce(length(claim_note) || ':' || claim_note, '-') || '|' || coalesce(tags, '')) VIRTUAL;"
	ST_MERGE("1")
	" INSERT INTO claim_state (claim_id, verdict, note, tags, disputed, verdict_id)"
	" SELECT claim_id, verdict, note, tags, disputed, verdict_id FROM merged WHERE true"
	" ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
	" tags = excluded.tags, disputed = excluded.disputed, verdict_id = excluded.verdict_id;",

	/* 13: a claim id once given never names another claim. SQLite gives
	 * a new row the largest id there is plus one, so after `remove` took
	 * the newest source away the next `add` handed its ids out again,
	 * and notes that cite "#60", scripts that run `annotate 60` and
	 * exports made before named claims of another source. id_floor keeps
	 * the largest claim id the store ever held (st_insert_claims, the one
	 * way claims are made, raises it); new claims are numbered after it
	 * (store.c, refresh.c). A store whose ids were handed out again
	 * before this cannot be mended: its floor starts at its largest id. */
	"CREATE TABLE id_floor (name TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;"
	"INSERT INTO id_floor (name, last) VALUES ('claims', (SELECT coalesce(max(id), 0) FROM claims));"
	/* ... and the explicit dates by month, which a month without a year
	 * ("in June") takes its year from (ST_MONTHS_RESOLVE_SQL) */
	"CREATE INDEX slots_known_month ON slots(substr(value, 6, 2))"
	"  WHERE type = 'date' AND year_from = 0;",
};

const size_t schema_nmigrations = sizeof schema_migrations / sizeof schema_migrations[0];
