/* Store tests through the public API only: create, recognise, refuse,
 * add, duplicates, fault injection leaving the store as it was, the rule
 * that merges a claim's annotation log into its current state, and the
 * migration that fills that state in for an older store. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "tap.h"

static char dir[] = "/tmp/cc-store-XXXXXX";

/* What migrations 13 (the claim id floor), 12 (the log's content key)
 * and 11 changed, undone */
#define UNDO_SCHEMA_11                                                                             \
	"DROP TABLE id_floor; DROP INDEX slots_known_month;"                                       \
	" ALTER TABLE annotations DROP COLUMN ck;"                                                 \
	" DROP INDEX slots_story_subject_unit_key; DROP INDEX slots_story_implied_unit_key;"       \
	" DROP INDEX slots_unit_unfolded; ALTER TABLE slots DROP COLUMN unit_key;"                 \
	" DROP INDEX claims_story_actor; ALTER TABLE claims DROP COLUMN actor;"                     \
	" CREATE INDEX slots_story_subject_unit ON slots(story, subject, unit);"                  \
	" CREATE INDEX slots_story_implied_unit ON slots(story, unit) WHERE subject_implied = 1;"

/* What migrations 10 and 11 added, removed: for a store made older from a new one */
#define UNDO_SCHEMA_10                                                                             \
	UNDO_SCHEMA_11 " DROP INDEX claims_story_implied_event; DROP INDEX slots_story_implied_unit;"              \
	" DROP INDEX slots_story_implied_subject; ALTER TABLE claims DROP COLUMN subject_implied;" \
	" ALTER TABLE slots DROP COLUMN subject_implied;"

