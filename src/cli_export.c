/* cli_export: the export, import, agreement and remove commands, and the
 * export the review calls (cli_export_to_path). remove lives here because
 * its --force saves the annotations with the export first.
 *
 * Owns: their options and messages, walking the store into an export
 * writer (src/export.c), writing a file atomically (a temporary file beside
 * it, created with O_EXCL, renamed once complete), and turning an import
 * file into store_import_annotations calls. Must not: run SQL (store.h
 * does), format an export itself (export.c does), or print article or
 * reviewer text to a terminal without text_sanitize. Like cli.c, it prints
 * and decides exit statuses: 0 success, 1 runtime error or refused input,
 * 2 usage error.
 */
#include "config.h"

#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "export.h"
#include "store.h"
#include "text.h"

#define EXIT_USAGE 2

/* ---- the commands' help (the same text is in cli.c's command table) ---- */

#define EXPORT_USAGE                                                                            \
	"export [--format json|jsonl|csv|markdown|wadm|claimreview] "                           \
	"[--only annotated|conflicts|all] [--source NAME] [--story S] [--review-url-base URL] " \
	"[--publisher NAME] [-o FILE|-]"
#define EXPORT_SUMMARY "export claims with their verdicts, notes, tags and conflicts"
#define EXPORT_HELP                                                                          \
	"  --format F             json (default): one document with sources, claims,\n"     \
	"                         conflicts and sessions; jsonl: one claim a line with a\n"  \
	"                         FEVER label; csv: RFC 4180, one claim a row with its\n"  \
	"                         conflicts and who gave the verdict; markdown: a\n"       \
	"                         fact-check report; wadm: W3C Web Annotation JSON-LD;\n"    \
	"                         claimreview: schema.org ClaimReview JSON-LD\n"             \
	"  --only WHICH           all claims (default), the annotated ones, or the ones in\n" \
	"                         a conflict\n"                                               \
	"  --source NAME          only this source's claims\n"                                \
	"  --story S              only this story's claims\n"                                 \
	"  --review-url-base URL  an absolute http(s) URL, joined with a /; claimreview:\n" \
	"                         each review's url is URL/KEY; wadm: the collection's\n"  \
	"                         and each annotation's id are under URL\n"                \
	"  --publisher NAME       claimreview: the publishing organisation (the author;\n" \
	"                         the reviewer is then a contributor)\n"                   \
	"  -o, --output FILE      write FILE (a temporary file beside it, renamed when\n"    \
	"                         complete); - or no -o: standard output\n"

#define IMPORT_USAGE "import [--dry-run] [--partial] FILE"
#define IMPORT_SUMMARY "merge the annotations of a json export into this store"
#define IMPORT_HELP                                                                         \
	"  --dry-run   check the file and report what would be imported; change nothing\n" \
	"  --partial   import what can be placed when some claims of sources held here\n"  \
	"              cannot be (they are reported; exit 0)\n"                             \
	"Annotations are placed by claim key, on claims of sources this store holds;\n"    \
	"claims that cannot be placed are reported, never guessed. Entries already\n"      \
	"here are not added twice. The import is one transaction, all or nothing: when\n"  \
	"an annotated claim of a source held here (by text or by name) cannot be\n"        \
	"placed, nothing is imported and the exit status is 1, unless --partial.\n"        \
	"Claims of sources not held here are reported (exit 0). The claims whose shown\n"  \
	"verdict changed are named.\n"

#define AGREEMENT_USAGE "agreement [--story S] [--format text|jsonl]"
#define AGREEMENT_SUMMARY "list where reviewers disagree, and Cohen's kappa for each pair"
#define AGREEMENT_HELP                                                                   \
	"  --story S            only the claims of this story (a story no source\n"       \
	"                       belongs to is refused: exit 1)\n"                         \
	"  --format text|jsonl  text (default) or one JSON object a line: each\n"         \
	"                       disagreement, then each pair of reviewers\n"              \
	"Each reviewer's latest verdict on a claim counts; a pair's kappa is computed\n"  \
	"over the claims both reviewers judged (true, false, misleading, unverifiable).\n"

#define REMOVE_USAGE "remove [--force] SOURCE..."
#define REMOVE_SUMMARY "take sources out of the store, with their claims and conflicts"
#define REMOVE_HELP                                                                          \
	"  --force   remove annotated sources too, after saving their annotations to a\n"    \
	"            json export beside the store (the file is named)\n"                     \
	"All or nothing, in one transaction. A source with annotated claims is refused\n"  \
	"without --force. Add the file again (with another --date or --story) and\n"      \
	"'crosscheck import' the saved file to put its annotations back.\n"

/* ---- messages ---------------------------------------------------------------- */

static void CC_PRINTF(1, 2) errorf(const char *fmt, ...)
{
	va_list ap;
	fputs("crosscheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int fail(struct cc_err *err)
{
	if (err->msg)
		errorf("%s", err->msg);
	int code = err->status == CC_ERR_USAGE ? EXIT_USAGE : 1;
	cc_err_clear(err);
	return code;
}

static int CC_PRINTF(2, 3) usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;
	fputs("crosscheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fprintf(stderr, "Usage: crosscheck %s\n", usage);
	return EXIT_USAGE;
}

static void print_help(const char *usage, const char *summary, const char *help)
{
	printf("Usage: crosscheck [--db PATH] %s\n\n%s.\n\n%s", usage, summary, help);
}

/* Untrusted text made inert, as a newly allocated string. */
static char *safe(const char *s, size_t n)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, ""); /* terminated, also when s is empty */
	if (s)
		text_sanitize(s, n, false, &b);
	return buf_steal(&b);
}

static char *safes(const char *s)
{
	return safe(s, s ? strlen(s) : 0);
}

static void put_safe(FILE *f, const char *s, size_t n)
{
	char *t = safe(s, n);
	fputs(t, f);
	free(t);
}

/* A JSON string of text that should be UTF-8 (names from the file system
 * or the environment may not be): made valid when it is not. */
static json_t *jtext(const char *s, size_t n)
{
	json_t *j = json_stringn(s ? s : "", s ? n : 0);
	if (!j) {
		char *t = safe(s, n);
		j = json_string(t);
		free(t);
	}
	return j ? j : json_string("");
}

static json_t *jtexts(const char *s)
{
	return jtext(s, s ? strlen(s) : 0);
}

static void json_line(json_t *o)
{
	size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6);
	if (isatty(STDOUT_FILENO))
		flags |= JSON_ENSURE_ASCII;
	char *s = json_dumps(o, flags);
	json_decref(o);
	if (s) {
		puts(s);
		free(s);
	}
}

/* The options every command takes besides its own. */
enum { OPT_DB = 1000, OPT_HELP };

/* getopt_long over extra + --db + --help. Returns the option, -1 at the
 * end, -2 after printing help, -3 after a usage error. */
static int next_opt(int argc, char **argv, const char *shortopts, const struct option *extra,
		    size_t nextra, const char **db, const char *usage, const char *summary,
		    const char *help)
{
	struct option longopts[16];
	size_t n = 0;
	for (size_t i = 0; i < nextra && n < 13; i++)
		longopts[n++] = extra[i];
	longopts[n++] = (struct option){"db", required_argument, NULL, OPT_DB};
	longopts[n++] = (struct option){"help", no_argument, NULL, OPT_HELP};
	longopts[n] = (struct option){0, 0, 0, 0};
	opterr = 0;
	for (;;) {
		int o = getopt_long(argc, argv, shortopts, longopts, NULL);
		if (o == OPT_DB) {
			if (!*optarg) {
				usage_error(usage, "--db needs a file name, not an empty one");
				return -3;
			}
			*db = optarg;
			continue;
		}
		if (o == OPT_HELP) {
			print_help(usage, summary, help);
			return -2;
		}
		if (o == '?') {
			usage_error(usage, "unknown option '%s'", argv[optind - 1]);
			return -3;
		}
		if (o == ':') {
			usage_error(usage, "option '%s' needs a value", argv[optind - 1]);
			return -3;
		}
		return o;
	}
}