static char *path_in(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static struct store_source_in sample(const char *name, const char *text, const char *hash)
{
	static struct store_sentence_in ss[2];
	ss[0] = (struct store_sentence_in){0, 5, 0, false};
	ss[1] = (struct store_sentence_in){6, strlen(text), 1, true};
	return (struct store_source_in){
		.name = name, .hash = hash, .text = text, .len = strlen(text),
		.sents = ss, .nsents = 2, .date = "2024-07-20", .title = "A 'quoted'; title",
	};
}

static int count_cb(const struct store_source *s, void *ctx)
{
	(void)s;
	(*(int *)ctx)++;
	return 0;
}

static int nsources(struct store *st)
{
	int n = 0;
	struct cc_err err = {0};
	store_sources_each(st, count_cb, &n, &err);
	cc_err_clear(&err);
	return n;
}

static void write_file(const char *p, const char *data, size_t n)
{
	FILE *f = fopen(p, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
}

static char *slurp(const char *p, size_t *n)
{
	FILE *f = fopen(p, "rb");
	if (!f)
		return NULL;
	char *b = malloc(1 << 20);
	*n = fread(b, 1, 1 << 20, f);
	fclose(f);
	return b;
}

/* ---- a claim's current state, merged from its log ---------------------- */

struct ent {
	const char *reviewer, *at, *verdict, *note, *tags;
};

#define T1 "2024-05-01T10:00:00.000Z"
#define T2 "2024-05-02T10:00:00.000Z"
#define T3 "2024-05-03T10:00:00.000Z"

/* Each case's entries are imported one by one in the order given into one
 * claim, and in the reverse order into another: the current state must be
 * the expected one in both (the order of imports never matters). */
static const struct merge_case {
	const char *name;
	struct ent e[4];
	size_t n;
	const char *verdict, *note, *tags; /* expected; NULL: none */
} merge_cases[] = {
	{"one reviewer: the state of the latest entry",
	 {{"alice", T1, "false", "first", "a"}, {"alice", T2, "true", "first", "a,b"}}, 2,
	 "true", "first", "a,b"},
	{"a newer verdict wins over an older one; the older tag stays",
	 {{"alice", T1, "false", "A", "dur"}, {"bob", T2, "true", "bob", ""}}, 2,
	 "true", "bob", "dur"},
	{"an older verdict does not override a newer one",
	 {{"bob", T3, "misleading", NULL, ""}, {"alice", T1, "false", NULL, ""}}, 2,
	 "misleading", NULL, ""},
	{"an entry without a verdict changes no verdict",
	 {{"alice", T1, "false", NULL, ""}, {"bob", T2, NULL, "see the filing", ""}}, 2,
	 "false", "see the filing", ""},
	{"tags of both reviewers survive",
	 {{"alice", T1, NULL, NULL, "dur"}, {"bob", T2, NULL, NULL, "place"}}, 2,
	 NULL, NULL, "dur,place"},
	{"a tag stays until a later entry removes it",
	 {{"alice", T1, NULL, NULL, "dur,x"}, {"bob", T2, NULL, NULL, "y"}, {"alice", T3, NULL, NULL, "x"}},
	 3, NULL, NULL, "x,y"},
	{"a later entry adds back a removed tag",
	 {{"alice", T1, NULL, NULL, "a"}, {"alice", T2, NULL, NULL, ""}, {"bob", T3, NULL, NULL, "a"}},
	 3, NULL, NULL, "a"},
	{"restating one's own verdict is no change",
	 {{"alice", T1, "false", NULL, ""}, {"bob", T2, "true", NULL, ""}, {"alice", T3, "false", "why", ""}},
	 3, "true", "why", ""},
	{"clearing one's verdict later is a change",
	 {{"alice", T1, "true", NULL, ""}, {"bob", T2, "false", NULL, ""}, {"bob", T3, NULL, NULL, ""}},
	 3, NULL, NULL, ""},
};

static int collect_claim(const struct store_claim *c, void *ctx)
{
	struct buf *keys = ctx;
	char *k = xstrdup(c->key);
	buf_add(keys, &k, sizeof k);
	return 0;
}

static bool import_one(struct store *st, const char *key, const struct ent *e)
{
	struct cc_err err = {0};
	struct store_import_entry v = {
		.key = key, .reviewer = e->reviewer, .at = e->at, .verdict = e->verdict,
		.note = e->note, .tags = e->tags,
	};
	bool ok = store_import_annotations(st, &v, 1, false, &err) == CC_OK &&
		  v.outcome == STORE_IMPORT_ADDED;
	if (!ok)
		tap_diag("import: %s", err.msg ? err.msg : "not added");
	cc_err_clear(&err);
	return ok;
}

static bool state_is(struct store *st, int64_t claim, const struct merge_case *m)
{
	struct cc_err err = {0};
	struct store_annotation a;
	bool found = false;
	bool ok = store_annotation_current(st, claim, &a, &found, &err) == CC_OK && found;
	if (ok) {
		ok = (m->verdict ? a.verdict && strcmp(a.verdict, m->verdict) == 0 : !a.verdict) &&
		     (m->note ? a.note && strcmp(a.note, m->note) == 0 : !a.note) &&
		     strcmp(a.tags, m->tags) == 0;
		if (!ok)
			tap_diag("got verdict %s, note %s, tags '%s'", a.verdict ? a.verdict : "-",
				 a.note ? a.note : "-", a.tags);
		store_annotation_free(&a);
	}
	cc_err_clear(&err);
	return ok;
}

/* Adds a source with 2 claims per merge case; the claims' ids and keys. */
static size_t merge_fixture(struct store *st, int64_t *ids, char ***keys)
{
	static const char text[] = "Merge cases. All here.";
	size_t n = 2 * CC_ARRAY_LEN(merge_cases);
	struct store_claim_in *cl = xcalloc(n, sizeof *cl);
	for (size_t i = 0; i < n; i++)
		cl[i] = (struct store_claim_in){.start = 0, .end = 12, .modality = "asserted"};
	struct store_source_in in = sample("merge.txt", text, "mmmm");
	in.claims = cl;
	in.nclaims = n;
	struct cc_err err = {0};
	int64_t sid = 0;
	char *dup = NULL;
	if (store_source_add(st, &in, &sid, &dup, &err) != CC_OK)
		tap_diag("merge fixture: %s", err.msg);
	cc_err_clear(&err);
	free(dup);
	free(cl);
	struct buf kb;
	buf_init(&kb);
	store_claims_each(st, "merge.txt", collect_claim, &kb, &err);
	cc_err_clear(&err);
	*keys = (char **)kb.data;
	size_t got = kb.len / sizeof(char *);
	for (size_t i = 0; i < n; i++)
		ids[i] = 0;
	return got;
}

static int64_t claim_id_of(struct store *st, const char *key)
{
	struct store_import_entry v = {.key = key, .reviewer = "x", .at = T1};
	struct cc_err err = {0};
	store_import_annotations(st, &v, 1, true, &err); /* dry run: only places it */
	cc_err_clear(&err);
	return v.claim_id;
}

static int review_claim(const struct store_review_claim *c, void *ctx)
{
	char *out = ctx;
	snprintf(out, 128, "%s|%s|%s%s", c->verdict ? c->verdict : "-", c->note ? c->note : "-", c->tags,
		 c->disputed ? "|disputed" : "");
	return 1;
}

static int review_source(const struct store_review_source *s, void *ctx)
{
	*(size_t *)ctx = s->annotated;
	return 1;
}

static bool own_is(struct store *st, int64_t claim, const char *reviewer, const char *verdict,
		   const char *note, const char *tags)
{
	struct cc_err err = {0};
	struct store_annotation a;
	bool found = false;
	bool ok = store_annotation_own(st, claim, reviewer, &a, &found, &err) == CC_OK && found;
	if (ok) {
		ok = (verdict ? a.verdict && strcmp(a.verdict, verdict) == 0 : !a.verdict) &&
		     (note ? a.note && strcmp(a.note, note) == 0 : !a.note) && strcmp(a.tags, tags) == 0;
		if (!ok)
			tap_diag("%s's own: verdict %s, note %s, tags '%s'", reviewer,
				 a.verdict ? a.verdict : "-", a.note ? a.note : "-", a.tags);
		store_annotation_free(&a);
	}
	cc_err_clear(&err);
	return ok;
}

/* Undo and redo never hide what another reviewer changed after them;
 * a reviewer's entry carries only their own state; the history is in
 * the order the merge reads it. */
static void test_undo_others(const char *path)
{
	struct cc_err err = {0};
	struct store *st = NULL;
	if (store_open(path, STORE_OPEN_CREATE, &st, &err) != CC_OK) {
		tap_ok(0, "undo store: %s", err.msg);
		cc_err_clear(&err);
		return;
	}
	int64_t ids[2 * CC_ARRAY_LEN(merge_cases)];
	char **keys = NULL;
	size_t nk = merge_fixture(st, ids, &keys);
	int64_t c[7];
	for (size_t i = 0; i < 7; i++)
		c[i] = i < nk ? claim_id_of(st, keys[i]) : 0;
	int64_t changed = 0;
	const struct merge_case none = {"", {{0}}, 0, NULL, NULL, ""};

	/* the reviewers' own verdicts, one after the other; alice's undo */
	const struct merge_case bob_true = {"", {{0}}, 0, "true", NULL, ""};
	store_annotate(st, c[0], 0, "alice", "false", NULL, "", NULL, &err);
	store_annotate(st, c[0], 0, "bob", "true", NULL, "", NULL, &err);
	tap_ok(store_undo(st, "alice", 0, &changed, &err) == CC_OK && changed == c[0] &&
		       state_is(st, c[0], &bob_true),
	       "undo: alice's undo keeps bob's later verdict");
	/* a field nobody changed since goes back */
	store_annotate(st, c[1], 0, "alice", "false", "alice's note", "a", NULL, &err);
	store_annotate(st, c[1], 0, "bob", "true", NULL, "", NULL, &err);
	const struct merge_case bob_only = {"", {{0}}, 0, "true", NULL, ""};
	tap_ok(store_undo(st, "alice", 0, &changed, &err) == CC_OK && state_is(st, c[1], &bob_only),
	       "undo: alice's note and tag, which nobody changed since, go; bob's verdict stays");
	/* a tag another reviewer added after the undone entry stays */
	store_annotate(st, c[2], 0, "alice", NULL, NULL, "z", NULL, &err);
	store_annotate(st, c[2], 0, "bob", NULL, NULL, "z", NULL, &err);
	const struct merge_case tag_z = {"", {{0}}, 0, NULL, NULL, "z"};
	tap_ok(store_undo(st, "alice", 0, &changed, &err) == CC_OK && state_is(st, c[2], &tag_z),
	       "undo: a tag bob added after alice's entry stays");
	/* the undone entry's verdict comes back by redo, unless another
	 * reviewer changed it after the undo */
	store_annotate(st, c[3], 0, "alice", "misleading", NULL, "", NULL, &err);
	const struct merge_case misleading = {"", {{0}}, 0, "misleading", NULL, ""};
	tap_ok(store_undo(st, "alice", 0, &changed, &err) == CC_OK && state_is(st, c[3], &none) &&
		       store_redo(st, "alice", 0, &changed, &err) == CC_OK && state_is(st, c[3], &misleading),
	       "redo: nobody changed the verdict since the undo: it comes back");
	store_undo(st, "alice", 0, &changed, &err);
	store_annotate(st, c[3], 0, "bob", "unverifiable", NULL, "", NULL, &err);
	const struct merge_case bob_unv = {"", {{0}}, 0, "unverifiable", NULL, ""};
	tap_ok(store_redo(st, "alice", 0, &changed, &err) == CC_OK && changed == c[3] &&
		       state_is(st, c[3], &bob_unv),
	       "redo: bob's verdict given after alice's undo stays");
	cc_err_clear(&err);

	/* a reviewer's own state, not the merged one */
	store_annotate(st, c[4], 0, "alice", "false", "alice: wrong", "x", NULL, &err);
	store_annotate(st, c[4], 0, "bob", "true", NULL, "y", NULL, &err);
	tap_ok(own_is(st, c[4], "alice", "false", "alice: wrong", "x") &&
		       own_is(st, c[4], "bob", "true", NULL, "y"),
	       "store_annotation_own: each reviewer's own latest entry, not the merged state");
	struct store_annotation own;
	bool found = true;
	tap_ok(store_annotation_own(st, c[4], "carol", &own, &found, &err) == CC_OK && !found,
	       "store_annotation_own: none for a reviewer without entries");
	/* an imported entry older than a local one: the history by time */
	const struct ent old = {"olga", T1, "misleading", NULL, ""};
	import_one(st, keys[4], &old);
	struct store_annotation *h = NULL;
	size_t nh = 0;
	tap_ok(store_annotation_history(st, c[4], &h, &nh, &err) == CC_OK && nh == 3 &&
		       strcmp(h[0].reviewer, "olga") == 0 && strcmp(h[0].at, T1) == 0 &&
		       strcmp(h[2].reviewer, "bob") == 0,
	       "history: by time (at, id), the imported older entry first");
	for (size_t i = 0; i < nh; i++)
		store_annotation_free(&h[i]);
	free(h);
	/* alice takes bob's tag y off: her own state lacked it, so it is first
	 * made hers, and the removal is a change the merge rule reads */
	const struct merge_case no_y = {"", {{0}}, 0, "true", "alice: wrong", "x"};
	const struct merge_case with_y = {"", {{0}}, 0, "true", "alice: wrong", "x,y"};
	tap_ok(store_annotate_removing(st, c[4], 0, "alice", "false", "alice: wrong", "x", "y,never", NULL,
				       &err) == CC_OK && state_is(st, c[4], &no_y),
	       "a reviewer removes another reviewer's tag");
	tap_ok(own_is(st, c[4], "alice", "false", "alice: wrong", "x"),
	       "... her own state after it has her tags only");
	tap_ok(store_undo(st, "alice", 0, &changed, &err) == CC_OK && state_is(st, c[4], &with_y),
	       "... and her undo puts the tag back");
	/* an entry that would change nothing is not written: *id_out 0. After
	 * the undo alice holds x and y (y was made hers before its removal) */
	tap_ok(own_is(st, c[4], "alice", "false", "alice: wrong", "x,y"), "... and she holds y again");
	static const struct {
		const char *who, *verdict, *note, *tags, *removed;
		bool written;
		const char *what;
	} noops[] = {
		{"alice", "false", "alice: wrong", "x,y", NULL, false, "alice's own latest state again"},
		{"alice", "false", "alice: wrong", "x,y", "never", false, "... taking off a tag nobody shows"},
		{"carol", NULL, NULL, "", "never", false, "a first entry that sets nothing"},
		{"alice", "false", "alice: wrong", "x", "y", true, "taking off tag y is a change"},
		{"carol", NULL, "carol: ok", "", NULL, true, "a first entry with a note"},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(noops); i++) {
		int64_t id = -1;
		size_t n0 = 0, n1 = 0;
		store_annotation_history(st, c[4], &h, &n0, &err);
		for (size_t j = 0; j < n0; j++)
			store_annotation_free(&h[j]);
		free(h);
		enum cc_status rc = store_annotate_removing(st, c[4], 0, noops[i].who, noops[i].verdict,
							    noops[i].note, noops[i].tags,
							    noops[i].removed, &id, &err);
		store_annotation_history(st, c[4], &h, &n1, &err);
		for (size_t j = 0; j < n1; j++)
			store_annotation_free(&h[j]);
		free(h);
		tap_ok(rc == CC_OK && (noops[i].written ? id > 0 && n1 > n0 : id == 0 && n1 == n0),
		       "%s: %s", noops[i].what, noops[i].written ? "written" : "nothing written, id 0");
	}
	cc_err_clear(&err);
	store_close(st);

	/* a store of schema 7 holding imported times of other forms and one
	 * in the future: migration 8 puts them in the store's own form, dates
	 * the future one now, and merges the state again */
	sqlite3 *db;
	sqlite3_open(path, &db);
	char sql[2048];
	snprintf(sql, sizeof sql,
		 "INSERT INTO annotations (claim_id, reviewer, at, action, verdict, tags) VALUES"
		 " (%lld, 'ann', '2024-06-01T10:00:00.500Z', 'import', 'false', ''),"
		 " (%lld, 'ben', '2024-06-01T10:00:00Z', 'import', 'true', ''),"
		 " (%lld, 'cyd', '2024-06-01T10:00:00.4999Z', 'import', NULL, 'q'),"
		 " (%lld, 'zed', '9999-99-99T99:99:99Z', 'import', 'misleading', '');"
		 UNDO_SCHEMA_10
		 "ALTER TABLE annotations DROP COLUMN effect;"
		 "ALTER TABLE annotations DROP COLUMN claim_verdict;"
		 "ALTER TABLE annotations DROP COLUMN claim_note;"
		 "PRAGMA user_version = 7",
		 (long long)c[5], (long long)c[5], (long long)c[5], (long long)c[6]);
	tap_ok(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK, "a schema 7 store with imported times");
	sqlite3_close(db);
	tap_ok(store_open(path, STORE_OPEN_EXISTING, &st, &err) == CC_OK, "it opens (migrated)");
	cc_err_clear(&err);
	if (!st)
		goto out;
	const struct merge_case ann_false = {"", {{0}}, 0, "false", NULL, "q"};
	tap_ok(state_is(st, c[5], &ann_false),
	       "migration: ben's 10:00:00Z is before ann's 10:00:00.500Z, so ann's verdict is the latest");
	nh = 0;
	store_annotation_history(st, c[5], &h, &nh, &err);
	char got[256] = "";
	for (size_t i = 0; i < nh; i++) {
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? " " : "", h[i].at);
		store_annotation_free(&h[i]);
	}
	free(h);
	tap_str_eq(got, "2024-06-01T10:00:00.000Z 2024-06-01T10:00:00.499Z 2024-06-01T10:00:00.500Z",
		   "migration: every time with three decimals, in time order");
	const struct merge_case zed = {"", {{0}}, 0, "misleading", NULL, ""};
	tap_ok(state_is(st, c[6], &zed), "migration: the entry from the future is kept");
	store_annotate(st, c[6], 0, "amy", "true", NULL, "", NULL, &err);
	tap_ok(state_is(st, c[6], &bob_true),
	       "migration: ... dated now, so a later local verdict is no longer hidden by it");
	cc_err_clear(&err);
	store_close(st);
out:
	for (size_t i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
}

static void test_merge(const char *path)
{
	struct cc_err err = {0};
	struct store *st = NULL;
	if (store_open(path, STORE_OPEN_CREATE, &st, &err) != CC_OK) {
		tap_ok(0, "merge store: %s", err.msg);
		cc_err_clear(&err);
		return;
	}
	size_t nc = CC_ARRAY_LEN(merge_cases);
	int64_t ids[2 * CC_ARRAY_LEN(merge_cases)];
	char **keys = NULL;
	size_t nk = merge_fixture(st, ids, &keys);
	tap_long_eq((long long)nk, (long long)(2 * nc), "merge fixture: a claim per case and order");
	if (nk != 2 * nc) {
		store_close(st);
		return;
	}
	for (size_t i = 0; i < nc; i++) {
		const struct merge_case *m = &merge_cases[i];
		bool ok = true;
		for (size_t k = 0; k < m->n; k++)
			ok &= import_one(st, keys[2 * i], &m->e[k]);
		for (size_t k = m->n; k-- > 0;)
			ok &= import_one(st, keys[2 * i + 1], &m->e[k]);
		ids[2 * i] = claim_id_of(st, keys[2 * i]);
		ids[2 * i + 1] = claim_id_of(st, keys[2 * i + 1]);
		tap_ok(ok && state_is(st, ids[2 * i], m), "merge, in log order: %s", m->name);
		tap_ok(state_is(st, ids[2 * i + 1], m), "merge, in reverse order: %s", m->name);
	}
	/* undo takes back the reviewer's own latest change, after imports:
	 * case 2's claim (alice false/dur at T1, bob true at T2) */
	int64_t c = ids[2];
	const struct merge_case after_set = {"", {{0}}, 0, "misleading", "bob", "dur,mine"};
	const struct merge_case back = {"", {{0}}, 0, "true", "bob", "dur"};
	struct store_annotation cur;
	bool found;
	int64_t changed = 0;
	store_annotation_current(st, c, &cur, &found, &err);
	tap_ok(store_annotate(st, c, 0, "carol", "misleading", cur.note, "dur,mine", NULL, &err) == CC_OK &&
		       state_is(st, c, &after_set),
	       "a local verdict and tag on top of the imported ones");
	store_annotation_free(&cur);
	tap_ok(store_undo(st, "carol", 0, &changed, &err) == CC_OK && changed == c && state_is(st, c, &back),
	       "undo: the imported state comes back (verdict true, tag dur kept, mine gone)");
	tap_ok(store_redo(st, "carol", 0, &changed, &err) == CC_OK && state_is(st, c, &after_set),
	       "redo: carol's change is back");
	tap_ok(store_undo(st, "bob", 0, &changed, &err) == CC_ERR_INPUT, "undo touches no imported entry");
	cc_err_clear(&err);
	/* carol's undo leaves later work of others alone. dave only adds a
	 * tag: his entry starts from his own state (he has none), not from the
	 * merged one, so it gives no verdict or note and carol's undo still
	 * takes back her verdict */
	tap_ok(store_annotation_own(st, c, "dave", &cur, &found, &err) == CC_OK && !found,
	       "dave has no entry of his own on the claim yet");
	store_annotate(st, c, 0, "dave", NULL, NULL, "later", NULL, &err);
	const struct merge_case dave_undone = {"", {{0}}, 0, "true", "bob", "dur,later"};
	tap_ok(store_undo(st, "carol", 0, &changed, &err) == CC_OK && state_is(st, c, &dave_undone),
	       "undo of carol's change keeps dave's later tag");
	/* the review shows the same state: the claim's marks, the source's count */
	char shown[128] = "";
	int64_t src = 0;
	size_t annotated = 0;
	tap_ok(store_review_claim_source(st, c, &src, &err) == CC_OK &&
		       store_review_claims(st, src, c, review_claim, shown, &err) == CC_OK &&
		       strcmp(shown, "true|bob|dur,later|disputed") == 0,
	       "the review's claim list shows the merged state, disputed (%s)", shown);
	tap_ok(store_review_claims(st, src, ids[0], review_claim, shown, &err) == CC_OK &&
		       strcmp(shown, "true|first|a,b") == 0,
	       "one reviewer's claim is not disputed (%s)", shown);
	/* restating the same verdict settles it: every reviewer's latest says true */
	const char *who[] = {"alice", "carol", "dave"};
	for (size_t i = 0; i < CC_ARRAY_LEN(who); i++)
		store_annotate(st, c, 0, who[i], "true", "bob", "dur,later", NULL, &err);
	tap_ok(store_review_claims(st, src, c, review_claim, shown, &err) == CC_OK &&
		       strcmp(shown, "true|bob|dur,later") == 0,
	       "once all reviewers' latest verdicts agree it is no longer disputed (%s)", shown);
	/* every case's two claims have a verdict, a note or tags, but one */
	enum cc_status prc = store_review_sources_page(st, src, 1, 1, review_source, &annotated, &err);
	tap_ok(prc == CC_OK && annotated == 2 * nc - 2,
	       "the review's source list counts the claims with a current annotation (%zu)", annotated);
	cc_err_clear(&err);
	struct store_annotation *h = NULL;
	size_t nh = 0;
	tap_ok(store_annotation_history(st, c, &h, &nh, &err) == CC_OK && nh == 10,
	       "the history holds the whole log (2 imports, set, undo, redo, set, undo, 3 sets)");
	for (size_t i = 0; i < nh; i++)
		store_annotation_free(&h[i]);
	free(h);
	store_close(st);

	/* an older store (schema 6, no claim_state, no effect columns) is
	 * migrated: its log is kept as it was and the merged state filled in */
	sqlite3 *db;
	sqlite3_open(path, &db);
	tap_ok(sqlite3_exec(db, UNDO_SCHEMA_10 " DROP TABLE claim_state; ALTER TABLE annotations DROP COLUMN effect;"
				" ALTER TABLE annotations DROP COLUMN claim_verdict;"
				" ALTER TABLE annotations DROP COLUMN claim_note; PRAGMA user_version = 6",
			    NULL, NULL, NULL) == SQLITE_OK,
	       "fixture: the store made a schema 6 one");
	long long before = -1;
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM annotations", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		before = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	tap_ok(store_open(path, STORE_OPEN_EXISTING, &st, &err) == CC_OK, "a schema 6 store opens (migrated)");
	cc_err_clear(&err);
	if (st) {
		bool all = true;
		for (size_t i = 0; i < 2 * nc; i++)
			if (ids[i] != c)
				all &= state_is(st, ids[i], &merge_cases[i / 2]);
		tap_ok(all, "migration: every claim's merged state filled in");
		const struct merge_case settled = {"", {{0}}, 0, "true", "bob", "dur,later"};
		tap_ok(state_is(st, c, &settled), "migration: the state after undo and redo too");
		store_close(st);
	}
	long long after = -2;
	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM annotations", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		after = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	tap_ok(before > 0 && before == after, "migration: the log kept (%lld entries)", before);
	for (size_t i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
}


/* ---- remove --------------------------------------------------------------- */

/* Adds a one-sentence source with one claim holding one date slot (value
 * with year_from: 0 explicit, 4 unknown). */
static bool add_dated(struct store *st, const char *name, const char *text, const char *hash,
		      const char *value, int year_from)
{
	struct store_sentence_in ss = {0, strlen(text), 0, false};
	bool known = year_from != 4;
	double day = 0;
	if (known) {
		int y = 0, m = 0, d = 0;
		sscanf(value, "%d-%d-%d", &y, &m, &d);
		/* days since 1970-01-01 (civil_from_days inverted) */
		y -= m <= 2;
		int era = (y >= 0 ? y : y - 399) / 400;
		int yoe = y - era * 400;
		int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
		int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
		day = era * 146097 + doe - 719468;
	}
	struct store_slot sl = {.type = "date", .text = "July 20", .value = value, .gran = "day",
				.event = "STORM", .subject = "", .start = 3, .end = 10, .lo = day,
				.hi = day, .has_lo = known, .has_hi = known, .year_from = year_from};
	struct store_claim_in cl = {.sentence = 0, .start = 0, .end = strlen(text), .event = "STORM",
				    .modality = "asserted", .score = 0.5, .slots = &sl, .nslots = 1};
	struct store_source_in in = {.name = name, .hash = hash, .text = text, .len = strlen(text),
				     .sents = &ss, .nsents = 1, .claims = &cl, .nclaims = 1};
	struct cc_err err = {0};
	char *dup = NULL;
	int64_t id = 0;
	enum cc_status rc = store_source_add(st, &in, &id, &dup, &err);
	free(dup);
	cc_err_clear(&err);
	return rc == CC_OK;
}

static int slot_value_cb(const struct store_claim *c, void *ctx)
{
	char *out = ctx;
	if (c->nslots)
		snprintf(out, 64, "%s/%d", c->slots[0].value, c->slots[0].year_from);
	return 0;
}

/* The first slot of the source's claim as "VALUE/YEAR_FROM". */
static const char *slot_of(struct store *st, const char *name)
{
	static char out[64];
	struct cc_err err = {0};
	strcpy(out, "none");
	store_claims_each(st, name, slot_value_cb, out, &err);
	cc_err_clear(&err);
	return out;
}

static size_t search_total(struct store *st, const char *word)
{
	struct cc_err err = {0};
	int64_t src = 0;
	size_t sent = 0, total = 0;
	bool found = false;
	store_review_search(st, word, 0, 0, 1, &src, &sent, &found, &total, &err);
	cc_err_clear(&err);
	return found ? total : 0;
}

static enum cc_status remove_names(struct store *st, const char *a, const char *b,
				   struct store_remove *out)
{
	struct store_remove v[2] = {{.name = a}, {.name = b}};
	struct cc_err err = {0};
	enum cc_status rc = store_sources_remove(st, v, b ? 2 : 1, NULL, &err);
	if (out)
		*out = v[0];
	cc_err_clear(&err);
	return rc;
}

static void test_remove(const char *path)
{
	struct cc_err err = {0};
	struct store *st = NULL;
	tap_ok(store_open(path, STORE_OPEN_CREATE, &st, &err) == CC_OK, "remove: a store");
	cc_err_clear(&err);
	tap_ok(add_dated(st, "a.txt", "In 2023, on July 20 hailstones fell.", "a1", "2023-07-20", 0) &&
		       add_dated(st, "c.txt", "In 2022, on July 20 thunder rolled.", "c1", "2022-07-20", 0) &&
		       add_dated(st, "b.txt", "Oh, on July 20 it rained.", "b1", "XXXX-07-20", 4),
	       "remove: three sources, one date without its year");
	tap_str_eq(slot_of(st, "b.txt"), "2023-07-20/3", "the year comes from the others (a tie: the later)");
	tap_long_eq((long)search_total(st, "hailstones"), 1, "a.txt's sentence is found by search");
	tap_long_eq((long)search_total(st, "HAILSTONE"), 1, "... and by the start of its word, in any case");
	tap_long_eq((long)search_total(st, "\"*"), 0, "... and a query of punctuation finds nothing, with no error");

	size_t n = (size_t)nsources(st);
	tap_ok(remove_names(st, "a.txt", "nosuch.txt", NULL) == CC_ERR_INPUT &&
		       (size_t)nsources(st) == n && strcmp(slot_of(st, "b.txt"), "2023-07-20/3") == 0,
	       "an unknown name among several: refused, nothing removed");

	struct store_remove r;
	tap_ok(remove_names(st, "a.txt", NULL, &r) == CC_OK && (size_t)nsources(st) == n - 1 &&
		       r.claims == 1 && r.years == 1,
	       "a.txt removed: its claim counted, one date of another source changed year");
	tap_str_eq(slot_of(st, "b.txt"), "2022-07-20/3", "b.txt's date takes its year from c.txt now");
	tap_long_eq((long)search_total(st, "hailstones"), 0, "a.txt's sentence is out of the search");
	tap_ok(remove_names(st, "c.txt", NULL, &r) == CC_OK && r.years == 1, "c.txt removed");
	tap_str_eq(slot_of(st, "b.txt"), "XXXX-07-20/4", "b.txt's date has no year again");
	tap_ok(remove_names(st, "c.txt", NULL, NULL) == CC_ERR_INPUT, "removing it again: no such source");

	/* the same text again (its id comes again): one match, not two */
	tap_ok(add_dated(st, "a.txt", "In 2023, on July 20 hailstones fell.", "a1", "2023-07-20", 0),
	       "a.txt added again");
	tap_long_eq((long)search_total(st, "hailstones"), 1, "and found once by search");
	tap_str_eq(slot_of(st, "b.txt"), "2023-07-20/3", "b.txt's date takes its year again");
	store_close(st);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		printf("Bail out! mkdtemp\n");
		return 1;
	}
	struct cc_err err = {0};
	struct store *st = NULL;
	char *p = path_in("a.db");

	/* a missing store is not created for reading */
	tap_ok(store_open(p, STORE_OPEN_EXISTING, &st, &err) == CC_ERR_INPUT &&
		       access(p, F_OK) != 0 && strstr(err.msg, "no such store"),
	       "missing store: refused for reading and not created");
	cc_err_clear(&err);

	tap_ok(store_open(p, STORE_OPEN_CREATE, &st, &err) == CC_OK, "new store created");
	struct stat sb;
	tap_ok(stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600, "new store has mode 0600");

	struct store_source_in in = sample("one.txt", "Five. Six died.", "aaaa");
	int64_t id = 0;
	char *dup = NULL;
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_OK && id > 0, "source added");
	in.name = "other-name.txt";
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_DUPLICATE && dup &&
		       strcmp(dup, "one.txt") == 0,
	       "same text again: duplicate, names the existing source");
	free(dup);
	in = sample("one.txt", "Other text.", "bbbb");
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "--name"),
	       "same name, other text: refused with a hint");
	cc_err_clear(&err);
	tap_long_eq(nsources(st), 1, "still one source");

	struct store_source src;
	tap_ok(store_source_get(st, "one.txt", &src, &err) == CC_OK && src.sentences == 2 &&
		       src.boilerplate == 1 && strcmp(src.title, "A 'quoted'; title") == 0 &&
		       strcmp(src.date, "2024-07-20") == 0,
	       "source read back with counts and a title holding quotes and ';'");
	struct store_sentence *ss = NULL;
	size_t n = 0;
	tap_ok(store_sentences_get(st, src.id, &ss, &n, &err) == CC_OK && n == 2 &&
		       ss[1].start == 6 && ss[1].boilerplate && ss[1].paragraph == 1,
	       "sentences read back in order with offsets and flags");
	free(ss);
	store_source_free(&src);
	tap_ok(store_source_get(st, "x'; DROP TABLE sources; --", &src, &err) == CC_ERR_INPUT,
	       "a hostile name is just a missing source");
	cc_err_clear(&err);
	tap_long_eq(nsources(st), 1, "sources table intact");

	/* fault injection: fail the Nth step or the commit; nothing may change */
	int failures = 0, steps;
	for (steps = 1; steps < 40; steps++) {
		char name[32];
		snprintf(name, sizeof name, "f%d.txt", steps);
		char hash[32];
		snprintf(hash, sizeof hash, "h%d", steps);
		in = sample(name, "Fault. Injected.", hash);
		store_fail_after(st, steps);
		enum cc_status rc = store_source_add(st, &in, &id, &dup, &err);
		store_fail_after(st, 0);
		cc_err_clear(&err);
		if (rc == CC_OK)
			break; /* the fault came after the last operation */
		failures++;
		if (nsources(st) != 1)
			break;
	}
	tap_ok(failures >= 5 && nsources(st) == 2,
	       "each injected failure (%d of them) left the store as it was", failures);
	store_close(st);

	/* reopen: schema recognised, data still there */
	tap_ok(store_open(p, STORE_OPEN_EXISTING, &st, &err) == CC_OK && nsources(st) == 2,
	       "store reopens with its sources");

	/* a read snapshot (an export's) does not see what another process
	 * writes meanwhile, and does not hold that writer up */
	struct store *other = NULL;
	tap_ok(store_open(p, STORE_OPEN_EXISTING, &other, &err) == CC_OK, "a second handle opens");
	tap_ok(store_snapshot_begin(st, &err) == CC_OK, "snapshot begins");
	in = sample("written-meanwhile.txt", "Seven. Eight.", "cccc");
	tap_ok(store_source_add(other, &in, &id, &dup, &err) == CC_OK,
	       "another handle writes during the snapshot");
	cc_err_clear(&err);
	tap_long_eq(nsources(other), 3, "the writer sees its source");
	tap_long_eq(nsources(st), 2, "the snapshot still reads the store as it was");
	store_snapshot_end(st);
	tap_long_eq(nsources(st), 3, "after the snapshot, the new source is read");
	tap_ok(store_snapshot_begin(st, &err) == CC_OK && store_snapshot_begin(st, &err) == CC_OK,
	       "a snapshot begun twice is one snapshot");
	store_snapshot_end(st);
	store_snapshot_end(st);
	in = sample("after.txt", "Nine. Ten.", "dddd");
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_OK && nsources(other) == 4,
	       "after the snapshot ends, the handle writes again");
	cc_err_clear(&err);
	store_close(other);
	store_close(st);

	/* the review's timeline pages through the dated slots by index: no
	 * sort of every date in the store (schema 5) */
	sqlite3 *db;
	sqlite3_open(p, &db);
	sqlite3_stmt *plan;
	bool sorts = true, indexed = false;
	if (sqlite3_prepare_v2(db,
			       "EXPLAIN QUERY PLAN SELECT x.value FROM slots x"
			       " JOIN claims c ON c.id = x.claim_id WHERE x.type = 'date'"
			       " AND (x.value, x.claim_id, x.ord) > ('2024-07-20', 1, 0)"
			       " ORDER BY x.value, x.claim_id, x.ord LIMIT 40",
			       -1, &plan, NULL) == SQLITE_OK) {
		sorts = false;
		while (sqlite3_step(plan) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(plan, 3);
			if (d && strstr(d, "TEMP B-TREE"))
				sorts = true;
			if (d && strstr(d, "slots_dates"))
				indexed = true;
		}
		sqlite3_finalize(plan);
	}
	tap_ok(indexed && !sorts, "a timeline page is an index range over the dated slots, not a sort");

	/* a store from a newer crosscheck is refused untouched */
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", store_schema_version() + 1);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	size_t n1 = 0, n2 = 0;
	char *before = slurp(p, &n1);
	tap_ok(store_open(p, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "newer crosscheck"),
	       "newer schema refused");
	cc_err_clear(&err);
	char *after = slurp(p, &n2);
	tap_ok(n1 == n2 && memcmp(before, after, n1) == 0, "newer store left byte for byte");
	free(before);
	free(after);

	/* a text file is not a store */
	char *q = path_in("notes.txt");
	write_file(q, "these are my notes, not a database\n", 35);
	tap_ok(store_open(q, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "not a crosscheck store"),
	       "a text file is refused as a store");
	cc_err_clear(&err);
	before = slurp(q, &n1);
	tap_ok(n1 == 35 && memcmp(before, "these are my notes", 18) == 0, "the text file is untouched");
	free(before);

	/* another application's SQLite database is refused */
	char *r = path_in("other.db");
	sqlite3_open(r, &db);
	sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", NULL, NULL, NULL);
	sqlite3_close(db);
	before = slurp(r, &n1);
	tap_ok(store_open(r, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "not a crosscheck store"),
	       "a foreign SQLite database is refused");
	cc_err_clear(&err);
	after = slurp(r, &n2);
	tap_ok(n1 == n2 && memcmp(before, after, n1) == 0, "the foreign database is untouched");
	free(before);
	free(after);

	/* a store in a folder that cannot be written is reported, not created */
	char *ro = path_in("ro");
	mkdir(ro, 0500);
	char *rp = xasprintf("%s/x.db", ro);
	if (geteuid() == 0) {
		printf("ok %d - # SKIP unwritable folder (running as root)\n", ++tap_n);
	} else {
		tap_ok(store_open(rp, STORE_OPEN_CREATE, &st, &err) == CC_ERR_IO &&
			       strstr(err.msg, "cannot create"),
		       "unwritable folder reported");
		cc_err_clear(&err);
	}

	char *mp = path_in("merge.db");
	test_merge(mp);
	free(mp);
	mp = path_in("undo.db");
	test_undo_others(mp);
	free(mp);
	mp = path_in("remove.db");
	test_remove(mp);
	free(mp);

	remove(rp);
	rmdir(ro);
	free(rp);
	free(ro);
	free(p);
	free(q);
	free(r);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		tap_diag("could not remove %s", dir);
	free(cmd);
	return tap_done();
}