/* ---- writing a file atomically ----------------------------------------------- */

/* The temporary file of the export in progress, removed if a signal ends
 * the process (the only state shared with the handler). */
static char *volatile pending_tmp;

static void on_signal(int sig)
{
	char *t = pending_tmp;
	if (t)
		unlink(t);
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ};

struct atomic_out {
	char *path, *tmp;
	FILE *f;
	bool handlers;
	struct sigaction old[CC_ARRAY_LEN(cleanup_signals)];
};

static void handlers_set(struct atomic_out *o)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < CC_ARRAY_LEN(cleanup_signals); i++) {
		sigaction(cleanup_signals[i], NULL, &o->old[i]);
		/* leave ignored signals ignored (a failed write then reports) */
		if (o->old[i].sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &sa, NULL);
	}
	o->handlers = true;
}

static void handlers_restore(struct atomic_out *o)
{
	if (!o->handlers)
		return;
	for (size_t i = 0; i < CC_ARRAY_LEN(cleanup_signals); i++)
		sigaction(cleanup_signals[i], &o->old[i], NULL);
	o->handlers = false;
}

/* Creates FILE.tmp-XXXXXX beside path (O_CREAT | O_EXCL: never through a
 * symbolic link, never an existing file). The final file gets the mode of
 * the regular file it replaces, else 0666 (private: 0600) less the umask. */
static enum cc_status atomic_open(const char *path, bool signals, bool private_file,
				  struct atomic_out *o, struct cc_err *err)
{
	memset(o, 0, sizeof *o);
	struct stat sb;
	mode_t mode;
	if (!*path)
		return cc_err_set(err, CC_ERR_USAGE, "the output file name is empty");
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return cc_err_set(err, CC_ERR_INPUT, "%s is a directory; give a file name", path);
	if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
		mode = sb.st_mode & 07777;
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = (private_file ? 0600 : 0666) & ~mask;
	}
	o->path = xstrdup(path);
	o->tmp = xasprintf("%s.tmp-XXXXXX", path);
	if (signals)
		handlers_set(o);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		int e = errno;
		handlers_restore(o);
		cc_err_set(err, CC_ERR_IO, "cannot create a file beside %s: %s", path, strerror(e));
		free(o->path);
		free(o->tmp);
		memset(o, 0, sizeof *o);
		return CC_ERR_IO;
	}
	pending_tmp = o->tmp;
	if (fchmod(fd, mode) != 0) {
		/* not fatal: the file keeps mkstemp's 0600 */
	}
	o->f = fdopen(fd, "w");
	if (!o->f) {
		int e = errno;
		close(fd);
		unlink(o->tmp);
		pending_tmp = NULL;
		handlers_restore(o);
		cc_err_set(err, CC_ERR_IO, "cannot write %s: %s", o->tmp, strerror(e));
		free(o->path);
		free(o->tmp);
		memset(o, 0, sizeof *o);
		return CC_ERR_IO;
	}
	return CC_OK;
}

static void atomic_abort(struct atomic_out *o)
{
	if (o->f)
		fclose(o->f);
	if (o->tmp)
		unlink(o->tmp);
	pending_tmp = NULL;
	handlers_restore(o);
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof *o);
}

/* Flushes, syncs and renames the temporary file over the target. */
static enum cc_status atomic_commit(struct atomic_out *o, struct cc_err *err)
{
	int e = 0;
	if (fflush(o->f) != 0 || ferror(o->f))
		e = errno ? errno : EIO;
	else if (fsync(fileno(o->f)) != 0 && errno != EINVAL && errno != EROFS)
		e = errno;
	int rc = fclose(o->f);
	o->f = NULL;
	if (!e && rc != 0)
		e = errno ? errno : EIO;
	if (!e && rename(o->tmp, o->path) != 0)
		e = errno;
	if (e) {
		cc_err_set(err, CC_ERR_IO, "cannot write %s: %s (nothing written)", o->path, strerror(e));
		atomic_abort(o);
		return CC_ERR_IO;
	}
	pending_tmp = NULL;
	handlers_restore(o);
	/* make the rename itself durable (best effort) */
	char *dir = xstrdup(o->path);
	char *slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir ? 1 : 0] = '\0';
	int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof *o);
	return CC_OK;
}

/* ---- walking the store into a writer ------------------------------------------ */

/* A conflict as one of its sides sees it, for the writers that list each
 * claim's conflicts (csv): gathered before the claims, sorted by claim and
 * conflict. */
struct side_link {
	int64_t claim;
	struct export_claim_conflict c;
};

struct walk {
	struct export_writer *w;
	struct cc_err *err;
	struct side_link *links;
	size_t nlinks, links_cap;
	struct export_claim_conflict *with;
	size_t with_cap;
	int64_t cursor_source;
	struct export_cp_cursor cursor;
	struct export_slot *slots;
	size_t slots_cap;
	struct export_entry *hist;
	size_t hist_cap;
	size_t claims;
};

static void source_of(const struct store_source *s, struct export_source *o)
{
	*o = (struct export_source){
		.name = s->name, .title = s->title, .date = s->date, .date_origin = s->date_origin, .url = s->url,
		.outlet = s->outlet, .story = s->story, .hash = s->hash, .added = s->added,
		.bytes = s->len,
	};
}

static int walk_source(const struct store_source *s, void *vctx)
{
	struct walk *k = vctx;
	struct export_source o;
	source_of(s, &o);
	return export_source(k->w, &o, k->err) != CC_OK;
}

static int walk_claim(const struct store_export_claim *x, void *vctx)
{
	struct walk *k = vctx;
	const struct store_claim *c = x->claim;
	const char *text = x->source_text ? x->source_text : "";
	size_t len = x->source_text ? x->source_len : 0;
	if (x->source->id != k->cursor_source) {
		export_cp_cursor_init(&k->cursor, text, len);
		k->cursor_source = x->source->id;
	}
	struct export_source src;
	source_of(x->source, &src);
	size_t start = c->start < len ? c->start : len, end = c->end < len ? c->end : len;
	if (end < start)
		end = start;
	size_t pre, post;
	export_quote_context(text, len, start, end, EXPORT_CONTEXT_CP, &pre, &post);
	size_t start_cp = export_cp_at(&k->cursor, start);
	size_t end_cp = export_cp_at(&k->cursor, end);
	k->slots = xgrow(k->slots, &k->slots_cap, c->nslots + 1, sizeof *k->slots);
	for (size_t i = 0; i < c->nslots; i++) {
		const struct store_slot *y = &c->slots[i];
		k->slots[i] = (struct export_slot){
			.type = y->type, .text = y->text, .value = y->value, .unit = y->unit,
			.gran = y->gran, .mod = y->mod, .event = y->event, .subject = y->subject,
			.norm = y->norm, .start = y->start, .end = y->end, .lo = y->lo, .hi = y->hi,
			.has_lo = y->has_lo, .has_hi = y->has_hi, .year_from = y->year_from,
			.subject_implied = y->subject_implied,
		};
	}
	k->hist = xgrow(k->hist, &k->hist_cap, x->nhistory + 1, sizeof *k->hist);
	for (size_t i = 0; i < x->nhistory; i++) {
		const struct store_annotation *a = &x->history[i];
		k->hist[i] = (struct export_entry){
			.reviewer = a->reviewer, .at = a->at, .action = a->action, .verdict = a->verdict,
			.note = a->note, .tags = a->tags ? a->tags : "", .session = a->session_id,
			.effect = a->effect, .claim_verdict = a->claim_verdict,
			.claim_note = a->claim_note,
		};
	}
	struct export_claim ec = {
		.id = c->id, .key = c->key, .source = &src, .sentence = c->sentence,
		.text = c->text, .text_len = c->text_len, .start = c->start, .end = c->end,
		.start_cp = start_cp, .end_cp = end_cp,
		.prefix = text + pre, .prefix_len = start - pre,
		.suffix = text + end, .suffix_len = post - end,
		.subject = c->subject, .subject_implied = c->subject_implied, .event = c->event,
		.lemma = c->lemma, .speaker = c->speaker, .modality = c->modality, .negated = c->negated, .score = c->score,
		.slots = k->slots, .nslots = c->nslots, .support = x->support,
		.conflicts = x->conflicts, .history = k->hist, .nhistory = x->nhistory,
	};
	/* the claim's conflicts, when the writer lists them */
	size_t lo = 0, hi = k->nlinks;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->links[mid].claim < c->id)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t nwith = 0;
	for (size_t i = lo; i < k->nlinks && k->links[i].claim == c->id; i++) {
		k->with = xgrow(k->with, &k->with_cap, nwith + 1, sizeof *k->with);
		k->with[nwith++] = k->links[i].c;
	}
	ec.with = nwith ? k->with : NULL;
	ec.nwith = nwith;
	struct export_entry cur;
	if (x->current) {
		/* the merged state; who and when: the entry that gave the verdict,
		 * or without one the newest entry */
		const struct store_annotation *by = x->current->reviewer ? x->current
						    : &x->history[x->nhistory - 1];
		cur = (struct export_entry){
			.reviewer = by->reviewer, .at = by->at, .action = by->action,
			.verdict = x->current->verdict, .note = x->current->note,
			.tags = x->current->tags ? x->current->tags : "", .session = by->session_id,
		};
		ec.current = &cur;
	}
	if (export_claim(k->w, &ec, k->err) != CC_OK)
		return 1;
	k->claims++;
	return 0;
}

static void side_of(const struct store_conflict_side *s, const char *key, const char *verdict,
		    struct export_side *o)
{
	*o = (struct export_side){
		.id = s->claim, .key = key, .source = s->source, .text = s->text,
		.text_len = s->text_len, .start = s->start, .end = s->end,
		.slot_start = s->slot_start, .slot_end = s->slot_end, .verdict = verdict,
	};
}

static int walk_conflict(const struct store_export_conflict *x, void *vctx)
{
	struct walk *k = vctx;
	const struct store_conflict *c = x->conflict;
	struct export_conflict o = {
		.id = c->id, .story = c->story, .kind = c->kind, .severity = c->severity,
		.rule = c->rule, .key = c->key, .explanation = c->explanation,
	};
	side_of(&c->a, x->key_a, x->verdict_a, &o.a);
	side_of(&c->b, x->key_b, x->verdict_b, &o.b);
	return export_conflict(k->w, &o, k->err) != CC_OK;
}

static void link_add(struct walk *k, int64_t claim, const struct store_conflict *c,
		     const struct store_conflict_side *other)
{
	k->links = xgrow(k->links, &k->links_cap, k->nlinks + 1, sizeof *k->links);
	k->links[k->nlinks++] = (struct side_link){
		.claim = claim,
		.c = {.conflict = c->id, .other = other->claim, .kind = xstrdup(c->kind ? c->kind : ""),
		      .severity = xstrdup(c->severity ? c->severity : ""),
		      .other_source = xstrdup(other->source ? other->source : "")},
	};
}

static int link_conflict(const struct store_export_conflict *x, void *vctx)
{
	const struct store_conflict *c = x->conflict;
	link_add(vctx, c->a.claim, c, &c->b);
	link_add(vctx, c->b.claim, c, &c->a);
	return 0;
}

static int cmp_link(const void *pa, const void *pb)
{
	const struct side_link *a = pa, *b = pb;
	if (a->claim != b->claim)
		return a->claim < b->claim ? -1 : 1;
	if (a->c.conflict != b->c.conflict)
		return a->c.conflict < b->c.conflict ? -1 : 1;
	return 0;
}

static void links_free(struct walk *k)
{
	for (size_t i = 0; i < k->nlinks; i++) {
		free((char *)k->links[i].c.kind);
		free((char *)k->links[i].c.severity);
		free((char *)k->links[i].c.other_source);
	}
	free(k->links);
	free(k->with);
}

static int walk_session(const struct store_export_session *s, void *vctx)
{
	struct walk *k = vctx;
	struct export_session o = {
		.id = s->id, .reviewer = s->reviewer, .started = s->started, .ended = s->ended,
		.annotations = s->annotations,
	};
	return export_session(k->w, &o, k->err) != CC_OK;
}

/* The names of the sources a story's report lists: those holding a
 * selected claim and those its conflicts quote (a conflict with one side
 * selected quotes the other side's source too). */
struct names {
	char **v;
	size_t n, cap;
};

/* a name may come twice (a source of several conflicts): names_has
 * reads the list once names_sort has sorted it */
static void names_add(struct names *ns, const char *name)
{
	if (!name)
		return;
	ns->v = xgrow(ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
	ns->v[ns->n++] = xstrdup(name);
}

static int cmp_strp(const void *a, const void *b);

static void names_sort(struct names *ns)
{
	if (ns->n)
		qsort(ns->v, ns->n, sizeof *ns->v, cmp_strp);
}

static bool names_has(const struct names *ns, const char *name)
{
	return name && ns->n && bsearch(&name, ns->v, ns->n, sizeof *ns->v, cmp_strp);
}

static void names_free(struct names *ns)
{
	for (size_t i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
}

static int name_of_source(const struct store_source *s, void *ctx)
{
	names_add(ctx, s->name);
	return 0;
}

static int names_of_conflict(const struct store_export_conflict *x, void *ctx)
{
	names_add(ctx, x->conflict->a.source);
	names_add(ctx, x->conflict->b.source);
	return 0;
}

struct listed {
	struct walk *k;
	const struct names *ns;
};

static int walk_listed_source(const struct store_source *s, void *ctx)
{
	struct listed *l = ctx;
	return names_has(l->ns, s->name) ? walk_source(s, l->k) : 0;
}

/* The sources listed beside conflicts (a story's in the report, the json's
 * `sources`): every source the filter selects, and with a narrower filter
 * (--only, --source) those holding a selected claim and those its
 * conflicts quote, in store order. */
static enum cc_status walk_story_sources(struct store *st, const struct store_export_filter *g,
					 struct walk *k, struct cc_err *err)
{
	if (g->only == STORE_EXPORT_ALL && !g->source && !g->nclaims)
		return store_export_sources_each(st, g, walk_source, k, err);
	struct names ns = {0};
	enum cc_status rc = store_export_sources_each(st, g, name_of_source, &ns, err);
	if (rc == CC_OK && err->status == CC_OK)
		rc = store_export_conflicts_each(st, g, names_of_conflict, &ns, err);
	names_sort(&ns);
	struct store_export_filter all = {.only = STORE_EXPORT_ALL, .story = g->story};
	struct listed l = {.k = k, .ns = &ns};
	if (rc == CC_OK && err->status == CC_OK)
		rc = store_export_sources_each(st, &all, walk_listed_source, &l, err);
	names_free(&ns);
	return rc;
}

/* Feeds the writer the filter's claims in the order it wants. */
static enum cc_status walk_store(struct store *st, const struct store_export_filter *f,
				 struct export_writer *w, size_t *nclaims, struct cc_err *err)
{
	struct walk k = {.w = w, .err = err};
	unsigned needs = export_writer_needs(w);
	enum cc_status rc = export_begin(w, err);
	if (rc == CC_OK && export_writer_order(w) == EXPORT_BY_SECTION) {
		/* a writer that lists conflicts lists every source they quote,
		 * so that a consumer can resolve each side (as the report
		 * does); one that does not, those of the selected claims */
		if ((needs & EXPORT_NEEDS_SOURCES) && (needs & EXPORT_NEEDS_CONFLICTS))
			rc = walk_story_sources(st, f, &k, err);
		else if (needs & EXPORT_NEEDS_SOURCES)
			rc = store_export_sources_each(st, f, walk_source, &k, err);
		/* each claim's conflicts (the csv's columns) are known before
		 * the claims are walked: ids, kinds and names, not the texts */
		if (rc == CC_OK && err->status == CC_OK && (needs & EXPORT_NEEDS_CLAIM_CONFLICTS)) {
			rc = store_export_conflicts_each(st, f, link_conflict, &k, err);
			if (k.nlinks)
				qsort(k.links, k.nlinks, sizeof *k.links, cmp_link);
		}
		if (rc == CC_OK && err->status == CC_OK)
			rc = store_export_claims_each(st, f, walk_claim, &k, err);
		if (rc == CC_OK && err->status == CC_OK && (needs & EXPORT_NEEDS_CONFLICTS))
			rc = store_export_conflicts_each(st, f, walk_conflict, &k, err);
		if (rc == CC_OK && err->status == CC_OK && (needs & EXPORT_NEEDS_SESSIONS))
			rc = store_export_sessions_each(st, f, walk_session, &k, err);
	} else if (rc == CC_OK) {
		char **stories = NULL;
		size_t n = 0;
		rc = store_export_stories(st, f, &stories, &n, err);
		for (size_t i = 0; i < n; i++) {
			struct store_export_filter g = *f;
			g.story = stories[i];
			if (rc == CC_OK && err->status == CC_OK)
				rc = export_story(w, stories[i], err);
			if (rc == CC_OK && err->status == CC_OK)
				rc = walk_story_sources(st, &g, &k, err);
			if (rc == CC_OK && err->status == CC_OK)
				rc = store_export_conflicts_each(st, &g, walk_conflict, &k, err);
			if (rc == CC_OK && err->status == CC_OK)
				rc = store_export_claims_each(st, &g, walk_claim, &k, err);
			free(stories[i]);
		}
		free(stories);
	}
	if (rc == CC_OK && err->status == CC_OK)
		rc = export_end(w, err);
	free(k.slots);
	free(k.hist);
	links_free(&k);
	if (nclaims)
		*nclaims = k.claims;
	return rc != CC_OK ? rc : err->status;
}

static void time_now(char out[static 32])
{
	time_t t = time(NULL);
	/* reproducible output when asked for (reproducible-builds.org) */
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);
		if (!*end && v >= 0)
			t = (time_t)v;
	}
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

struct export_job {
	enum export_format format;
	struct store_export_filter filter;
	const char *only_name;
	const char *review_url_base;
	const char *publisher;
	const char *output; /* NULL or "-": standard output */
	bool signals;       /* clean up the temporary file on signals */
	bool private_file;  /* a new file is 0600 less the umask (the reviewers'
			     * notes saved beside the store), not 0666 less it */
};

/* Whether the file behind sb is the store's own. */
static bool is_store_file(struct store *st, const struct stat *sb)
{
	struct stat b;
	return stat(store_path(st), &b) == 0 && sb->st_dev == b.st_dev && sb->st_ino == b.st_ino;
}

static enum cc_status store_itself(const char *path, struct cc_err *err)
{
	return cc_err_set(err, CC_ERR_INPUT, "%s is the store itself; give another file name", path);
}

/* Writes the export; *items tells how many items the writer wrote, and
 * *withheld (when not NULL) the claims a claimreview left out (malloc'd). */
static enum cc_status export_write(struct store *st, const struct export_job *job, size_t *items,
				   char **withheld, struct cc_err *err)
{
	char now[32];
	time_now(now);
	bool to_stdout = !job->output || strcmp(job->output, "-") == 0;
	struct export_meta meta = {
		.exported = now,
		.store = store_path(st),
		.schema = store_schema_version(),
		.generator = PACKAGE_NAME " " PACKAGE_VERSION,
		.only = job->only_name,
		.source = job->filter.source,
		.story = job->filter.story,
		.review_url_base = job->review_url_base,
		.publisher = job->publisher,
		.ascii = to_stdout && isatty(STDOUT_FILENO),
	};
	struct atomic_out o = {0};
	FILE *out = stdout;
	struct stat a;
	if (!to_stdout && stat(job->output, &a) == 0 && is_store_file(st, &a))
		return store_itself(job->output, err);
	if (!to_stdout) {
		if (atomic_open(job->output, job->signals, job->private_file, &o, err) != CC_OK)
			return err->status;
		out = o.f;
	}
	struct export_writer *w = export_writer_new(job->format, out, &meta);
	/* one state of the store for the whole walk: sources, claims and
	 * conflicts are read in separate queries, and another process adding
	 * a source between them would leave conflicts naming claims the export
	 * does not hold */
	enum cc_status rc = store_snapshot_begin(st, err);
	if (rc == CC_OK) {
		rc = walk_store(st, &job->filter, w, NULL, err);
		store_snapshot_end(st);
	}
	*items = export_writer_items(w);
	if (withheld) {
		const char *wh = export_writer_withheld(w, NULL);
		*withheld = wh ? xstrdup(wh) : NULL;
	}
	export_writer_free(w);
	if (!to_stdout) {
		if (rc != CC_OK)
			atomic_abort(&o);
		else
			rc = atomic_commit(&o, err);
	}
	return rc;
}

/* What an export's items are, one or many ("claim", "annotations"). */
static const char *items_word(enum export_format f, size_t n)
{
	static const char *const one[] = {
		[EXPORT_JSON] = "claim", [EXPORT_JSONL] = "claim", [EXPORT_CSV] = "claim",
		[EXPORT_MARKDOWN] = "claim", [EXPORT_WADM] = "annotation",
		[EXPORT_CLAIMREVIEW] = "review",
	};
	static const char *const many[] = {
		[EXPORT_JSON] = "claims", [EXPORT_JSONL] = "claims", [EXPORT_CSV] = "claims",
		[EXPORT_MARKDOWN] = "claims", [EXPORT_WADM] = "annotations",
		[EXPORT_CLAIMREVIEW] = "reviews",
	};
	return n == 1 ? one[f] : many[f];
}

/* The format a file's name asks for: .jsonl or .ndjson jsonl, .csv csv,
 * .md or .markdown markdown, json otherwise (.json and any other). */
static enum export_format format_of_name(const char *path)
{
	static const struct {
		const char *ext;
		enum export_format f;
	} by_ext[] = {
		{".jsonl", EXPORT_JSONL}, {".ndjson", EXPORT_JSONL}, {".csv", EXPORT_CSV},
		{".md", EXPORT_MARKDOWN}, {".markdown", EXPORT_MARKDOWN},
	};
	const char *base = strrchr(path, '/');
	const char *dot = strrchr(base ? base : path, '.');
	for (size_t i = 0; dot && i < sizeof by_ext / sizeof *by_ext; i++)
		if (strcasecmp(dot, by_ext[i].ext) == 0)
			return by_ext[i].f;
	return EXPORT_JSON;
}

/* cli.h */
enum cc_status cli_export_to_path(struct store *st, const char *spec, bool replace, char **said,
				  struct cc_err *err)
{
	*said = NULL;
	/* a first word that names a format is the format ("csv ~/a.txt") */
	size_t w = strcspn(spec, " ");
	char *word = xstrndup(spec, w);
	enum export_format f = EXPORT_JSON;
	bool named = spec[w] == ' ' && export_format_parse(word, &f);
	free(word);
	const char *path = spec;
	if (named)
		for (path = spec + w; *path == ' ';)
			path++;
	if (!*path || strcmp(path, "-") == 0)
		return cc_err_set(err, CC_ERR_USAGE, "export needs a file name");
	if (!named)
		f = format_of_name(path);
	/* "~/notes/x.csv" as a shell would read it: the prompt is no shell */
	const char *home = getenv("HOME");
	char *full = (path[0] == '~' && (path[1] == '/' || !path[1]) && home && *home)
			     ? xasprintf("%s%s", home, path + 1)
			     : xstrdup(path);
	struct stat sb;
	bool there = stat(full, &sb) == 0;
	enum cc_status rc = CC_OK;
	if (there && S_ISDIR(sb.st_mode))
		rc = cc_err_set(err, CC_ERR_INPUT, "%s is a folder; give a file name", full);
	else if (there && is_store_file(st, &sb))
		rc = store_itself(full, err); /* not "exists": replacing it can never be done */
	else if (there && !replace)
		rc = cc_err_set(err, CC_DUPLICATE, "%s exists", full);
	struct export_job job = {
		.format = f,
		.filter = {.only = STORE_EXPORT_ALL},
		.only_name = "all",
		.output = full,
	};
	size_t items = 0;
	char *withheld = NULL;
	if (rc == CC_OK)
		rc = export_write(st, &job, &items, &withheld, err);
	if (rc == CC_OK)
		*said = xasprintf("%zu %s (%s) to %s%s", items, items_word(f, items),
				  export_format_name(f), full,
				  withheld ? "; some left out, as the reviewers' verdicts differ" : "");
	free(withheld);
	free(full);
	return rc;
}

static bool parse_only(const char *s, enum store_export_only *o)
{
	if (strcmp(s, "all") == 0)
		*o = STORE_EXPORT_ALL;
	else if (strcmp(s, "annotated") == 0)
		*o = STORE_EXPORT_ANNOTATED;
	else if (strcmp(s, "conflicts") == 0)
		*o = STORE_EXPORT_CONFLICTS;
	else
		return false;
	return true;
}

int cli_story_check(struct store *st, const char *story)
{
	struct cc_err err = {0};
	struct store_export_filter g = {.story = story};
	char **stories = NULL;
	size_t n = 0;
	enum cc_status rc = store_export_stories(st, &g, &stories, &n, &err);
	for (size_t i = 0; i < n; i++)
		free(stories[i]);
	free(stories);
	if (rc != CC_OK)
		return fail(&err);
	if (!n) {
		char *s = safes(story);
		errorf("no source in %s belongs to the story '%s' ('crosscheck list --format jsonl' "
		       "shows the stories)", store_path(st), s);
		free(s);
		return 1;
	}
	return 0;
}

int cli_export(const char *db, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"only", required_argument, NULL, 'O'},
		{"source", required_argument, NULL, 's'},
		{"story", required_argument, NULL, 'S'},
		{"review-url-base", required_argument, NULL, 'u'},
		{"publisher", required_argument, NULL, 'P'},
		{"output", required_argument, NULL, 'o'},
	};
	struct export_job job = {
		.format = EXPORT_JSON, .filter = {.only = STORE_EXPORT_ALL}, .only_name = "all",
		.signals = true,
	};
	int ch;
	optind = 1;
	while ((ch = next_opt(argc, argv, "+:o:", opts, CC_ARRAY_LEN(opts), &db, EXPORT_USAGE,
			      EXPORT_SUMMARY, EXPORT_HELP)) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'f':
			if (!export_format_parse(optarg, &job.format))
				return usage_error(EXPORT_USAGE, "unknown format '%s' (json, jsonl, csv, markdown, "
								 "wadm, claimreview)", optarg);
			break;
		case 'O':
			if (!parse_only(optarg, &job.filter.only))
				return usage_error(EXPORT_USAGE, "--only takes annotated, conflicts or all, not '%s'",
						   optarg);
			job.only_name = optarg;
			break;
		case 's': job.filter.source = optarg; break;
		case 'S': job.filter.story = optarg; break;
		case 'u': job.review_url_base = optarg; break;
		case 'P': job.publisher = optarg; break;
		case 'o': job.output = optarg; break;
		default: return usage_error(EXPORT_USAGE, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(EXPORT_USAGE, "unexpected argument '%s'", argv[optind]);
	if (job.output && !*job.output)
		return usage_error(EXPORT_USAGE, "-o needs a file name (or - for standard output)");
	if (job.review_url_base && job.format != EXPORT_CLAIMREVIEW && job.format != EXPORT_WADM)
		return usage_error(EXPORT_USAGE,
				   "--review-url-base applies to --format claimreview and wadm only");
	const char *bad_base = job.review_url_base ? export_url_base_invalid(job.review_url_base) : NULL;
	if (bad_base) {
		char *shown = safes(job.review_url_base); /* a control character made visible */
		usage_error(EXPORT_USAGE,
			    "--review-url-base '%s' refused: %s (give one such as "
			    "https://checks.example.org/reviews/)",
			    shown, bad_base);
		free(shown);
		return EXIT_USAGE;
	}
	if (job.publisher && job.format != EXPORT_CLAIMREVIEW)
		return usage_error(EXPORT_USAGE, "--publisher applies to --format claimreview only");
	if (job.format == EXPORT_CLAIMREVIEW && (!job.review_url_base || !*job.review_url_base))
		errorf("warning: no --review-url-base: the ClaimReview items have no url (search "
		       "engines need one)");
	if (job.format == EXPORT_CLAIMREVIEW && (!job.publisher || !*job.publisher))
		errorf("warning: no --publisher: each ClaimReview's author is its reviewer (search "
		       "engines expect the publishing organisation)");
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(db), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	/* refuse filters that select nothing before any file is made */
	if (job.filter.source) {
		struct store_source src;
		if (store_source_get(st, job.filter.source, &src, &err) != CC_OK) {
			store_close(st);
			return fail(&err);
		}
		store_source_free(&src);
	}
	if (job.filter.story) {
		int bad = cli_story_check(st, job.filter.story);
		if (bad) {
			store_close(st);
			return bad;
		}
	}
	size_t items = 0;
	char *withheld = NULL;
	enum cc_status rc = export_write(st, &job, &items, &withheld, &err);
	store_close(st);
	if (rc != CC_OK) {
		free(withheld);
		return fail(&err);
	}
	if (withheld) {
		char *w = safes(withheld);
		errorf("warning: left out, as the reviewers' latest verdicts differ (a published "
		       "rating must be one; 'crosscheck agreement' lists them): %s", w);
		free(w);
		free(withheld);
	} else if ((job.format == EXPORT_WADM || job.format == EXPORT_CLAIMREVIEW) && !items)
		errorf("note: no claim has %s; the export holds none",
		       job.format == EXPORT_WADM ? "a verdict, note or tags" : "a verdict");
	if (job.output && strcmp(job.output, "-") != 0) {
		printf("exported %zu %s (%s) to ", items, items_word(job.format, items),
		       export_format_name(job.format));
		put_safe(stdout, job.output, strlen(job.output));
		printf("\n");
	}
	return 0;
}

/* ---- import --------------------------------------------------------------------- */

/* Opens the import file ("-": standard input); refuses what is not a file. */
static FILE *open_input(const char *path, struct cc_err *err)
{
	if (strcmp(path, "-") == 0)
		return stdin;
	FILE *f = fopen(path, "r");
	if (!f) {
		cc_err_set(err, CC_ERR_INPUT, "cannot open %s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(f);
		cc_err_set(err, CC_ERR_INPUT, "%s is a directory, not an export file", path);
		return NULL;
	}
	return f;
}

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "2 claims now show another verdict: #1 (alice false -> bob true), ...":
 * the first few, then how many more. */
static void print_verdict_changes(const struct store_import_change *c, size_t n, bool dry)
{
	enum { SHOWN = 5 };
	if (!n)
		return;
	printf("%zu claim%s %s another verdict: ", n, n == 1 ? "" : "s",
	       dry ? "would show" : n == 1 ? "now shows" : "now show");
	for (size_t i = 0; i < n && i < SHOWN; i++) {
		printf("%s#%lld (", i ? ", " : "", (long long)c[i].claim_id);
		for (int k = 0; k < 2; k++) {
			const char *who = k ? c[i].now_reviewer : c[i].was_reviewer;
			const char *v = k ? c[i].now_verdict : c[i].was_verdict;
			if (k)
				printf(" -> ");
			if (!v) {
				printf("none");
				continue;
			}
			if (who) {
				char *w = safes(who);
				printf("%s ", w);
				free(w);
			}
			printf("%s", v);
		}
		printf(")");
	}
	if (n > SHOWN)
		printf(" and %zu more", n - SHOWN);
	printf("\n");
}

int cli_import(const char *db, int argc, char **argv)
{
	static const struct option opts[] = {{"dry-run", no_argument, NULL, 'n'},
					     {"partial", no_argument, NULL, 'p'}};
	bool dry = false, partial = false;
	const char *file = NULL;
	int ch;
	optind = 1;
	for (;;) {
		while ((ch = next_opt(argc, argv, "+:", opts, CC_ARRAY_LEN(opts), &db, IMPORT_USAGE,
				      IMPORT_SUMMARY, IMPORT_HELP)) != -1) {
			switch (ch) {
			case -2: return 0;
			case -3: return EXIT_USAGE;
			case 'n': dry = true; break;
			case 'p': partial = true; break;
			default: return usage_error(IMPORT_USAGE, "unexpected argument '%s'", argv[optind - 1]);
			}
		}
		if (optind >= argc)
			break;
		if (file)
			return usage_error(IMPORT_USAGE, "unexpected argument '%s' (one FILE at a time)",
					   argv[optind]);
		file = argv[optind++];
	}
	if (!file)
		return usage_error(IMPORT_USAGE, "import needs a FILE (a json export)");
	struct cc_err err = {0};
	char *label = strcmp(file, "-") == 0 ? xstrdup("standard input") : safes(file);
	/* the file is read and checked whole before the store is touched */
	FILE *f = open_input(file, &err);
	if (!f) {
		free(label);
		return fail(&err);
	}
	struct export_import im;
	enum cc_status rc = export_import_read(f, label, &im, &err);
	if (f != stdin)
		fclose(f);
	if (rc != CC_OK) {
		free(label);
		return fail(&err);
	}
	struct store *st;
	if (store_open(store_default_path(db), STORE_OPEN_EXISTING, &st, &err) != CC_OK) {
		export_import_free(&im);
		free(label);
		return fail(&err);
	}
	struct store_import_entry *v = xcalloc(im.n + 1, sizeof *v);
	for (size_t i = 0; i < im.n; i++) {
		const struct export_import_entry *e = &im.entries[i];
		v[i] = (struct store_import_entry){
			.key = e->key, .source = e->source, .source_hash = e->source_hash, .text = e->text, .event = e->event,
			.reviewer = e->reviewer, .at = e->at, .verdict = e->verdict,
			.note = e->note && *e->note ? e->note : NULL, .tags = e->tags,
			.effect = e->effect, .claim_verdict = e->claim_verdict,
			.claim_note = e->claim_note && *e->claim_note ? e->claim_note : NULL,
		};
	}
	struct store_import_change *changes = NULL;
	size_t nchanges = 0;
	unsigned flags = (dry ? STORE_IMPORT_DRY_RUN : 0u) | (partial ? STORE_IMPORT_PARTIAL : 0u);
	rc = store_import_annotations_changes(st, v, im.n, flags, &changes, &nchanges, &err);
	int status = 0;
	if (rc != CC_OK) {
		status = fail(&err);
	} else {
		size_t added = 0, dups = 0, placed = 0, unplaced = 0, absent = 0, differs = 0;
		/* by claim: entries of one claim are consecutive */
		for (size_t i = 0; i < im.n;) {
			size_t j = i;
			while (j < im.n && im.entries[j].claim == im.entries[i].claim)
				j++;
			const struct export_import_entry *e = &im.entries[i];
			enum store_import_outcome out = v[i].outcome;
			if (out == STORE_IMPORT_ADDED || out == STORE_IMPORT_DUPLICATE) {
				placed++;
				for (size_t k = i; k < j; k++) {
					if (v[k].outcome == STORE_IMPORT_ADDED)
						added++;
					else
						dups++;
				}
			} else if (out == STORE_IMPORT_NO_SOURCE) {
				absent++;
			} else if (out == STORE_IMPORT_SOURCE_DIFFERS) {
				differs++;
			} else {
				unplaced++;
				char *key = safes(e->key), *src = safes(e->source);
				char *txt = safe(e->text, strlen(e->text));
				errorf("%s: could not place claim %s of %s (%s): \"%s\"", label, key, src,
				       out == STORE_IMPORT_NO_CLAIM ? "no claim with this key in that source here"
								   : "the claim with this key here has another "
								     "sentence or event",
				       txt);
				free(key);
				free(src);
				free(txt);
			}
			i = j;
		}
		/* claims of sources this store does not hold, and of sources
		 * it holds by name with other text: one line a source */
		for (int pass = 0; pass < 2; pass++) {
			enum store_import_outcome want =
				pass ? STORE_IMPORT_SOURCE_DIFFERS : STORE_IMPORT_NO_SOURCE;
			size_t cap = pass ? differs : absent;
			const char **src_of = xcalloc(cap + 1, sizeof *src_of);
			size_t na = 0;
			for (size_t i = 0; i < im.n;) {
				size_t j = i;
				while (j < im.n && im.entries[j].claim == im.entries[i].claim)
					j++;
				if (v[i].outcome == want && na < cap)
					src_of[na++] = im.entries[i].source;
				i = j;
			}
			qsort(src_of, na, sizeof *src_of, cmp_strp);
			for (size_t i = 0; i < na;) {
				size_t j = i;
				while (j < na && strcmp(src_of[j], src_of[i]) == 0)
					j++;
				char *src = safes(src_of[i]);
				if (pass)
					errorf("%s: skipped %zu annotated claim%s of %s: a source of that name is "
					       "in this store, but its text differs (edited or fetched again) and "
					       "annotations go only on the text they were made on; to import them, "
					       "hold the same version in both stores ('crosscheck remove --force %s', "
					       "then 'crosscheck add' the exporter's file) and import again",
					       label, j - i, j - i == 1 ? "" : "s", src, src);
				else
					errorf("%s: skipped %zu annotated claim%s of %s: that source is not in this "
					       "store", label, j - i, j - i == 1 ? "" : "s", src);
				free(src);
				i = j;
			}
			free(src_of);
		}
		/* all or nothing, unless --partial: a claim of a source held
		 * here that could not be placed means nothing was written */
		if (!partial && (unplaced || differs)) {
			size_t bad = unplaced + differs;
			char *again = strcmp(file, "-") == 0 ? xstrdup("-") : safes(file);
			struct buf tail;
			buf_init(&tail);
			if (added)
				buf_printf(&tail, "; the other %zu annotation entr%s, for %zu claim%s, %s be "
					   "placed: 'crosscheck import --partial %s' imports them and "
					   "reports the rest",
					   added, added == 1 ? "y" : "ies", placed, placed == 1 ? "" : "s",
					   dry ? "would" : "could", again);
			else
				buf_adds(&tail, "; no other entry in it is new here");
			errorf("%s: nothing %s: %zu annotated claim%s of %s this store holds could "
			       "not be placed (above)%s", label,
			       dry ? "would be imported (--dry-run)" : "imported", bad, bad == 1 ? "" : "s",
			       bad == 1 ? "a source" : "sources", tail.data ? tail.data : "");
			buf_free(&tail);
			free(again);
			status = 1;
			goto done;
		}
		printf("%s %zu annotation entr%s for %zu claim%s from %s", dry ? "would import" : "imported",
		       added, added == 1 ? "y" : "ies", placed, placed == 1 ? "" : "s", label);
		printf(" (%zu already here", dups);
		if (absent)
			printf(", %zu claim%s of sources not here", absent, absent == 1 ? "" : "s");
		if (differs)
			printf(", %zu claim%s of sources whose text differs here", differs,
			       differs == 1 ? "" : "s");
		if (unplaced)
			printf(", %zu claim%s not placed", unplaced, unplaced == 1 ? "" : "s");
		printf(")%s\n", dry ? "; nothing changed (--dry-run)" : "");
		print_verdict_changes(changes, nchanges, dry);
	}
done:
	store_import_changes_free(changes, nchanges);
	free(v);
	store_close(st);
	export_import_free(&im);
	free(label);
	return status;
}

/* ---- agreement ---------------------------------------------------------------- */

struct pair {
	size_t a, b; /* reviewer indexes, a < b by name */
	size_t m[4][4];
};

struct agree_ctx {
	bool jsonl;
	char **reviewers;
	size_t nrev, caprev;
	struct pair *pairs;
	size_t npairs, cappairs;
	/* the claim being gathered */
	int64_t claim;
	char *key, *source, *text;
	size_t text_len;
	struct {
		size_t rev;
		int verdict;
	} *votes;
	size_t nvotes, capvotes;
	size_t disagreements;
};

static size_t reviewer_index(struct agree_ctx *a, const char *name)
{
	for (size_t i = 0; i < a->nrev; i++)
		if (strcmp(a->reviewers[i], name) == 0)
			return i;
	a->reviewers = xgrow(a->reviewers, &a->caprev, a->nrev + 1, sizeof *a->reviewers);
	a->reviewers[a->nrev] = xstrdup(name);
	return a->nrev++;
}

static struct pair *pair_of(struct agree_ctx *a, size_t x, size_t y)
{
	for (size_t i = 0; i < a->npairs; i++)
		if (a->pairs[i].a == x && a->pairs[i].b == y)
			return &a->pairs[i];
	a->pairs = xgrow(a->pairs, &a->cappairs, a->npairs + 1, sizeof *a->pairs);
	struct pair *p = &a->pairs[a->npairs++];
	memset(p, 0, sizeof *p);
	p->a = x;
	p->b = y;
	return p;
}

/* Counts the gathered claim in every pair and reports a disagreement. */
static void claim_done(struct agree_ctx *a)
{
	if (a->nvotes >= 2) {
		bool differ = false;
		for (size_t i = 0; i < a->nvotes; i++)
			for (size_t j = i + 1; j < a->nvotes; j++) {
				/* votes come sorted by reviewer name */
				struct pair *p = pair_of(a, a->votes[i].rev, a->votes[j].rev);
				p->m[a->votes[i].verdict][a->votes[j].verdict]++;
				differ |= a->votes[i].verdict != a->votes[j].verdict;
			}
		if (differ) {
			a->disagreements++;
			if (a->jsonl) {
				json_t *o = json_object();
				json_object_set_new(o, "type", json_string("disagreement"));
				json_object_set_new(o, "claim", json_integer(a->claim));
				json_object_set_new(o, "key", jtexts(a->key));
				json_object_set_new(o, "source", jtexts(a->source));
				json_object_set_new(o, "text", jtext(a->text, a->text_len));
				json_t *vs = json_array();
				for (size_t i = 0; i < a->nvotes; i++) {
					json_t *x = json_object();
					json_object_set_new(x, "reviewer", jtexts(a->reviewers[a->votes[i].rev]));
					json_object_set_new(x, "verdict",
							    json_string(export_verdicts[a->votes[i].verdict]));
					json_array_append_new(vs, x);
				}
				json_object_set_new(o, "verdicts", vs);
				json_line(o);
			} else {
				if (a->disagreements == 1)
					printf("Disagreements:\n");
				printf("  claim %lld  ", (long long)a->claim);
				put_safe(stdout, a->source, strlen(a->source));
				for (size_t i = 0; i < a->nvotes; i++) {
					printf("%s", i ? ", " : "  ");
					put_safe(stdout, a->reviewers[a->votes[i].rev],
						 strlen(a->reviewers[a->votes[i].rev]));
					printf(": %s", export_verdicts[a->votes[i].verdict]);
				}
				printf("\n    ");
				put_safe(stdout, a->text, a->text_len);
				printf("\n");
			}
		}
	}
	a->nvotes = 0;
	free(a->key);
	free(a->source);
	free(a->text);
	a->key = a->source = a->text = NULL;
}

static int agree_row(const struct store_reviewer_verdict *v, void *vctx)
{
	struct agree_ctx *a = vctx;
	int verdict = export_verdict_index(v->verdict);
	if (verdict < 0)
		return 0;
	if (v->claim_id != a->claim || !a->key) {
		claim_done(a);
		a->claim = v->claim_id;
		a->key = xstrdup(v->key ? v->key : "");
		a->source = xstrdup(v->source ? v->source : "");
		a->text = xstrndup(v->text, v->text_len);
		a->text_len = v->text_len;
	}
	a->votes = xgrow(a->votes, &a->capvotes, a->nvotes + 1, sizeof *a->votes);
	a->votes[a->nvotes].rev = reviewer_index(a, v->reviewer ? v->reviewer : "");
	a->votes[a->nvotes].verdict = verdict;
	a->nvotes++;
	return 0;
}

int cli_agreement(const char *db, int argc, char **argv)
{
	static const struct option opts[] = {
		{"story", required_argument, NULL, 's'},
		{"format", required_argument, NULL, 'f'},
	};
	const char *story = NULL;
	bool jsonl = false;
	int ch;
	optind = 1;
	while ((ch = next_opt(argc, argv, "+:", opts, CC_ARRAY_LEN(opts), &db, AGREEMENT_USAGE,
			      AGREEMENT_SUMMARY, AGREEMENT_HELP)) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 's': story = optarg; break;
		case 'f':
			if (strcmp(optarg, "jsonl") == 0)
				jsonl = true;
			else if (strcmp(optarg, "text") == 0)
				jsonl = false;
			else
				return usage_error(AGREEMENT_USAGE, "unknown format '%s' (text or jsonl)", optarg);
			break;
		default: return usage_error(AGREEMENT_USAGE, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(AGREEMENT_USAGE, "unexpected argument '%s'", argv[optind]);
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(db), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	if (story) { /* a story no source belongs to is a mistake, not "no disagreements" */
		int bad = cli_story_check(st, story);
		if (bad) {
			store_close(st);
			return bad;
		}
	}
	struct agree_ctx a = {.jsonl = jsonl};
	enum cc_status rc = store_reviewer_verdicts_each(st, story, agree_row, &a, &err);
	claim_done(&a);
	store_close(st);
	int status = 0;
	if (rc != CC_OK) {
		status = fail(&err);
	} else if (jsonl) {
		for (size_t i = 0; i < a.npairs; i++) {
			struct export_kappa k;
			export_kappa((const size_t(*)[4])a.pairs[i].m, &k);
			json_t *o = json_object();
			json_object_set_new(o, "type", json_string("pair"));
			json_t *r = json_array();
			json_array_append_new(r, jtexts(a.reviewers[a.pairs[i].a]));
			json_array_append_new(r, jtexts(a.reviewers[a.pairs[i].b]));
			json_object_set_new(o, "reviewers", r);
			json_object_set_new(o, "claims", json_integer((json_int_t)k.n));
			json_object_set_new(o, "agree", json_integer((json_int_t)k.agree));
			json_object_set_new(o, "observed", json_real(k.observed));
			json_object_set_new(o, "expected", json_real(k.expected));
			json_object_set_new(o, "kappa", k.defined ? json_real(k.kappa) : json_null());
			json_t *m = json_array();
			for (int x = 0; x < 4; x++) {
				json_t *row = json_array();
				for (int y = 0; y < 4; y++)
					json_array_append_new(row, json_integer((json_int_t)a.pairs[i].m[x][y]));
				json_array_append_new(m, row);
			}
			json_object_set_new(o, "matrix", m);
			json_line(o);
		}
	} else {
		if (!a.disagreements)
			printf("No disagreements.\n");
		if (!a.npairs) {
			printf("No two reviewers gave verdicts on the same claim.\n");
		} else {
			printf("\nCohen's kappa over the claims both reviewers judged:\n");
			for (size_t i = 0; i < a.npairs; i++) {
				struct export_kappa k;
				export_kappa((const size_t(*)[4])a.pairs[i].m, &k);
				printf("  ");
				put_safe(stdout, a.reviewers[a.pairs[i].a], strlen(a.reviewers[a.pairs[i].a]));
				printf(" / ");
				put_safe(stdout, a.reviewers[a.pairs[i].b], strlen(a.reviewers[a.pairs[i].b]));
				printf("  claims %zu  agree %zu  observed %.3f  expected %.3f  kappa ", k.n,
				       k.agree, k.observed, k.expected);
				if (k.defined)
					printf("%.3f\n", k.kappa);
				else
					printf("undefined (one category only)\n");
			}
		}
	}
	for (size_t i = 0; i < a.nrev; i++)
		free(a.reviewers[i]);
	free(a.reviewers);
	free(a.pairs);
	free(a.votes);
	return status;
}

/* ---- remove ------------------------------------------------------------------------ */

/* Like fail(), with the message made inert: it names sources the user gave. */
static int fail_inert(struct cc_err *err)
{
	char *m = safes(err->msg);
	if (err->msg)
		errorf("%s", m);
	free(m);
	int code = err->status == CC_ERR_USAGE ? EXIT_USAGE : 1;
	cc_err_clear(err);
	return code;
}

/* A file beside the store for the annotations of a source about to go:
 * STORE.WHAT-NAME-TIME.json (WHAT: removed, refreshed) (NAME's bytes other than letters, digits,
 * '.', '-' and '_' as '_'), never one that exists. Newly allocated. */
static char *saved_path(const char *store, const char *what, const char *name)
{
	char now[32];
	time_now(now);
	char stamp[32];
	size_t k = 0;
	for (const char *p = now; *p && k + 1 < sizeof stamp; p++)
		if (*p != '-' && *p != ':')
			stamp[k++] = *p;
	stamp[k] = '\0';
	char *clean = xstrdup(name);
	for (char *p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '-' || c == '_'))
			*p = '_';
	}
	char *path = xasprintf("%s.%s-%s-%s.json", store, what, clean, stamp);
	struct stat sb;
	for (int i = 2; lstat(path, &sb) == 0; i++) {
		free(path);
		path = xasprintf("%s.%s-%s-%s-%d.json", store, what, clean, stamp, i);
	}
	free(clean);
	return path;
}

char *cli_save_claims(struct store *st, const char *what, const char *name, const int64_t *ids,
		      size_t n, struct cc_err *err)
{
	char *path = saved_path(store_path(st), what, name);
	struct export_job job = {
		.format = EXPORT_JSON,
		.filter = {.source = name, .only = STORE_EXPORT_ANNOTATED, .claims = ids, .nclaims = n},
		.only_name = "annotated",
		.output = path,
		.signals = true,
		.private_file = true,
	};
	size_t items = 0;
	if (export_write(st, &job, &items, NULL, err) != CC_OK) {
		free(path);
		return NULL;
	}
	return path;
}

int cli_remove(const char *db, const struct store_judge *judge, int argc, char **argv)
{
	static const struct option opts[] = {
		{"force", no_argument, NULL, 'f'},
	};
	bool force = false;
	int ch;
	optind = 1;
	while ((ch = next_opt(argc, argv, "+:", opts, CC_ARRAY_LEN(opts), &db, REMOVE_USAGE,
			      REMOVE_SUMMARY, REMOVE_HELP)) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'f': force = true; break;
		default: return usage_error(REMOVE_USAGE, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error(REMOVE_USAGE, "name the sources to remove ('crosscheck list' shows them)");
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(db), STORE_OPEN_EXISTING, &st, &err) != CC_OK)
		return fail_inert(&err);

	/* each source once, every one checked before anything is written */
	size_t n = 0;
	struct store_remove *v = xcalloc((size_t)(argc - optind), sizeof *v);
	size_t *entries_of = xcalloc((size_t)(argc - optind), sizeof *entries_of);
	int status = 0;
	size_t refused = 0;
	for (int i = optind; i < argc && !status; i++) {
		bool seen = false;
		for (size_t k = 0; k < n && !seen; k++)
			seen = strcmp(v[k].name, argv[i]) == 0;
		if (seen)
			continue;
		struct store_source src;
		if (store_source_get(st, argv[i], &src, &err) != CC_OK) {
			status = fail_inert(&err);
			break;
		}
		store_source_free(&src);
		size_t claims, entries;
		if (store_source_annotated(st, argv[i], &claims, &entries, &err) != CC_OK) {
			status = fail_inert(&err);
			break;
		}
		if (entries && !force) {
			char *s = safes(argv[i]);
			errorf("%s: %zu annotated claim%s (%zu annotation entr%s); not removed", s, claims,
			       claims == 1 ? "" : "s", entries, entries == 1 ? "y" : "ies");
			free(s);
			refused++;
		}
		v[n].name = argv[i];
		v[n].entries_saved = 0;
		v[n].annotated = entries ? claims : 0;
		entries_of[n] = entries;
		n++;
	}
	if (!status && refused) {
		errorf("nothing was removed: --force first saves the annotations to a file beside the "
		       "store (and says which); 'crosscheck import FILE' puts them back once the source "
		       "is added again");
		status = 1;
	}
	/* --force: every annotation goes to a file before any is deleted */
	bool saved_any = false;
	for (size_t i = 0; i < n && !status; i++) {
		if (!entries_of[i])
			continue;
		char *path = cli_save_claims(st, "removed", v[i].name, NULL, 0, &err);
		if (!path) {
			status = fail_inert(&err);
			errorf("nothing was removed%s", saved_any ? " (the files saved above stay)" : "");
		}
		else {
			char *s = safes(v[i].name), *p = safes(path);
			printf("saved the annotations of %zu claim%s of %s to %s\n", v[i].annotated,
			       v[i].annotated == 1 ? "" : "s", s, p);
			free(s);
			free(p);
			v[i].entries_saved = entries_of[i];
			saved_any = true;
		}
		free(path);
	}
	if (!status && store_sources_remove(st, v, n, judge, &err) != CC_OK) {
		status = fail_inert(&err);
		errorf("nothing was removed%s", saved_any ? " (the files saved above stay)" : "");
	}
	for (size_t i = 0; i < n && !status; i++) {
		char *s = safes(v[i].name);
		printf("removed %s: %zu claim%s, %zu conflict%s, %zu agreement%s", s, v[i].claims,
		       v[i].claims == 1 ? "" : "s", v[i].conflicts, v[i].conflicts == 1 ? "" : "s",
		       v[i].agreements, v[i].agreements == 1 ? "" : "s");
		if (v[i].annotated)
			printf(", the annotations of %zu claim%s (saved)", v[i].annotated,
			       v[i].annotated == 1 ? "" : "s");
		if (v[i].years)
			printf("; %zu date%s of other sources took another year", v[i].years,
			       v[i].years == 1 ? "" : "s");
		printf("\n");
		free(s);
	}
	free(v);
	free(entries_of);
	store_close(st);
	return status;
}
