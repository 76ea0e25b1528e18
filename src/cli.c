/* cli: the command line. With main.c, the only place that prints to stdout
 * and stderr and decides exit statuses (0 success, 1 runtime error or
 * refused input, 2 usage error).
 *
 * Owns: option parsing, the command table (which also generates --help and
 * `help COMMAND`), text and jsonl output, progress on a terminal.
 * Must not: run SQL (store.h does), draw with curses (ui/ does), or write
 * article text to the terminal without text_sanitize.
 */
#include "config.h"

#include "cli.h"
#include "jsonw.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <jansson.h>
#include <libgen.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "conflict.h"
#include "dateline.h"
#include "export.h"
#include "extract.h"
#include "ingest.h"
#include "lexicon.h"
#include "standalone.h"
#include "store.h"
#include "text.h"
#include "ui.h"

#define EXIT_USAGE 2
#define MAX_ARTICLE_BYTES ((size_t)64 << 20)

struct cli {
	const char *db_opt;       /* --db, or NULL */
	const char *reviewer_opt; /* --reviewer, or NULL */
};

/* ---- messages -------------------------------------------------------------- */

/* Every message names things the user gave (file names, source names),
 * which may hold escape sequences: the whole line goes out sanitised. */
static void put_message(const char *msg)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "crosscheck: ");
	text_sanitize(msg, strlen(msg), false, &b);
	buf_addc(&b, '\n');
	fwrite(b.data, 1, b.len, stderr);
	buf_free(&b);
}

static void CC_PRINTF(1, 2) errorf(const char *fmt, ...)
{
	va_list ap;
	struct buf b;
	buf_init(&b);
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(&b, n > 0 ? (size_t)n : 0);
	va_start(ap, fmt);
	vsnprintf(b.data, b.cap, fmt, ap);
	va_end(ap);
	put_message(b.data);
	buf_free(&b);
}

/* Reports a recorded error and maps it to an exit status. */
static int fail(struct cc_err *err)
{
	if (err->msg)
		errorf("%s", err->msg);
	int code = err->status == CC_ERR_USAGE ? EXIT_USAGE : 1;
	cc_err_clear(err);
	return code;
}

/* Prints untrusted text (article titles, sentences) made inert. */
static void put_safe(FILE *f, const char *s, size_t len)
{
	struct buf b;
	buf_init(&b);
	text_sanitize(s, len, false, &b);
	if (b.len)
		fwrite(b.data, 1, b.len, f);
	buf_free(&b);
}

/* Prints an untrusted note between double quotes, made inert and
 * unambiguous: a quote or a backslash in it is escaped with a backslash,
 * a line break is \n (a note may hold several lines). */
static void put_quoted(FILE *f, const char *s)
{
	fputc('"', f);
	size_t a = 0, i = 0;
	for (; s[i]; i++) {
		const char *esc = s[i] == '"' ? "\\\"" : s[i] == '\\' ? "\\\\" : s[i] == '\n' ? "\\n" : NULL;
		if (!esc)
			continue;
		put_safe(f, s + a, i - a);
		fputs(esc, f);
		a = i + 1;
	}
	put_safe(f, s + a, i - a);
	fputc('"', f);
}

/* A sentence in a text listing (claims, conflicts, corroborations): at
 * most SHOWN_CHARS characters (to a word's end), then how much is left
 * out; a page-long run without a full stop (a table, a list, a broken
 * file) would bury the listing. The jsonl formats, export and `show` keep
 * it whole. */
#define SHOWN_CHARS 800
static void put_sentence(FILE *f, const char *s, size_t len)
{
	size_t chars = 0, cut = len;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == SHOWN_CHARS) {
			cut = i;
			break;
		}
	if (cut == len) {
		put_safe(f, s, len);
		return;
	}
	/* at a word's end when one is near, no space before the mark */
	size_t w = cut;
	while (w > 0 && cut - w < 80 && s[w - 1] != ' ')
		w--;
	if (w > 0 && cut - w < 80)
		cut = w;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	put_safe(f, s, cut);
	size_t more = 0;
	for (size_t i = cut; i < len; i++)
		more += ((unsigned char)s[i] & 0xC0) != 0x80;
	fprintf(f, " \u2026 (%zu more characters; --format jsonl shows it whole)", more);
}

static void put_safes(FILE *f, const char *s)
{
	if (s)
		put_safe(f, s, strlen(s));
}

static void json_print(json_t *obj)
{
	size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(JSONW_REAL_DIGITS);
	/* On a terminal, escape everything beyond ASCII so that no bidi or C1
	 * control can reach it; the JSON means the same. */
	if (isatty(STDOUT_FILENO))
		flags |= JSON_ENSURE_ASCII;
	char *s = json_dumps(obj, flags);
	if (s) {
		puts(s);
		free(s);
	}
}

static json_t *json_str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* jansson wants valid UTF-8; stored text always is, but be safe. */
static json_t *json_strn(const char *s, size_t n)
{
	json_t *j = json_stringn(s, n);
	if (!j) {
		struct buf b;
		buf_init(&b);
		text_sanitize(s, n, true, &b);
		j = json_stringn(b.data ? b.data : "", b.len);
		buf_free(&b);
	}
	return j;
}

enum format { FMT_TEXT, FMT_JSONL };

static bool parse_format(const char *s, enum format *f)
{
	if (strcmp(s, "text") == 0)
		*f = FMT_TEXT;
	else if (strcmp(s, "jsonl") == 0)
		*f = FMT_JSONL;
	else
		return false;
	return true;
}

/* ---- the command table ------------------------------------------------------- */

struct command {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
	const char *usage;
	const char *summary;
	const char *help; /* options and details, one per line */
};

static int cmd_add(struct cli *cli, int argc, char **argv);
static int cmd_list(struct cli *cli, int argc, char **argv);
static int cmd_show(struct cli *cli, int argc, char **argv);
static int cmd_help(struct cli *cli, int argc, char **argv);
static int cmd_extract(struct cli *cli, int argc, char **argv);
static int cmd_claims(struct cli *cli, int argc, char **argv);
static int cmd_conflicts(struct cli *cli, int argc, char **argv);
static int cmd_corroborations(struct cli *cli, int argc, char **argv);
static int cmd_annotate(struct cli *cli, int argc, char **argv);
static int cmd_review(struct cli *cli, int argc, char **argv);
static const char *default_reviewer(const char *opt);

/* export, import, agreement and remove live in src/cli_export.c */
static int cmd_export(struct cli *cli, int argc, char **argv)
{
	return cli_export(cli->db_opt, argc, argv);
}
static int cmd_import(struct cli *cli, int argc, char **argv)
{
	return cli_import(cli->db_opt, argc, argv);
}
static int cmd_agreement(struct cli *cli, int argc, char **argv)
{
	return cli_agreement(cli->db_opt, argc, argv);
}
/* remove too (its --force saves annotations with the export); it judges
 * again with add's rules (below) */
static int remove_judged(const char *db, int argc, char **argv);
static int cmd_refresh(struct cli *cli, int argc, char **argv);
static int bad_date(const struct command *c, const char *date);
static int cmd_remove(struct cli *cli, int argc, char **argv)
{
	return remove_judged(cli->db_opt, argc, argv);
}

static const struct command commands[] = {
	{
		.name = "add",
		.run = cmd_add,
		.usage = "add [--name NAME] [--date YYYY-MM-DD] [--url URL] [--story NAME] [--as text|html] "
			 "(FILE... | --files-from LIST)",
		.summary = "add articles (text or web pages; - for standard input) to the store",
		.help = "  --name NAME        the source's name (default: the file's base name;\n"
			"                     only with a single FILE)\n"
			"  --date YYYY-MM-DD  the publication date (default: found in the text)\n"
			"  --url URL          where the article was published\n"
			"  --story NAME       the story the articles belong to (default: one story)\n"
			"  --files-from LIST  read the files to add from LIST, one a line: PATH, or\n"
			"                     STORY<TAB>PATH to give each its story\n"
			"  --as text|html     read the files as text or as web pages (default: a\n"
			"                     file named *.html, *.htm or *.xhtml, or starting with\n"
			"                     <!doctype html or <html, is a page)\n"
			"A page's article text is read (scripts, navigation, footers dropped); its\n"
			"title, URL (canonical), date (published time) and outlet (site name) are\n"
			"taken after --date and --url, before the text's dateline and Source: line.\n"
			"Each FILE is taken or refused on its own; the same text added twice is\n"
			"reported and not added again. Exit status 1 if any file was refused.\n",
	},
	{
		.name = "list",
		.run = cmd_list,
		.usage = "list [--format text|jsonl]",
		.summary = "list the sources in the store, one a line",
		.help = "  --format text|jsonl  text columns (default) or one JSON object a line\n"
			"                       with name, title, date, sentences, ...\n",
	},
	{
		.name = "show",
		.run = cmd_show,
		.usage = "show SOURCE [--format text|jsonl]",
		.summary = "print the sentences of one source",
		.help = "  --format text|jsonl  text (default; boilerplate marked with ~) or one\n"
			"                       JSON object a sentence with index, paragraph, start,\n"
			"                       end (byte offsets), text, boilerplate\n",
	},
	{
		.name = "extract",
		.run = cmd_extract,
		.usage = "extract [--date YYYY-MM-DD] [--format text|jsonl] [--jobs N] [--as text|html] FILE...",
		.summary = "print the mentions found in articles (no store involved)",
		.help = "  --date YYYY-MM-DD    the document date for relative dates and missing years\n"
			"                       (default: found in the text)\n"
			"  --format text|jsonl  text (default) or one JSON object a mention with source,\n"
			"                       type, text, start, end, sentence, value, lo, hi, unit,\n"
			"                       event, subject, ...\n"
			"  --jobs N             extract N files at a time (default: one a processor,\n"
			"                       at most 8); the output is in the order given\n"
			"  --as text|html       read the files as text or as web pages (default: as\n"
			"                       add guesses, from the name and the first bytes)\n",
	},
	{
		.name = "claims",
		.run = cmd_claims,
		.usage = "claims [--source NAME] [--verdict V|none] [--format text|jsonl]",
		.summary = "list the claims stored for the sources, with their verdicts",
		.help = "  --source NAME        only this source's claims\n"
			"  --verdict V|none     only the claims whose current verdict is V (true,\n"
			"                       false, misleading, unverifiable), or none yet\n"
			"  --format text|jsonl  text (default) or one JSON object a claim with id,\n"
			"                       source, text, start, end, subject, event, slots, score,\n"
			"                       verdict, note, tags\n"
			"Text: a claim's state ends its first line, as [false #tag \u270E] (\u270E: it\n"
			"has a note); a claim without verdict, tags or note shows none.\n",
	},
	{
		.name = "conflicts",
		.run = cmd_conflicts,
		.usage = "conflicts [--kind K] [--story S] [--format text|jsonl]",
		.summary = "list where sources disagree, each with the reason in words",
		.help = "  --kind K             only conflicts of this kind: date-event, event-date,\n"
			"                       date-scope, quantity, polarity, attribution,\n"
			"                       same-source (an article against itself)\n"
			"  --story S            only conflicts within this story\n"
			"  --format text|jsonl  text (default) or one JSON object a conflict with id,\n"
			"                       kind, severity, rule, key, explanation, a and b\n",
	},
	{
		.name = "corroborations",
		.run = cmd_corroborations,
		.usage = "corroborations [--story S] [--claim ID] [--format text|jsonl]",
		.summary = "list where sources agree, each with what they agree on in words",
		.help = "  --story S            only agreements within this story\n"
			"  --claim ID           only the agreements this claim takes part in (the\n"
			"                       sources counted in its support)\n"
			"  --format text|jsonl  text (default) or one JSON object an agreement with id,\n"
			"                       rule, key, story, explanation, a and b\n"
			"Not reviewers' agreement: 'crosscheck agreement' compares verdicts.\n",
	},
	{
		.name = "review",
		.run = cmd_review,
		.usage = "review [--reviewer NAME] [--source NAME] [--read-only]",
		.summary = "open the review: articles beside their claims, conflicts, annotation",
		.help = "  --reviewer NAME      who annotates in this session (default: $USER or login)\n"
			"  --source NAME        open this source first (default: the first one)\n"
			"  --read-only          browse only: every key that would write the store says\n"
			"                       so and writes nothing (a store this user cannot write\n"
			"                       is always reviewed so)\n"
			"Keys: press ? in the review, or see README.md.\n",
	},
	{
		.name = "annotate",
		.run = cmd_annotate,
		.usage = "annotate CLAIM-ID [--verdict true|false|misleading|unverifiable|none] "
			 "[--note TEXT] [--tag TAG]... [--untag TAG]... [--reviewer NAME] [--undo|--redo] "
			 "[--history]",
		.summary = "annotate a claim from scripts (what the review's keys do)",
		.help = "  --verdict V          true, false, misleading, unverifiable, or none to clear\n"
			"                       yours\n"
			"  --note TEXT          set the note ('' clears it)\n"
			"  --tag TAG            add a tag (repeatable); --untag TAG removes one\n"
			"  --reviewer NAME      who annotates (default: $USER or login)\n"
			"  --undo, --redo       undo or redo the reviewer's latest action (no CLAIM-ID),\n"
			"                       then print the claim's state\n"
			"  --history            print the claim's annotation log instead\n"
			"Each annotation is appended to the log and committed before crosscheck\n"
			"exits. It starts from the reviewer's own latest entry on the claim; the\n"
			"claim shows the state merged from every reviewer's entries by time.\n"
			"An annotation that would change nothing writes nothing, prints\n"
			"'claim N: nothing changed: WHY; STATE' and exits 0.\n",
	},
	{
		.name = "export",
		.run = cmd_export,
		.usage = "export [--format json|jsonl|csv|markdown|wadm|claimreview] "
			 "[--only annotated|conflicts|all] [--source NAME] [--story S] "
			 "[--review-url-base URL] [--publisher NAME] [-o FILE|-]",
		.summary = "export claims with their verdicts, notes, tags and conflicts",
		.help = "  --format F             json (default): one document with sources, claims,\n"
			"                         conflicts and sessions; jsonl: one claim a line with a\n"
			"                         FEVER label; csv: RFC 4180, one claim a row with its\n"
			"                         conflicts and who gave the verdict; markdown: a\n"
			"                         fact-check report; wadm: W3C Web Annotation JSON-LD;\n"
			"                         claimreview: schema.org ClaimReview JSON-LD\n"
			"  --only WHICH           all claims (default), the annotated ones, or the ones in\n"
			"                         a conflict\n"
			"  --source NAME          only this source's claims\n"
			"  --story S              only this story's claims\n"
			"  --review-url-base URL  an absolute http(s) URL, joined with a /; claimreview:\n"
			"                         each review's url is URL/KEY; wadm: the collection's\n"
			"                         and each annotation's id are under URL\n"
			"  --publisher NAME       claimreview: the publishing organisation (the author;\n"
			"                         the reviewer is then a contributor)\n"
			"  -o, --output FILE      write FILE (a temporary file beside it, renamed when\n"
			"                         complete); - or no -o: standard output\n",
	},
	{
		.name = "import",
		.run = cmd_import,
		.usage = "import [--dry-run] [--partial] FILE",
		.summary = "merge the annotations of a json export into this store",
		.help = "  --dry-run   check the file and report what would be imported; change nothing\n"
			"  --partial   import what can be placed when some claims of sources held here\n"
			"              cannot be (they are reported; exit 0)\n"
			"Annotations are placed by claim key, on claims of sources this store holds;\n"
			"claims that cannot be placed are reported, never guessed. Entries already\n"
			"here are not added twice. The import is one transaction, all or nothing: when\n"
			"an annotated claim of a source held here (by text or by name) cannot be\n"
			"placed, nothing is imported and the exit status is 1, unless --partial.\n"
			"Claims of sources not held here are reported (exit 0). The claims whose shown\n"
			"verdict changed are named.\n",
	},
	{
		.name = "agreement",
		.run = cmd_agreement,
		.usage = "agreement [--story S] [--format text|jsonl]",
		.summary = "list where reviewers disagree, and Cohen's kappa for each pair",
		.help = "  --story S            only the claims of this story (a story no source\n"
			"                       belongs to is refused: exit 1)\n"
			"  --format text|jsonl  text (default) or one JSON object a line: each\n"
			"                       disagreement, then each pair of reviewers\n"
			"Each reviewer's latest verdict on a claim counts; a pair's kappa is computed\n"
			"over the claims both reviewers judged (true, false, misleading, unverifiable).\n",
	},
	{
		.name = "remove",
		.run = cmd_remove,
		.usage = "remove [--force] SOURCE...",
		.summary = "take sources out of the store, with their claims and conflicts",
		.help = "  --force   remove annotated sources too, after saving their annotations to a\n"
			"            json export beside the store (the file is named)\n"
			"All or nothing, in one transaction. A source with annotated claims is refused\n"
			"without --force. Add the file again (with another --date or --story) and\n"
			"'crosscheck import' the saved file to put its annotations back.\n",
	},
	{
		.name = "refresh",
		.run = cmd_refresh,
		.usage = "refresh [--dry-run] [--force] [--story S] [--date YYYY-MM-DD SOURCE...] [SOURCE...]",
		.summary = "extract stored sources again with this version's rules",
		.help = "  --dry-run   report what would change; change nothing\n"
			"  --force     refresh sources whose annotated claims have no match too, after\n"
			"              saving those claims' annotations to a json export beside the\n"
			"              store (the file is named)\n"
			"  --story S   the sources of story S (without SOURCE: every source)\n"
			"  --date D    give the SOURCEs named the publication date D (YYYY-MM-DD), as\n"
			"              add --date does, keeping their claim ids and annotations\n"
			"Each source is extracted again from its stored text; a date given with\n"
			"--date at add stays, else the date and title are found again as add would;\n"
			"a claim found again (the same sentence, its slots at the same places) keeps\n"
			"its id and its annotations. The stories' years, conflicts and agreements\n"
			"are marked again as adding the sources in their order would. All or\n"
			"nothing, in one transaction.\n",
	},
	{
		.name = "help",
		.run = cmd_help,
		.usage = "help [COMMAND]",
		.summary = "show help for crosscheck or one command",
		.help = "",
	},
};

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(commands); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static void print_usage(FILE *f)
{
	fprintf(f,
		"Usage: crosscheck [--db PATH] COMMAND [ARGS...]\n"
		"       crosscheck [--db PATH] FILE...\n"
		"\n"
		"crosscheck reads several articles on one story, extracts their factual\n"
		"claims and marks where the sources disagree.\n"
		"\n"
		"  crosscheck FILE...   add the files (as 'add' does), then open the review\n"
		"                       (when standard output is not a terminal, list the\n"
		"                       store's sources instead)\n"
		"\n"
		"Commands:\n");
	/* the summaries start in one column; a longer name has its own
	 * line, so that no line passes 80 columns */
	for (size_t i = 0; i < CC_ARRAY_LEN(commands); i++) {
		if (strlen(commands[i].name) > 8)
			fprintf(f, "  %s\n  %-8s %s\n", commands[i].name, "", commands[i].summary);
		else
			fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	}
	fprintf(f,
		"\n"
		"Options:\n"
		"  --db PATH   the store file (default: $CROSSCHECK_DB, else ./crosscheck.db)\n"
		"  --reviewer NAME  who annotates in the review (default: $USER or login)\n"
		"  --help      show this help\n"
		"  --version   show the version\n"
		"\n"
		"Run 'crosscheck help COMMAND' for a command's options.\n");
}

static void print_command_help(FILE *f, const struct command *c)
{
	fprintf(f, "Usage: crosscheck [--db PATH] %s\n\n%s.\n", c->usage, c->summary);
	if (c->help[0])
		fprintf(f, "\n%s", c->help);
}

static int CC_PRINTF(2, 3) usage_error(const struct command *c, const char *fmt, ...)
{
	va_list ap;
	struct buf b;
	buf_init(&b);
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(&b, n > 0 ? (size_t)n : 0);
	va_start(ap, fmt);
	vsnprintf(b.data, b.cap, fmt, ap);
	va_end(ap);
	put_message(b.data);
	buf_free(&b);
	if (c)
		fprintf(stderr, "Usage: crosscheck %s\n", c->usage);
	else
		fprintf(stderr, "Run 'crosscheck --help' for usage.\n");
	return EXIT_USAGE;
}

/* getopt_long for a command: every command also takes --db and --help.
 * Returns -2 after printing help (caller returns 0), -3 on a usage error
 * (caller returns 2). */
enum { OPT_DB = 1000, OPT_HELP };

static int next_opt(struct cli *cli, const struct command *c, int argc, char **argv,
		    const struct option *extra, size_t nextra)
{
	struct option longopts[16];
	size_t n = 0;
	for (size_t i = 0; i < nextra && n < 13; i++)
		longopts[n++] = extra[i];
	longopts[n++] = (struct option){"db", required_argument, NULL, OPT_DB};
	longopts[n++] = (struct option){"help", no_argument, NULL, OPT_HELP};
	longopts[n] = (struct option){0, 0, 0, 0};
	for (;;) {
		int o = getopt_long(argc, argv, "+:", longopts, NULL);
		if (o == OPT_DB) {
			if (!*optarg) {
				usage_error(c, "--db needs a file name, not an empty one");
				return -3;
			}
			cli->db_opt = optarg;
			continue;
		}
		if (o == OPT_HELP) {
			print_command_help(stdout, c);
			return -2;
		}
		if (o == '?') {
			usage_error(c, "unknown option '%s'", argv[optind - 1]);
			return -3;
		}
		if (o == ':') {
			usage_error(c, "option '%s' needs a value", argv[optind - 1]);
			return -3;
		}
		return o;
	}
}

/* Whether s is a whole decimal number above 0 (a claim id, a count of
 * jobs), stored in *out. */
static bool positive_number(const char *s, long long *out)
{
	char *end = NULL;
	long long v = strtoll(s, &end, 10);
	if (!*s || *end || v <= 0)
		return false;
	*out = v;
	return true;
}

/* ---- extraction glue ----------------------------------------------------------- */

/* The lexicon, loaded on first use and kept for the run. */
static struct lexicon *cli_lexicon(struct cc_err *err)
{
	static struct lexicon *lx;
	if (!lx && lexicon_load(lexicon_default_dir(), &lx, err) != CC_OK)
		return NULL;
	return lx;
}

static void iso_of_days(double days, char out[static 11])
{
	int y, m, d;
	civil_from_days((int64_t)days, &y, &m, &d);
	struct cc_date cd = {y, m, d};
	dateline_iso(&cd, out);
}

/* The words of a quotation reduced for comparison across sources: ASCII
 * lower-cased, punctuation and spacing collapsed to single spaces. */
static char *quote_norm(const char *s, size_t n)
{
	struct buf b;
	buf_init(&b);
	bool space = false;
	for (size_t i = 0; i < n && b.len < 240; i++) {
		unsigned char c = (unsigned char)s[i];
		bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
			    (c >= 'A' && c <= 'Z');
		if (!word) {
			space = b.len > 0;
			continue;
		}
		/* curly apostrophes and quotes are punctuation too */
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] >= 0x98 && (unsigned char)s[i + 2] <= 0x9F) {
			i += 2;
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_addc(&b, ' ');
		space = false;
		buf_addc(&b, (char)((c >= 'A' && c <= 'Z') ? c + 32 : c));
	}
	return buf_steal(&b);
}

/* A mention as a stored slot; strings point into the mention, the
 * extraction, or the two copies the caller frees. With copies NULL (the
 * jsonl writer reads the surface from the text itself), .text is NULL and
 * .norm points into the mention; with norm_copy NULL too, a quote's
 * reduced words are not made (.norm NULL: no record shows a quote's norm).
 * The names of m's enums come from mention.h's tables, read inline.
 * Inlined, so that the jsonl writer reads the fields where they are made. */
JSONW_INLINE void slot_of_mention_as(const struct extraction *x, const struct mention *m,
				     enum mention_type type, const char *text, struct store_slot *out,
				     char **text_copy, char **norm_copy)
{
	char *tc = NULL, *nc = NULL;
	const char *norm = NULL;
	if (type == M_QUOTE && m->direct) {
		if (norm_copy)
			norm = nc = quote_norm(text + m->start, m->end - m->start);
	} else if (m->measure[0])
		norm = text_copy ? (nc = xstrdup(m->measure)) : m->measure;
	if (text_copy)
		tc = xstrndup(text + m->start, m->end - m->start);
	*out = (struct store_slot){
		.type = mention_type_name(type),
		.text = tc,
		.value = m->value,
		.unit = m->unit,
		.gran = granularity_name(m->gran),
		.mod = mention_mod_name(m->mod),
		.start = m->start,
		.end = m->end,
		.lo = m->lo,
		.hi = m->hi,
		.has_lo = m->has_lo,
		.has_hi = m->has_hi,
		.year_from = m->year_from,
		.norm = norm,
	};
	if (text_copy)
		*text_copy = tc;
	if (norm_copy)
		*norm_copy = nc;
	/* an event's slot is its own value and its subject's (extract_slot_event
	 * and extract_slot_subject are not asked: they would answer otherwise) */
	if (type == M_EVENT) {
		static const char none[EXTRACT_SLOT_ARRAY] = ""; /* an array like the rest */
		out->event = m->value;
		out->subject = m->subject >= 0 && (size_t)m->subject < x->mentions.n
				       ? x->mentions.v[m->subject].value
				       : none;
	} else {
		out->event = extract_slot_event(x, m);
		out->subject = extract_slot_subject(x, m);
		out->subject_implied = extract_subject_implied(x, m, out->subject);
		out->elsewhen = extract_elsewhen(x, m);
	}
}
/* The same with m's type as the caller read it (type is m->type): where
 * the caller has tested it, a constant the tests of it here fold into. */
JSONW_INLINE void slot_of_mention(const struct extraction *x, const struct mention *m, const char *text,
				  struct store_slot *out, char **text_copy, char **norm_copy)
{
	slot_of_mention_as(x, m, m->type, text, out, text_copy, norm_copy);
}

/* Where the members of a slot go: a jansson object (claims) or the flat
 * jsonl writer (extract), so both list the same members in the same order.
 * A plain choice rather than function pointers: inlined, each member's key
 * stays a literal the writer copies as constants. */
struct sink {
	json_t *obj;         /* claims: the object the members are set on */
	struct jsonw_rec *r; /* extract: the record being written (obj unused) */
	struct day_memo *days; /* extract: DAY_MEMO days written before (or NULL) */
	bool fields;           /* extract: value, unit and norm (when not NULL) are
				* the mention's own arrays (see sink_field) */
	const struct named_members *named; /* extract: members from tables of names,
					    * rendered once (see struct named_members) */
	const struct mention *m;           /* extract: the mention the slot is of */
	signed char date;        /* the slot is a date (1) or not (0), as its maker
				  * knew; -1: told by its type's name */
};

/* The members whose value is a name from one of the static tables of names
 * (granularity, modifier, where a date's year came from, and an event's
 * negation with its modality), rendered whole (',' and key included) once
 * per writer for each value of the enum they show (an empty member where
 * the value shows none, as GRAN_NONE), and copied into each record by the
 * mention's enum: no name looked up, and one test for a slot's two
 * (granularity and modifier, which few mentions have). The last byte
 * of each holds its length; put_named copies the whole array (32 bytes, 48
 * for the two of an event). Out of range values read the entry after the
 * last (a name's table reads them as NULL, the modality's as "asserted"). */
#define NAMED_ROOM 32
#define NAMED_ROOM2 48
struct named_members {
	char gran[GRAN_MINUTE + 2][NAMED_ROOM];
	char mod[MOD_MORE + 2][NAMED_ROOM];
	char year[5][NAMED_ROOM];
	char negmod[2][MODAL_QUESTION + 1][NAMED_ROOM2];
};

JSONW_INLINE void put_named(struct jsonw_rec *r, const char *e, size_t size)
{
	char *p = jsonw_room(r, size);
	memcpy(p, e, size);
	r->p = p + (unsigned char)e[size - 1];
}

/* A day (days since 1970-01-01) already rendered as a quoted ISO date, for
 * the records of the same day that follow (a date mention's bounds are
 * mostly the same few days): DAY_MEMO of them, a day kept in the slot its
 * number modulo DAY_MEMO picks (see sink_day). */
#define DAY_MEMO 64
struct day_memo {
	int64_t day;
	bool set;
	char q[12]; /* "YYYY-MM-DD" with its quotes */
};

/* The room a jsonl record's members from "value" on ask for at most (see
 * jsonw_begin_bounded): slot_members, then an event's negation and modality
 * and a quote's speaker, and the record's end. Each string is held in one of
 * the mention's arrays (at most its size less one byte), or is the event or
 * subject (extract_slot_event: at most EXTRACT_SLOT_MAXLEN), or a member
 * from the tables of named members. */
#define KLEN(key) (sizeof key - 1)
#define MFIELD(f) sizeof ((struct mention *)0)->f
#define JSONL_SLOT_ROOM                                                                            \
	(JSONW_ROOM_STRZ(KLEN("value"), MFIELD(value), MFIELD(value) - 1) +                        \
	 2 * JSONW_ROOM_REAL(KLEN("lo")) + /* also null, both null, a day */                       \
	 JSONW_ROOM_STRZ(KLEN("unit"), MFIELD(unit), MFIELD(unit) - 1) +                           \
	 JSONW_ROOM_STRZ(KLEN("measure"), MFIELD(measure), MFIELD(measure) - 1) +                  \
	 2 * NAMED_ROOM + /* granularity, mod */                                                   \
	 JSONW_ROOM_STRZ(KLEN("event"), EXTRACT_SLOT_ARRAY, EXTRACT_SLOT_MAXLEN) +                 \
	 JSONW_ROOM_STRZ(KLEN("subject"), EXTRACT_SLOT_ARRAY, EXTRACT_SLOT_MAXLEN) +               \
	 JSONW_ROOM_RAW(KLEN("subject_implied"), 4) +                                               \
	 NAMED_ROOM + NAMED_ROOM2 + /* year; negated and modality */                              \
	 JSONW_ROOM_STRZ(KLEN("speaker"), MFIELD(value), MFIELD(value) - 1) + JSONW_ROOM_END)

JSONW_INLINE void sink_str(const struct sink *k, const char *key, const char *s)
{
	if (k->r)
		jsonw_str(k->r, key, s);
	else
		json_object_set_new(k->obj, key, s ? json_stringn(s, strlen(s)) : json_null());
}

JSONW_INLINE void sink_real(const struct sink *k, const char *key, double v)
{
	if (k->r)
		jsonw_real(k->r, key, v);
	else
		json_object_set_new(k->obj, key, json_real(v));
}

/* A string from one of the mention's fixed arrays (cap its size): the
 * jsonl writer reads it by whole words (jsonw_strz), with no strlen. */
JSONW_INLINE void sink_field(const struct sink *k, const char *key, const char *s, size_t cap)
{
	if (k->r && k->fields)
		jsonw_strz(k->r, key, s, cap);
	else
		sink_str(k, key, s);
}

/* The event or the subject ("" or NULL: null): with fields, a string
 * extract_slot_event or extract_slot_subject returned (or slot_of_mention
 * put), an array of at least EXTRACT_SLOT_ARRAY bytes that the jsonl writer
 * reads by whole words. */
JSONW_INLINE void sink_slot_str(const struct sink *k, const char *key, const char *s)
{
	if (k->r && k->fields && s && *s)
		jsonw_strz(k->r, key, s, EXTRACT_SLOT_ARRAY);
	else
		sink_str(k, key, (s && *s) ? s : NULL);
}

/* A date's bound: its ISO form, made once per day when a memo is given
 * (the jsonl writer: the ISO form has nothing to escape, so it is written
 * as it is). */
JSONW_INLINE void sink_day(const struct sink *k, const char *key, double days)
{
	char iso[11];
	if (k->r && k->days) {
		struct day_memo *mm = &k->days[(uint64_t)(int64_t)days % DAY_MEMO];
		if (!mm->set || mm->day != (int64_t)days) {
			iso_of_days(days, iso);
			mm->q[0] = '"';
			memcpy(mm->q + 1, iso, 10);
			mm->q[11] = '"';
			mm->day = (int64_t)days;
			mm->set = true;
		}
		jsonw_raw(k->r, key, mm->q, 12);
		return;
	}
	iso_of_days(days, iso);
	sink_str(k, key, iso);
}

/* Where a date's year came from (struct mention's year_from) */
static const char *const year_from_names[] = {"explicit", "article", "document date",
					     "other sources", "unknown"};

/* A slot's members after "sentence": value, bounds, unit, measure,
 * granularity, modifier, event, subject and (dates) where the year came from.
 * Inlined into both callers, so that each keeps only its own kind of sink. */
JSONW_INLINE void slot_members(const struct sink *k, const struct store_slot *x)
{
	sink_field(k, "value", x->value, sizeof ((struct mention *)0)->value);
	bool date = k->date >= 0 ? k->date : x->type[0] == 'd' && strcmp(x->type, "date") == 0;
	if (k->r && !x->has_lo && !x->has_hi) {
		/* most mentions: both bounds null, one literal for the two */
		jsonw_raw(k->r, "lo", "null,\"hi\":null", 14);
	} else {
		if (!x->has_lo)
			sink_str(k, "lo", NULL);
		else if (date)
			sink_day(k, "lo", x->lo);
		else
			sink_real(k, "lo", x->lo);
		if (!x->has_hi)
			sink_str(k, "hi", NULL);
		else if (date)
			sink_day(k, "hi", x->hi);
		else
			sink_real(k, "hi", x->hi);
	}
	if (x->unit && *x->unit)
		sink_field(k, "unit", x->unit, sizeof ((struct mention *)0)->unit);
	else
		sink_str(k, "unit", NULL);
	if (x->norm && *x->norm && !(x->type[0] == 'q' && strcmp(x->type, "quote") == 0))
		sink_field(k, "measure", x->norm, sizeof ((struct mention *)0)->measure);
	if (k->named) {
		/* extract: both from the tables, when either shows (few do) */
		const struct mention *m = k->m;
		if (m->gran || m->mod) {
			put_named(k->r, k->named->gran[(unsigned)m->gran <= GRAN_MINUTE ? m->gran : GRAN_MINUTE + 1],
				  NAMED_ROOM);
			put_named(k->r, k->named->mod[(unsigned)m->mod <= MOD_MORE ? m->mod : MOD_MORE + 1],
				  NAMED_ROOM);
		}
	} else {
		if (x->gran)
			sink_str(k, "granularity", x->gran);
		if (x->mod)
			sink_str(k, "mod", x->mod);
	}
	sink_slot_str(k, "event", x->event);
	sink_slot_str(k, "subject", x->subject);
	/* only when true: most subjects are named, and a reader's missing
	 * member reads as false */
	if (x->subject_implied) {
		if (k->r)
			jsonw_raw(k->r, "subject_implied", "true", 4);
		else
			json_object_set_new(k->obj, "subject_implied", json_true());
	}
	if (date) {
		int from = x->year_from >= 0 && x->year_from <= 4 ? x->year_from : 4;
		if (k->named)
			put_named(k->r, k->named->year[from], NAMED_ROOM);
		else
			sink_str(k, "year", year_from_names[from]);
	}
}

/* A stored slot as a claim's jansson member. */
static json_t *slot_json(const struct store_slot *x)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string(x->type));
	json_object_set_new(o, "text", json_strn(x->text ? x->text : "", x->text ? strlen(x->text) : 0));
	json_object_set_new(o, "start", json_integer((json_int_t)x->start));
	json_object_set_new(o, "end", json_integer((json_int_t)x->end));
	slot_members(&(struct sink){.obj = o, .date = -1}, x);
	return o;
}

/* Runs extraction over an ingested document. claims: whether the
 * extraction's claims are wanted (the store's add); `extract` prints
 * mentions only and skips building them. */
static void extract_ingested(const struct lexicon *lx, const struct ingest_doc *doc,
			     struct extraction *x, bool claims)
{
	struct extract_sentence *es = xmalloc((doc->nsents ? doc->nsents : 1) * sizeof *es);
	for (size_t i = 0; i < doc->nsents; i++)
		es[i] = (struct extract_sentence){doc->sents[i].start, doc->sents[i].end,
						  doc->sents[i].boilerplate};
	struct extract_input in = {
		.text = doc->text, .len = doc->len, .sents = es, .nsents = doc->nsents,
		.no_claims = !claims,
	};
	/* a site's date banner tells when the page was shown, not when the
	 * article was written: "Friday" is not resolved against it */
	if (doc->date[0] && doc->date_origin != DATE_BANNER)
		dateline_parse_iso(doc->date, &in.date);
	extract_doc(lx, &in, x);
	free(es);
}

/* Store rows for the claims of an extraction; free with free_claim_rows. */
struct claim_rows {
	struct store_claim_in *claims;
	struct store_slot *slots;
	char **texts, **norms;
	size_t nclaims, nslots;
};

static void claim_rows_build(const struct lexicon *lx, const struct extraction *x, const char *text,
			     struct claim_rows *r)
{
	size_t total = 0;
	for (size_t i = 0; i < x->nclaims; i++)
		total += x->claims[i].nslots;
	r->claims = xcalloc(x->nclaims + 1, sizeof *r->claims);
	r->slots = xcalloc(total + 1, sizeof *r->slots);
	r->texts = xcalloc(total + 1, sizeof *r->texts);
	r->norms = xcalloc(total + 1, sizeof *r->norms);
	r->nclaims = x->nclaims;
	r->nslots = total;
	size_t k = 0;
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct claim *c = &x->claims[i];
		struct store_claim_in *o = &r->claims[i];
		o->sentence = c->sentence;
		o->start = c->start;
		o->end = c->end;
		o->subject = c->subject;
		o->subject_implied = c->subject_implied;
		o->elsewhen = c->elsewhen;
		o->actor = extract_claim_actor(x, c);
		o->event = c->event;
		o->lemma = c->lemma;
		o->scope = c->scope;
		o->speaker = c->speaker >= 0 ? x->mentions.v[c->speaker].value : NULL;
		o->negated = c->negated;
		o->modality = mention_modality_name(c->modality);
		o->score = c->score;
		o->slots = &r->slots[k];
		o->nslots = c->nslots;
		for (size_t j = 0; j < c->nslots; j++, k++) {
			slot_of_mention(x, &x->mentions.v[c->slots[j]], text, &r->slots[k], &r->texts[k],
					&r->norms[k]);
			/* what the store's lookups by unit match on (units.tsv) */
			r->slots[k].unit_key = lexicon_unit(lx, r->slots[k].unit);
		}
	}
}

static void claim_rows_free(struct claim_rows *r)
{
	for (size_t i = 0; i < r->nslots; i++) {
		free(r->texts[i]);
		free(r->norms[i]);
	}
	free(r->texts);
	free(r->norms);
	free(r->slots);
	free(r->claims);
	memset(r, 0, sizeof *r);
}

/* ---- the conflict rules, handed to the store ------------------------------------ */

struct judge_ctx {
	const struct lexicon *lx;
	struct cf_slot *slots;
	size_t cap;
	struct cf_result results[16];
};

static const char *unit_fold(const char *unit, void *ctx)
{
	return lexicon_unit(ctx, unit);
}

static const char *class_noun(const char *cls, void *ctx)
{
	return lexicon_event_noun(ctx, cls);
}

static const char *trigger_act(const char *lemma, void *ctx)
{
	return lexicon_event_act(ctx, lemma);
}

static const char *noun_class(const char *noun, void *ctx)
{
	return lexicon_noun_event(ctx, noun);
}

static bool trigger_once(const char *lemma, void *ctx)
{
	return lexicon_event_once(ctx, lemma);
}

static bool unit_payment(const char *measure, void *ctx)
{
	return lexicon_unit_payment(ctx, measure);
}

static bool occurrence_instant(const char *noun, void *ctx)
{
	return lexicon_instant(ctx, noun);
}

/* store_judge.unit_key: the fold the store's lookups by unit match on */
static const char *unit_key(void *vctx, const char *unit)
{
	const struct judge_ctx *j = vctx;
	return lexicon_unit(j->lx, unit);
}

static void cf_of_store(const struct store_claim *c, struct cf_slot *slots, struct cf_claim *out)
{
	for (size_t i = 0; i < c->nslots; i++) {
		const struct store_slot *x = &c->slots[i];
		slots[i] = (struct cf_slot){
			.type = x->type, .text = x->text, .value = x->value, .unit = x->unit,
			.gran = x->gran, .mod = x->mod, .event = x->event, .subject = x->subject,
			.norm = x->norm ? x->norm : "", .lo = x->lo, .hi = x->hi, .has_lo = x->has_lo,
			.has_hi = x->has_hi, .year_from = x->year_from, .ord = (int)i,
			.subject_implied = x->subject_implied, .elsewhen = x->elsewhen,
		};
	}
	int year = 0;
	for (size_t i = 0; i < c->nslots && !year; i++)
		if (strcmp(c->slots[i].type, "date") == 0 && c->slots[i].year_from != 4 &&
		    c->slots[i].value && c->slots[i].value[0] >= '0' && c->slots[i].value[0] <= '9')
			year = atoi(c->slots[i].value);
	if (!year && c->source_date)
		year = atoi(c->source_date);
	*out = (struct cf_claim){
		.year = year,
		.id = c->id, .source = c->source, .subject = c->subject, .event = c->event,
		.lemma = c->lemma, .speaker = c->speaker, .modality = c->modality, .scope = c->scope,
		.text = c->text, .text_len = c->text_len, .story_subject = c->story_subject,
		.subject_implied = c->subject_implied, .elsewhen = c->elsewhen,
		.negated = c->negated, .sentence = c->sentence, .slots = slots, .nslots = c->nslots,
	};
}

static size_t judge_pair(void *vctx, const struct store_claim *a, const struct store_claim *b,
			 struct store_mark *out, size_t max)
{
	struct judge_ctx *j = vctx;
	j->slots = xgrow(j->slots, &j->cap, a->nslots + b->nslots + 1, sizeof *j->slots);
	struct cf_claim ca, cb;
	cf_of_store(a, j->slots, &ca);
	cf_of_store(b, j->slots + a->nslots, &cb);
	if (max > CC_ARRAY_LEN(j->results))
		max = CC_ARRAY_LEN(j->results);
	const struct cf_words words = {unit_fold, class_noun, trigger_act, noun_class, trigger_once,
				       unit_payment, occurrence_instant, (void *)j->lx};
	size_t n = conflict_judge(&ca, &cb, &words, j->results, max);
	for (size_t i = 0; i < n; i++) {
		const struct cf_result *r = &j->results[i];
		out[i] = (struct store_mark){
			.conflict = r->verdict == CF_CONFLICT, .kind = r->kind, .severity = r->severity,
			.rule = r->rule, .key = r->key, .explanation = r->explanation,
			.slot_a = r->slot_a, .slot_b = r->slot_b,
		};
	}
	return n;
}

static void judge_release(void *vctx, struct store_mark *marks, size_t n)
{
	struct judge_ctx *j = vctx;
	(void)marks;
	for (size_t i = 0; i < n && i < CC_ARRAY_LEN(j->results); i++)
		conflict_result_free(&j->results[i]);
}

/* remove with the rules add judges by: a story whose subject changes
 * without the source has its conflicts keyed "*" worded again */
static int remove_judged(const char *db, int argc, char **argv)
{
	struct cc_err err = {0};
	struct lexicon *lx = cli_lexicon(&err);
	if (!lx)
		return fail(&err);
	struct judge_ctx jctx = {.lx = lx};
	struct store_judge judge = {judge_pair, judge_release, &jctx, unit_key};
	int rc = cli_remove(db, &judge, argc, argv);
	free(jctx.slots);
	return rc;
}

/* ---- refresh ------------------------------------------------------------------ */

/* One stored source extracted again, as add would extract its file now. */
struct refreshed {
	struct store_source src;
	char *text;
	size_t len;
	struct ingest_doc doc;
	struct extraction x;
	struct claim_rows rows;
	struct store_sentence_in *ss;
	struct store_source_in in;
};

static void refreshed_free(struct refreshed *r)
{
	store_source_free(&r->src);
	free(r->text);
	free(r->ss);
	claim_rows_free(&r->rows);
	extraction_free(&r->x);
	ingest_doc_free(&r->doc);
}

/* What a web page gave at add that its stored text cannot give again: the
 * date of its publication metadata (origin meta) and its outlet's name (an
 * outlet no URL gives: upper case or a space; a URL's host is neither). */
static void refresh_keep_page(const struct store_source *src, bool meta_date,
			      struct ingest_doc *doc)
{
	if (meta_date && doc->date_origin == DATE_OPTION)
		doc->date_origin = DATE_META;
	const char *o = src->outlet;
	if (o && strpbrk(o, " ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
		free(doc->outlet);
		doc->outlet = xstrdup(o);
	}
}

/* Reads and extracts one source: its stored text, through ingest as add
 * does (the text is already normalised), with its stored URL. A date the
 * user gave at add (--date) stays; else the date, the title and the
 * outlet are found again with this version's rules, as add would find
 * them (a banner's date resolves nothing, as at add). */
static enum cc_status refresh_prepare(struct store *st, const struct lexicon *lx, const char *name,
				      const char *date, struct refreshed *r, struct cc_err *err)
{
	enum cc_status rc = store_source_get(st, name, &r->src, err);
	if (rc == CC_OK)
		rc = store_source_text(st, r->src.id, &r->text, &r->len, err);
	if (rc == CC_OK) {
		bool given = r->src.date && r->src.date_origin &&
			     strcmp(r->src.date_origin, ingest_date_origin_name(DATE_OPTION)) == 0;
		bool meta = r->src.date && r->src.date_origin &&
			    strcmp(r->src.date_origin, ingest_date_origin_name(DATE_META)) == 0;
		/* refresh --date: the date the user gives now; the stored text
		 * is text, also a web page's */
		struct ingest_opts io = {.url = r->src.url, .as = INGEST_TEXT,
					 .date = date ? date : given || meta ? r->src.date : NULL};
		rc = ingest_bytes(r->text, r->len, name, &io, &r->doc, err);
		if (rc == CC_OK)
			refresh_keep_page(&r->src, !date && meta, &r->doc);
	}
	if (rc != CC_OK)
		return rc;
	r->ss = xmalloc((r->doc.nsents ? r->doc.nsents : 1) * sizeof *r->ss);
	for (size_t i = 0; i < r->doc.nsents; i++) {
		const struct ingest_sentence *d = &r->doc.sents[i];
		r->ss[i] = (struct store_sentence_in){d->start, d->end, d->paragraph, d->boilerplate};
	}
	extract_ingested(lx, &r->doc, &r->x, true);
	claim_rows_build(lx, &r->x, r->doc.text, &r->rows);
	r->in = (struct store_source_in){
		.name = r->src.name, .hash = r->doc.hash, .text = r->doc.text, .len = r->doc.len,
		.sents = r->ss, .nsents = r->doc.nsents, .claims = r->rows.claims,
		.nclaims = r->rows.nclaims, .outlet = r->doc.outlet, .title = r->doc.title,
		.date = r->doc.date[0] ? r->doc.date : NULL,
		.date_origin = r->doc.date[0] ? ingest_date_origin_name(r->doc.date_origin) : NULL,
	};
	return CC_OK;
}

struct refresh_names {
	const char *story; /* NULL: every story */
	char **v;
	size_t n, cap;
};

static int refresh_name_one(const struct store_source *s, void *vctx)
{
	struct refresh_names *ns = vctx;
	if (ns->story && strcmp(ns->story, s->story ? s->story : "") != 0)
		return 0;
	ns->v = xgrow(ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
	ns->v[ns->n++] = xstrdup(s->name);
	return 0;
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* The start of a sentence for a message: at most about 60 bytes, cut at a
 * character's start, with "…" when cut; made inert by errorf. */
static char *sentence_start(const char *t)
{
	size_t n = strlen(t);
	if (n <= 64)
		return xstrdup(t);
	size_t k = 60;
	while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80)
		k--;
	return xasprintf("%.*s…", (int)k, t);
}

static void refresh_report(const struct store_refresh *r, bool saved, bool dry_run)
{
	if (r->unchanged) {
		printf("unchanged ");
		put_safes(stdout, r->name);
		printf("\n");
		return;
	}
	printf("%s ", dry_run ? "would refresh" : "refreshed");
	put_safes(stdout, r->name);
	printf(": %zu %s (was %zu; %zu new, %zu gone, %zu changed), %zu %s (was %zu), %zu %s (was %zu), "
	       "%zu annotated %s kept",
	       r->claims, plural(r->claims, "claim", "claims"), r->claims_was, r->added, r->gone,
	       r->changed, r->conflicts, plural(r->conflicts, "conflict", "conflicts"),
	       r->conflicts_was, r->agreements, plural(r->agreements, "agreement", "agreements"),
	       r->agreements_was, r->kept, plural(r->kept, "claim", "claims"));
	if (r->nlost)
		printf(", the annotations of %zu %s%s", r->nlost, plural(r->nlost, "claim", "claims"),
		       saved ? " (saved)" : " (to be saved)");
	if (r->date_changed) {
		printf("; dated %s", r->in->date ? r->in->date : "none");
		if (r->in->date)
			printf(" (%s)", r->in->date_origin);
		printf(", was ");
		put_safes(stdout, r->date_was ? r->date_was : "none");
		if (r->date_was && r->origin_was) {
			printf(" (");
			put_safes(stdout, r->origin_was);
			printf(")");
		}
	}
	if (r->title_changed && r->in->title) {
		printf("; its title is now \"");
		put_safes(stdout, r->in->title);
		printf("\"");
	} else if (r->title_changed) {
		printf("; it has no title now");
	}
	if (r->outlet_changed) {
		printf("; its outlet is now ");
		put_safes(stdout, r->in->outlet ? r->in->outlet : "none");
	}
	if (r->sentences_changed)
		printf("; its sentences are cut anew");
	printf("\n");
}

static int cmd_refresh(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("refresh");
	static const struct option opts[] = {
		{"dry-run", no_argument, NULL, 'n'},
		{"force", no_argument, NULL, 'f'},
		{"story", required_argument, NULL, 's'},
		{"date", required_argument, NULL, 'd'},
	};
	bool dry_run = false, force = false;
	const char *story = NULL, *date = NULL;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'n': dry_run = true; break;
		case 'f': force = true; break;
		case 's': story = optarg; break;
		case 'd': date = optarg; break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	struct cc_date dd;
	if (date && !dateline_parse_iso(date, &dd))
		return bad_date(c, date);
	if (date && optind >= argc)
		return usage_error(c, "--date needs the SOURCE names it dates (crosscheck list shows them)");
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_EXISTING, &st, &err) != CC_OK)
		return fail(&err);
	int status = 0;
	if (story)
		status = cli_story_check(st, story);
	/* the sources, each once, every one checked before anything is read */
	struct refresh_names names = {.story = story};
	if (!status && optind >= argc && store_sources_each(st, refresh_name_one, &names, &err) != CC_OK)
		status = fail(&err);
	for (int i = optind; i < argc && !status; i++) {
		bool seen = false;
		for (size_t k = 0; k < names.n && !seen; k++)
			seen = strcmp(names.v[k], argv[i]) == 0;
		if (seen)
			continue;
		struct store_source s;
		if (store_source_get(st, argv[i], &s, &err) != CC_OK) {
			status = fail(&err);
			break;
		}
		if (story && strcmp(story, s.story ? s.story : "") != 0) {
			errorf("%s belongs to the story '%s', not to '%s'", argv[i], s.story ? s.story : "",
			       story);
			status = 1;
		}
		store_source_free(&s);
		names.v = xgrow(names.v, &names.cap, names.n + 1, sizeof *names.v);
		names.v[names.n++] = xstrdup(argv[i]);
	}
	if (status)
		errorf("nothing was refreshed");
	struct lexicon *lx = NULL;
	if (!status && names.n && !(lx = cli_lexicon(&err)))
		status = fail(&err);
	struct refreshed *rs = xcalloc(names.n ? names.n : 1, sizeof *rs);
	struct store_refresh *v = xcalloc(names.n ? names.n : 1, sizeof *v);
	for (size_t i = 0; i < names.n && !status; i++) {
		if (refresh_prepare(st, lx, names.v[i], date, &rs[i], &err) != CC_OK) {
			status = fail(&err);
			errorf("nothing was refreshed");
			break;
		}
		v[i].name = names.v[i];
		v[i].in = &rs[i].in;
	}
	struct judge_ctx jctx = {.lx = lx};
	struct store_judge judge = {judge_pair, judge_release, &jctx, unit_key};
	bool saved = false;
	enum cc_status rc = CC_OK;
	if (!status && names.n && isatty(STDERR_FILENO))
		/* a long transaction: whoever runs it on a terminal knows why
		 * the others wait */
		fprintf(stderr, "crosscheck: refreshing %zu %s in one transaction; other crosscheck "
			"processes that write to this store wait until it ends\n",
			names.n, plural(names.n, "source", "sources"));
	if (!status && names.n)
		rc = store_sources_refresh(st, v, names.n, &judge, dry_run, &err);
	bool lost = false;
	for (size_t i = 0; i < names.n && rc == CC_ERR_INPUT && !status; i++)
		lost |= v[i].lost_entries > v[i].entries_saved;
	if (lost && !force) {
		for (size_t i = 0; i < names.n; i++) {
			if (!v[i].nlost)
				continue;
			errorf("%s: %zu annotated %s (%zu annotation %s) %s no match in the new extraction; "
			       "not refreshed", v[i].name, v[i].nlost, plural(v[i].nlost, "claim", "claims"),
			       v[i].lost_entries, plural(v[i].lost_entries, "entry", "entries"),
			       plural(v[i].nlost, "has", "have"));
			for (size_t k = 0; k < v[i].nlost; k++) {
				char *t = sentence_start(v[i].lost[k].text);
				errorf("  claim #%lld: \"%s\"", (long long)v[i].lost[k].id, t);
				free(t);
			}
		}
		errorf("nothing was refreshed: --force first saves those claims' annotations to a file "
		       "beside the store (and says which), then refreshes; 'crosscheck import FILE' "
		       "reads them back where their keys still name a claim");
		cc_err_clear(&err);
		status = 1;
	} else if (lost) {
		/* --force: the annotations go to a file before any is let go */
		cc_err_clear(&err);
		for (size_t i = 0; i < names.n && !status; i++) {
			if (!v[i].nlost)
				continue;
			if (dry_run) {
				printf("would save the annotations of %zu %s of ", v[i].nlost,
				       plural(v[i].nlost, "claim", "claims"));
				put_safes(stdout, v[i].name);
				printf(" to a file beside the store\n");
				v[i].entries_saved = v[i].lost_entries;
				continue;
			}
			int64_t *ids = xmalloc(v[i].nlost * sizeof *ids);
			for (size_t k = 0; k < v[i].nlost; k++)
				ids[k] = v[i].lost[k].id;
			char *path = cli_save_claims(st, "refreshed", v[i].name, ids, v[i].nlost, &err);
			free(ids);
			if (!path) {
				status = fail(&err);
				errorf("nothing was refreshed%s", saved ? " (the files saved above stay)" : "");
				break;
			}
			printf("saved the annotations of %zu %s of ", v[i].nlost,
			       plural(v[i].nlost, "claim", "claims"));
			put_safes(stdout, v[i].name);
			printf(" to ");
			put_safes(stdout, path);
			printf("\n");
			free(path);
			v[i].entries_saved = v[i].lost_entries;
			saved = true;
		}
		if (!status)
			rc = store_sources_refresh(st, v, names.n, &judge, dry_run, &err);
	}
	if (!status && rc != CC_OK) {
		status = fail(&err);
		errorf("nothing was refreshed%s", saved ? " (the files saved above stay)" : "");
	}
	for (size_t i = 0; i < names.n && !status; i++)
		refresh_report(&v[i], saved, dry_run);
	if (!status && !names.n)
		printf("nothing to refresh: the store holds no source\n");
	store_refresh_free(v, names.n);
	for (size_t i = 0; i < names.n; i++) {
		refreshed_free(&rs[i]);
		free(names.v[i]);
	}
	free(rs);
	free(v);
	free(names.v);
	free(jctx.slots);
	store_close(st);
	return status;
}

/* --format for the commands that print text or jsonl: false (after saying
 * why) when the value is neither */
static bool format_arg(const struct command *c, const char *arg, enum format *fmt)
{
	if (parse_format(arg, fmt))
		return true;
	usage_error(c, "unknown format '%s' (text or jsonl)", arg);
	return false;
}

/* --as text|html: how add and extract read their files (default: guessed
 * from the file's name and first bytes) */
static bool as_arg(const struct command *c, const char *arg, enum ingest_format *as)
{
	if (strcmp(arg, "text") == 0 || strcmp(arg, "html") == 0) {
		*as = arg[0] == 't' ? INGEST_TEXT : INGEST_HTML;
		return true;
	}
	usage_error(c, "--as takes text or html, not '%s'", arg);
	return false;
}

/* ---- add --------------------------------------------------------------------- */

struct progress {
	bool on;
	struct timespec last;
	size_t files, nfiles, bytes, sentences;
	bool shown;
};

static double since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress_show(struct progress *p, bool force)
{
	if (!p->on || (!force && since(&p->last) < 0.1))
		return;
	clock_gettime(CLOCK_MONOTONIC, &p->last);
	fprintf(stderr, "\rcrosscheck: adding %zu/%zu files, %.1f MB, %zu sentences\033[K",
		p->files, p->nfiles, (double)p->bytes / 1e6, p->sentences);
	fflush(stderr);
	p->shown = true;
}

static void progress_clear(struct progress *p)
{
	if (p->on && p->shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		p->shown = false;
	}
}

struct add_opts {
	const char *name, *date, *url, *story;
	enum ingest_format as; /* --as */
};

static char *default_name(const char *path)
{
	if (strcmp(path, "-") == 0)
		return xstrdup("stdin");
	char *tmp = xstrdup(path);
	char *b = xstrdup(basename(tmp));
	free(tmp);
	return b;
}

/* Adds one file. Returns 0 when added or already present, 1 when refused. */
/* One file made ready for the store: read, ingested and extracted (the
 * work that needs no store), or the reason it was refused. */
struct prepared {
	char *path, *story;
	char *errmsg; /* refused: the message; else NULL */
	size_t rawlen;
	struct ingest_doc doc;
	struct extraction x;
	struct claim_rows rows;
	struct store_sentence_in *ss;
	size_t nboiler;
	char *name, *abs;
};

static void prepare_file(const struct lexicon *lx, const char *path, const struct add_opts *o,
			 struct prepared *p)
{
	memset(p, 0, sizeof *p);
	struct cc_err err = {0};
	char *raw = NULL;
	if (ingest_read(path, MAX_ARTICLE_BYTES, &raw, &p->rawlen, &err) != CC_OK) {
		p->errmsg = xstrdup(err.msg ? err.msg : "cannot read");
		cc_err_clear(&err);
		return;
	}
	const char *label = strcmp(path, "-") == 0 ? "standard input" : path;
	struct ingest_opts io = {.date = o->date, .url = o->url, .as = o->as};
	enum cc_status rc = ingest_bytes(raw, p->rawlen, label, &io, &p->doc, &err);
	free(raw);
	if (rc != CC_OK) {
		p->errmsg = xstrdup(err.msg ? err.msg : "refused");
		cc_err_clear(&err);
		return;
	}
	p->name = o->name ? xstrdup(o->name) : default_name(path);
	p->ss = xmalloc((p->doc.nsents ? p->doc.nsents : 1) * sizeof *p->ss);
	for (size_t i = 0; i < p->doc.nsents; i++) {
		const struct ingest_sentence *d = &p->doc.sents[i];
		p->ss[i] = (struct store_sentence_in){d->start, d->end, d->paragraph, d->boilerplate};
		p->nboiler += d->boilerplate;
	}
	/* missing years that other sources can give are filled in by the
	 * store when the source is added, against everything stored by then */
	extract_ingested(lx, &p->doc, &p->x, true);
	claim_rows_build(lx, &p->x, p->doc.text, &p->rows);
	if (strcmp(path, "-") != 0)
		p->abs = realpath(path, NULL);
}

static void prepared_free(struct prepared *p)
{
	free(p->errmsg);
	free(p->name);
	free(p->abs);
	free(p->ss);
	claim_rows_free(&p->rows); /* all of these are safe on zeroed parts */
	extraction_free(&p->x);
	ingest_doc_free(&p->doc);
	memset(p, 0, sizeof *p);
}

/* Stores one prepared file and reports it. Returns 0 when added or already
 * there, 1 when refused. */
/* A text already stored keeps the date and story it was added with: when
 * this add asked for another (--date, --story), says so and returns 1, so a
 * user who re-adds to fix a date is not told nothing of it. */
static int duplicate_options(struct store *st, const struct prepared *p, const char *story,
			     const char *dup)
{
	struct store_source s;
	struct cc_err err = {0};
	if (!dup || store_source_get(st, dup, &s, &err) != CC_OK) {
		cc_err_clear(&err);
		return 0;
	}
	bool want_date = p->doc.date[0] && p->doc.date_origin == DATE_OPTION &&
			 !(s.date && strcmp(s.date, p->doc.date) == 0);
	const char *have_story = s.story ? s.story : "";
	bool want_story = story && strcmp(story, have_story) != 0;
	if (want_date || want_story) {
		/* (errorf makes the whole line safe) */
		errorf("%s is stored with date %s and story '%s'; %s%s%s not applied: a stored source keeps "
		       "what it was added with%s%s%s%s%s",
		       dup, s.date ? s.date : "none", have_story, want_date ? "--date" : "",
		       want_date && want_story ? " and " : "", want_story ? "--story" : "",
		       want_date ? " (to change its date, keeping its annotations: crosscheck refresh --date " : "",
		       want_date ? p->doc.date : "", want_date ? " " : "", want_date ? dup : "",
		       want_date ? ")" : "");
		if (want_story)
			errorf("to change its story: crosscheck remove %s, then add it again", dup);
	}
	store_source_free(&s);
	return want_date || want_story;
}

static int store_prepared(struct store *st, const struct store_judge *judge, struct prepared *p,
			  const char *story, struct progress *pg, bool *added)
{
	*added = false;
	progress_clear(pg);
	if (p->errmsg) {
		errorf("%s", p->errmsg);
		return 1;
	}
	struct store_source_in in = {
		.name = p->name,
		.path = p->abs ? p->abs : (strcmp(p->path, "-") == 0 ? NULL : p->path),
		.url = p->doc.url,
		.outlet = p->doc.outlet,
		.date = p->doc.date[0] ? p->doc.date : NULL,
		.date_origin = p->doc.date[0] ? ingest_date_origin_name(p->doc.date_origin) : NULL,
		.title = p->doc.title,
		.story = story,
		.hash = p->doc.hash,
		.text = p->doc.text,
		.len = p->doc.len,
		.sents = p->ss,
		.nsents = p->doc.nsents,
		.claims = p->rows.claims,
		.nclaims = p->rows.nclaims,
		.judge = judge,
	};
	struct cc_err err = {0};
	char *dup = NULL;
	enum cc_status rc = store_source_add(st, &in, NULL, &dup, &err);
	int status = 0;
	if (rc == CC_DUPLICATE) {
		printf("skipped ");
		put_safes(stdout, p->name);
		printf(": the same text is already in the store as ");
		put_safes(stdout, dup);
		printf("\n");
		status = duplicate_options(st, p, story, dup);
	} else if (rc != CC_OK) {
		fail(&err);
		status = 1;
	} else {
		*added = true;
		printf("added ");
		put_safes(stdout, p->name);
		printf(": %zu %s (%zu boilerplate), %zu %s", p->doc.nsents,
		       plural(p->doc.nsents, "sentence", "sentences"), p->nboiler, p->x.nclaims,
		       plural(p->x.nclaims, "claim", "claims"));
		if (p->doc.date[0])
			printf(", dated %s (%s)", p->doc.date, ingest_date_origin_name(p->doc.date_origin));
		else
			printf(", no date found (give one with --date)");
		printf("\n");
		pg->sentences += p->doc.nsents;
	}
	pg->bytes += p->rawlen;
	free(dup);
	return status;
}

/* The pipeline of a bulk add: a worker thread prepares the files in order
 * (reading, ingest, extraction: no store) while the main thread stores them,
 * so the two cores share the work. A ring of RING slots bounds the memory. */
enum { RING = 32 };

struct pipeline {
	const struct lexicon *lx;
	char **files;
	const struct add_opts *o;
	int nfiles;
	struct prepared *ring[RING]; /* owned; they hold pointers into themselves */
	int produced, consumed; /* counts of files prepared and taken */
	pthread_mutex_t mu;
	pthread_cond_t can_put, can_take;
};

static void *pipeline_worker(void *arg)
{
	struct pipeline *pl = arg;
	for (int i = 0; i < pl->nfiles; i++) {
		struct prepared *p = xmalloc(sizeof *p);
		prepare_file(pl->lx, pl->files[i], pl->o, p);
		pthread_mutex_lock(&pl->mu);
		while (pl->produced - pl->consumed >= RING)
			pthread_cond_wait(&pl->can_put, &pl->mu);
		pl->ring[pl->produced % RING] = p;
		pl->produced++;
		pthread_cond_signal(&pl->can_take);
		pthread_mutex_unlock(&pl->mu);
	}
	return NULL;
}

/* Adds files to the store; shared by `add` and `crosscheck FILE...`.
 * Returns an exit status. */
static int add_files(struct cli *cli, char **files, char **stories, int nfiles,
		     const struct add_opts *o)
{
	struct cc_err err = {0};
	struct lexicon *lx = cli_lexicon(&err);
	if (!lx)
		return fail(&err);
	size_t stdin_uses = 0;
	for (int i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") == 0 && stdin_uses++)
			return usage_error(find_command("add"), "standard input ('-') given more than once");
	/* The store is opened (and created) when the first file is ready for
	 * it: a run whose every file is refused leaves no new store behind. */
	struct store *st = NULL;
	const char *db_path = store_default_path(cli->db_opt);
	struct judge_ctx jctx = {.lx = lx};
	struct store_judge judge = {judge_pair, judge_release, &jctx, unit_key};
	struct progress pg = {.on = isatty(STDERR_FILENO) && nfiles > 1, .nfiles = (size_t)nfiles};
	clock_gettime(CLOCK_MONOTONIC, &pg.last);
	int status = 0;
	/* Bulk loads write in batches (each file still taken or refused on its
	 * own, as a savepoint): a store page is written once per batch rather
	 * than once per file. A batch is committed every BATCH_FILES files or
	 * BATCH_SECONDS, so other processes wait for at most about that long. */
	enum { BATCH_MIN = 32, BATCH_FILES = 512 };
	const double BATCH_SECONDS = 2.0;
	bool batching = nfiles >= BATCH_MIN;
	size_t in_batch = 0;
	struct timespec batch_start;
	clock_gettime(CLOCK_MONOTONIC, &batch_start);
	bool store_failed = false;
	struct pipeline pl = {.lx = lx, .files = files, .o = o, .nfiles = nfiles};
	pthread_t worker;
	bool threaded = nfiles > 1 && pthread_mutex_init(&pl.mu, NULL) == 0;
	if (threaded) {
		pthread_cond_init(&pl.can_put, NULL);
		pthread_cond_init(&pl.can_take, NULL);
		if (pthread_create(&worker, NULL, pipeline_worker, &pl) != 0) {
			threaded = false;
			pthread_cond_destroy(&pl.can_put);
			pthread_cond_destroy(&pl.can_take);
			pthread_mutex_destroy(&pl.mu);
		}
	}
	for (int i = 0; i < nfiles; i++) {
		struct prepared *p;
		if (threaded) {
			pthread_mutex_lock(&pl.mu);
			while (pl.produced <= pl.consumed)
				pthread_cond_wait(&pl.can_take, &pl.mu);
			p = pl.ring[pl.consumed % RING];
			pl.consumed++;
			/* the worker waits only on a full ring: wake it when half
			 * is free rather than once a file (a futex wake each) */
			if (pl.produced - pl.consumed == RING / 2)
				pthread_cond_signal(&pl.can_put);
			pthread_mutex_unlock(&pl.mu);
		} else {
			p = xmalloc(sizeof *p);
			prepare_file(lx, files[i], o, p);
		}
		p->path = files[i];
		bool added = false;
		if (!st && !p->errmsg && !store_failed) {
			if (store_open(db_path, STORE_OPEN_CREATE, &st, &err) != CC_OK ||
			    (batching && store_batch_begin(st, &err) != CC_OK)) {
				fail(&err);
				status = 1;
				store_failed = true;
				if (st) {
					store_close(st);
					st = NULL;
				}
			}
		}
		if (st || p->errmsg) {
			if (store_prepared(st, &judge, p, stories && stories[i] ? stories[i] : o->story,
					   &pg, &added))
				status = 1;
		}
		p->path = NULL;
		prepared_free(p);
		free(p);
		in_batch += added;
		pg.files = (size_t)i + 1;
		progress_show(&pg, false);
		if (st && batching && (in_batch >= BATCH_FILES || since(&batch_start) > BATCH_SECONDS)) {
			if (store_batch_commit(st, &err) != CC_OK) {
				errorf("the last %zu files added were not saved", in_batch);
				fail(&err);
				status = 1;
				batching = false;
			} else if (store_batch_begin(st, &err) != CC_OK) {
				fail(&err);
				status = 1;
				batching = false;
			}
			in_batch = 0;
			clock_gettime(CLOCK_MONOTONIC, &batch_start);
		}
	}
	if (threaded) {
		pthread_join(worker, NULL);
		pthread_cond_destroy(&pl.can_put);
		pthread_cond_destroy(&pl.can_take);
		pthread_mutex_destroy(&pl.mu);
	}
	if (st && batching && store_batch_commit(st, &err) != CC_OK) {
		errorf("the last %zu files added were not saved", in_batch);
		fail(&err);
		status = 1;
	}
	progress_clear(&pg);
	free(jctx.slots);
	if (st)
		store_close(st);
	return status;
}

/* The usage error for a --date dateline_parse_iso refused: a wrong form, or
 * the right form naming no calendar day ("2024-02-30"). */
static int bad_date(const struct command *c, const char *date)
{
	bool form = strlen(date) == 10 && date[4] == '-' && date[7] == '-';
	for (int i = 0; form && i < 10; i++)
		form = i == 4 || i == 7 || (date[i] >= '0' && date[i] <= '9');
	if (form)
		return usage_error(c, "--date '%s' is not a date: no such day in the calendar "
				      "(YYYY-MM-DD, month 01-12, a day the month has)", date);
	return usage_error(c, "--date '%s' is not a date of the form YYYY-MM-DD", date);
}

static int cmd_add(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("add");
	static const struct option opts[] = {
		{"name", required_argument, NULL, 'n'},
		{"date", required_argument, NULL, 'd'},
		{"url", required_argument, NULL, 'u'},
		{"story", required_argument, NULL, 's'},
		{"files-from", required_argument, NULL, 'F'},
		{"as", required_argument, NULL, 'a'},
	};
	struct add_opts o = {0};
	const char *list = NULL;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'n': o.name = optarg; break;
		case 'd': o.date = optarg; break;
		case 'u': o.url = optarg; break;
		case 's': o.story = optarg; break;
		case 'F': list = optarg; break;
		case 'a':
			if (!as_arg(c, optarg, &o.as))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc && !list)
		return usage_error(c, "add needs at least one FILE");
	if (list && optind < argc)
		return usage_error(c, "give FILEs or --files-from, not both");
	if (list && o.name)
		return usage_error(c, "--name works with a single FILE only");
	if (o.name && argc - optind > 1)
		return usage_error(c, "--name works with a single FILE only");
	if (o.name && !*o.name)
		return usage_error(c, "--name must not be empty");
	struct cc_date d;
	if (o.date && !dateline_parse_iso(o.date, &d))
		return bad_date(c, o.date);
	if (!list)
		return add_files(cli, argv + optind, NULL, argc - optind, &o);
	/* --files-from LIST: one PATH or STORY<TAB>PATH a line */
	struct cc_err err = {0};
	char *data = NULL;
	size_t len = 0;
	if (ingest_read(list, MAX_ARTICLE_BYTES, &data, &len, &err) != CC_OK)
		return fail(&err);
	char **paths = NULL, **stories = NULL;
	size_t n = 0, cap = 0, cap2 = 0, lineno = 0;
	int status = 0;
	for (char *line = data; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		if (*line && *line != '#') {
			char *tab = strchr(line, '\t');
			paths = xgrow(paths, &cap, n + 1, sizeof *paths);
			stories = xgrow(stories, &cap2, n + 1, sizeof *stories);
			if (tab) {
				*tab = '\0';
				stories[n] = line;
				paths[n] = tab + 1;
			} else {
				stories[n] = NULL;
				paths[n] = line;
			}
			if (!*paths[n]) {
				errorf("%s: line %zu: no file name", list, lineno);
				status = 1;
			} else {
				n++;
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	if (n && add_files(cli, paths, stories, (int)n, &o))
		status = 1;
	free(paths);
	free(stories);
	free(data);
	return status;
}

/* ---- list -------------------------------------------------------------------- */

struct list_ctx {
	enum format fmt;
};

static int list_one(const struct store_source *s, void *vctx)
{
	struct list_ctx *ctx = vctx;
	if (ctx->fmt == FMT_JSONL) {
		json_t *o = json_object();
		json_object_set_new(o, "name", json_string(s->name));
		json_object_set_new(o, "title", json_str_or_null(s->title));
		json_object_set_new(o, "date", json_str_or_null(s->date));
		json_object_set_new(o, "date_origin", json_str_or_null(s->date_origin));
		json_object_set_new(o, "url", json_str_or_null(s->url));
		json_object_set_new(o, "outlet", json_str_or_null(s->outlet));
		json_object_set_new(o, "story", json_string(s->story ? s->story : ""));
		json_object_set_new(o, "sentences", json_integer((json_int_t)s->sentences));
		json_object_set_new(o, "boilerplate", json_integer((json_int_t)s->boilerplate));
		json_object_set_new(o, "bytes", json_integer((json_int_t)s->len));
		json_object_set_new(o, "hash", json_str_or_null(s->hash));
		json_object_set_new(o, "path", json_str_or_null(s->path));
		json_object_set_new(o, "added", json_str_or_null(s->added));
		json_print(o);
		json_decref(o);
	} else {
		put_safes(stdout, s->name);
		/* a store made elsewhere is untrusted text too */
		printf("\t");
		put_safes(stdout, s->date ? s->date : "-");
		if (s->date && s->date_origin) {
			printf(" (");
			put_safes(stdout, s->date_origin);
			printf(")");
		}
		printf("\t");
		put_safes(stdout, s->story && *s->story ? s->story : "-");
		printf("\t%zu %s\t", s->sentences, plural(s->sentences, "sentence", "sentences"));
		put_safes(stdout, s->title ? s->title : "(no title)");
		printf("\n");
	}
	return 0;
}

static int cmd_list(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("list");
	static const struct option opts[] = {{"format", required_argument, NULL, 'f'}};
	enum format fmt = FMT_TEXT;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'f':
			if (!format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(c, "unexpected argument '%s'", argv[optind]);
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	struct list_ctx ctx = {fmt};
	enum cc_status rc = store_sources_each(st, list_one, &ctx, &err);
	store_close(st);
	return rc == CC_OK ? 0 : fail(&err);
}

/* ---- show -------------------------------------------------------------------- */

static int cmd_show(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("show");
	static const struct option opts[] = {{"format", required_argument, NULL, 'f'}};
	enum format fmt = FMT_TEXT;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'f':
			if (!format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	/* allow options after SOURCE too */
	const char *name = NULL;
	while (optind < argc) {
		if (name)
			return usage_error(c, "unexpected argument '%s'", argv[optind]);
		name = argv[optind++];
		while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
			if (ch == -2)
				return 0;
			if (ch == -3)
				return EXIT_USAGE;
			if (ch == 'f' && !format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
		}
	}
	if (!name)
		return usage_error(c, "show needs a SOURCE name ('crosscheck list' shows them)");
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	struct store_source src;
	char *text = NULL;
	size_t len = 0, n = 0;
	struct store_sentence *ss = NULL;
	if (store_source_get(st, name, &src, &err) != CC_OK) {
		store_close(st);
		return fail(&err);
	}
	if (store_source_text(st, src.id, &text, &len, &err) != CC_OK ||
	    store_sentences_get(st, src.id, &ss, &n, &err) != CC_OK) {
		store_source_free(&src);
		free(text);
		store_close(st);
		return fail(&err);
	}
	if (fmt == FMT_TEXT) {
		printf("# ");
		put_safes(stdout, src.name);
		if (src.title) {
			printf(": ");
			put_safes(stdout, src.title);
		}
		printf("\n# date: ");
		put_safes(stdout, src.date ? src.date : "unknown");
		if (src.date_origin) {
			printf(" (");
			put_safes(stdout, src.date_origin);
			printf(")");
		}
		if (src.url) {
			printf("\n# url: ");
			put_safes(stdout, src.url);
		}
		printf("\n");
	}
	size_t para = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		size_t s = ss[i].start < len ? ss[i].start : len;
		size_t e = ss[i].end < len ? ss[i].end : len;
		if (fmt == FMT_JSONL) {
			json_t *o = json_object();
			json_object_set_new(o, "source", json_string(src.name));
			json_object_set_new(o, "index", json_integer((json_int_t)ss[i].idx));
			json_object_set_new(o, "paragraph", json_integer((json_int_t)ss[i].paragraph));
			json_object_set_new(o, "start", json_integer((json_int_t)ss[i].start));
			json_object_set_new(o, "end", json_integer((json_int_t)ss[i].end));
			json_object_set_new(o, "text", json_strn(text + s, e - s));
			json_object_set_new(o, "boilerplate", json_boolean(ss[i].boilerplate));
			json_print(o);
			json_decref(o);
		} else {
			if (para != SIZE_MAX && ss[i].paragraph != para)
				printf("\n");
			para = ss[i].paragraph;
			printf("%4zu %c ", ss[i].idx, ss[i].boilerplate ? '~' : ' ');
			put_safe(stdout, text + s, e - s);
			printf("\n");
		}
	}
	free(ss);
	free(text);
	store_source_free(&src);
	store_close(st);
	return 0;
}

/* ---- extract ---------------------------------------------------------------- */

/* Strings every record of a document shares, quoted once (jsonw_quote):
 * the document's name and the name of each mention type; and, per type,
 * the two members every record starts with and the third's key and opening
 * quote (,"source":...,"type":...,"text":"), rendered once per document and
 * copied whole (with JSONW_PADDING bytes beyond their end, for
 * jsonw_members_open_str). Also the memo of days and the members
 * from tables of names. */
struct jsonl_shared {
	struct buf source;
	struct buf type[M__COUNT];
	struct buf head[M__COUNT];
	struct day_memo days[DAY_MEMO]; /* dates' bounds (see sink_day) */
	struct named_members named;
};

/* One mention as a jsonl record: source, type, text, offsets and sentence,
 * then the members of a claim's slot (slot_members), then the event's
 * negation and modality or the quote's speaker. Written without a jansson
 * tree: the extract output is ~3 bytes per article byte. Written through
 * the document's cursor r (jsonw_next). */
JSONW_INLINE void mention_jsonl(struct jsonw_rec *r, const struct extraction *xt, const struct mention *m,
				enum mention_type type, const char *text, struct jsonl_shared *sh)
{
	struct store_slot sl, *x = &sl;
	slot_of_mention_as(xt, m, type, text, &sl, NULL, NULL); /* a quote's norm is never shown */
	/* the room the whole record asks for at most, made once */
	size_t n = m->end - m->start;
	size_t room = (unsigned)type < M__COUNT
			      ? JSONW_ROOM_PADDED(sh->head[type].len)
			      : JSONW_ROOM_RAW(KLEN("source"), sh->source.len) +
					JSONW_ROOM_STRN(KLEN("type"), strlen(x->type));
	room += 3 * JSONW_ROOM_INT(KLEN("sentence")) + JSONL_SLOT_ROOM;
	/* the text: JSONW_ROOM_STRN covers what jsonw_members_open_str asks
	 * beyond JSONW_ROOM_PADDED (6n + 2) */
	/* (n is below 2^32, the offsets' type: with a 64-bit size_t nothing
	 * here can overflow, and the test folds away) */
	room = SIZE_MAX / 16 > UINT32_MAX || (n < SIZE_MAX / 16 && room < SIZE_MAX / 4)
		       ? room + JSONW_ROOM_STRN(KLEN("text"), n)
		       : SIZE_MAX; /* the allocator's error */
	jsonw_next(r, room);
	if ((unsigned)type < M__COUNT) { /* source and x->type rendered before, text's key */
		jsonw_members_open_str(r, sh->head[type].data, sh->head[type].len,
				       text + m->start, n, text);
	} else {
		jsonw_raw(r, "source", sh->source.data, sh->source.len);
		jsonw_str(r, "type", x->type);
		jsonw_strn(r, "text", text + m->start, n);
	}
	jsonw_int2(r, "start", (int64_t)x->start, "end", (int64_t)x->end);
	jsonw_count(r, "sentence", (int64_t)m->sentence);
	/* the slot's value, unit and norm are m's arrays (slot_of_mention);
	 * its granularity and modifier come from static tables of names */
	struct sink k = {.r = r, .days = sh->days, .fields = true, .named = &sh->named, .m = m,
			 .date = type == M_DATE}; /* x->type is mention_type_name's */
	slot_members(&k, x);
	if (type == M_EVENT) /* both from the table */
		put_named(r,
			  sh->named.negmod[m->negated][(unsigned)m->modality <= MODAL_QUESTION ? m->modality
											: MODAL_ASSERTED],
			  NAMED_ROOM2);
	if (type == M_QUOTE)
		jsonw_strz(r, "speaker", m->value, sizeof m->value);
	jsonw_next_end(r);
}

static void print_mention_text(FILE *f, const struct store_slot *x, long sentence)
{
	fprintf(f, "%4ld  %-8s ", sentence, x->type);
	put_safes(f, x->text);
	fprintf(f, "  ->  %s", x->value ? x->value : "");
	if (x->unit && *x->unit)
		fprintf(f, " [%s]", x->unit);
	if (x->mod)
		fprintf(f, " (%s)", x->mod);
	/* a range the value alone does not tell: "two or three years" is
	 * P2Y (2 to 3), "between 20 and 30" 20 (20 to 30) */
	else if (x->has_lo && x->has_hi && x->lo < x->hi && strcmp(x->type, "date") != 0)
		fprintf(f, " (%g to %g)", x->lo, x->hi);
	if (x->event && *x->event && strcmp(x->type, "event") != 0)
		fprintf(f, "  event %s", x->event);
	if (x->subject && *x->subject) {
		fputs("  subject ", f);
		put_safes(f, x->subject);
		if (x->subject_implied)
			fputs(" (implied)", f);
	}
	fputc('\n', f);
}

/* What every file of an extract run shares. */
struct extract_run {
	const struct lexicon *lx;
	const char *date; /* --date, or NULL */
	enum format fmt;
	enum ingest_format as; /* --as */
};

/* A writer of extract output: the JSON writer and the rendered heads and
 * memos of struct jsonl_shared. One per thread. */
struct extract_out {
	struct jsonw jw;
	struct jsonl_shared sh;
};

/* ,"key":"name" as the jsonl writer renders it, appended to b (nothing
 * when name is NULL) */
static void named_add(const struct jsonw *w, struct buf *b, const char *key, const char *name)
{
	if (!name)
		return;
	buf_adds(b, ",\"");
	buf_adds(b, key);
	buf_adds(b, "\":");
	jsonw_quote(w, b, name, strlen(name));
}

/* b's bytes as a table's member of size bytes (its length in the last
 * byte); b emptied */
static void named_set(char *e, size_t size, struct buf *b)
{
	if (b->len >= size)
		abort(); /* the tables' names are short */
	memset(e, 0, size);
	if (b->len)
		memcpy(e, b->data, b->len);
	e[size - 1] = (char)b->len;
	buf_clear(b);
}

static void named_members_init(const struct jsonw *w, struct named_members *nm)
{
	struct buf b;
	buf_init(&b);
	for (int g = 0; g <= GRAN_MINUTE + 1; g++) {
		named_add(w, &b, "granularity", granularity_name((enum granularity)g));
		named_set(nm->gran[g], NAMED_ROOM, &b);
	}
	for (int v = 0; v <= MOD_MORE + 1; v++) {
		named_add(w, &b, "mod", mention_mod_name((enum mention_mod)v));
		named_set(nm->mod[v], NAMED_ROOM, &b);
	}
	for (int y = 0; y < 5; y++) {
		named_add(w, &b, "year", year_from_names[y]);
		named_set(nm->year[y], NAMED_ROOM, &b);
	}
	for (int n = 0; n < 2; n++)
		for (int v = 0; v <= MODAL_QUESTION; v++) {
			buf_adds(&b, n ? ",\"negated\":true" : ",\"negated\":false");
			named_add(w, &b, "modality", mention_modality_name((enum modality)v));
			named_set(nm->negmod[n][v], NAMED_ROOM2, &b);
		}
	buf_free(&b);
}

/* Not thread-safe (jsonw_init reads the locale): called before any
 * worker starts. */
static void extract_out_init(struct extract_out *o, bool ascii)
{
	jsonw_init(&o->jw, ascii);
	o->sh = (struct jsonl_shared){.days = {{0}}};
	named_members_init(&o->jw, &o->sh.named);
	buf_init(&o->sh.source);
	for (int t = 0; t < M__COUNT; t++) {
		const char *name = mention_type_name((enum mention_type)t);
		buf_init(&o->sh.type[t]);
		buf_init(&o->sh.head[t]);
		jsonw_quote(&o->jw, &o->sh.type[t], name, strlen(name));
	}
}

static void extract_out_free(struct extract_out *o)
{
	jsonw_free(&o->jw);
	buf_free(&o->sh.source);
	for (int t = 0; t < M__COUNT; t++) {
		buf_free(&o->sh.type[t]);
		buf_free(&o->sh.head[t]);
	}
}

/* A document's mentions as jsonl records (name: the document's), flushed
 * into f whenever the writer holds 64 KB. The loop is here and
 * mention_jsonl inlined into it, so that what every record shares (the
 * writer, the shared heads, SSE2 constants) is set up once per document,
 * not once per record; kept out of line so that a profile shows its cost
 * apart. Returns 0, or 1 when f refused a write. */
static __attribute__((noinline)) int mentions_jsonl(struct extract_out *o, const struct extraction *x,
						    const char *text, const char *name, FILE *f)
{
	struct jsonl_shared *sh = &o->sh;
	buf_clear(&sh->source);
	jsonw_quote(&o->jw, &sh->source, name, strlen(name));
	for (int t = 0; t < M__COUNT; t++) {
		buf_clear(&sh->head[t]);
		buf_adds(&sh->head[t], ",\"source\":");
		buf_add(&sh->head[t], sh->source.data, sh->source.len);
		buf_adds(&sh->head[t], ",\"type\":");
		buf_add(&sh->head[t], sh->type[t].data, sh->type[t].len);
		buf_adds(&sh->head[t], ",\"text\":\""); /* left open */
		/* jsonw_members_open_str copies past len */
		buf_reserve(&sh->head[t], JSONW_PADDING);
	}
	int status = 0;
	/* one cursor for the document's records (jsonw_open): closed and
	 * opened again around each flush */
	struct jsonw_rec r = jsonw_open(&o->jw);
	/* the list's bounds read once (the writer's stores could alias them) */
	for (const struct mention *m = x->mentions.v, *me = m + x->mentions.n; m < me; m++) {
		/* the two commonest types (three records in four) written by
		 * copies of mention_jsonl with the type a constant: the tests of
		 * it, its name and its head fold */
		if (m->type == M_EVENT)
			mention_jsonl(&r, x, m, M_EVENT, text, &o->sh);
		else if (m->type == M_ENTITY)
			mention_jsonl(&r, x, m, M_ENTITY, text, &o->sh);
		else
			mention_jsonl(&r, x, m, m->type, text, &o->sh);
		if ((size_t)(r.p - o->jw.b.data) >= 1 << 16) {
			jsonw_close(&r);
			if (!jsonw_write(&o->jw, f))
				status = 1;
			r = jsonw_open(&o->jw);
		}
	}
	jsonw_close(&r);
	return status;
}

/* Reads, ingests and extracts one file and writes its mentions to f (text)
 * or into o's JSON writer, which is flushed into f whenever it holds 64 KB
 * (the caller flushes the rest). Returns 0; 1 with err set when the file is
 * refused (nothing of it written); 1 when f refused a write. */
static int extract_file(const struct extract_run *run, struct extract_out *o, const char *path,
			FILE *f, struct cc_err *err)
{
	char *raw = NULL;
	size_t rawlen = 0;
	if (ingest_read(path, MAX_ARTICLE_BYTES, &raw, &rawlen, err) != CC_OK)
		return 1;
	struct ingest_doc doc;
	struct ingest_opts io = {.date = run->date, .no_hash = true, .as = run->as};
	const char *label = strcmp(path, "-") == 0 ? "standard input" : path;
	enum cc_status rc = ingest_bytes(raw, rawlen, label, &io, &doc, err);
	free(raw);
	if (rc != CC_OK)
		return 1;
	int status = 0;
	char *name = default_name(path);
	struct extraction x;
	extract_ingested(run->lx, &doc, &x, false);
	if (run->fmt == FMT_JSONL) {
		status = mentions_jsonl(o, &x, doc.text, name, f);
	} else {
		fputs("# ", f);
		put_safes(f, name);
		fprintf(f, " (date %s)\n", doc.date[0] ? doc.date : "unknown");
		for (size_t k = 0; k < x.mentions.n; k++) {
			const struct mention *m = &x.mentions.v[k];
			struct store_slot sl;
			char *copy, *norm;
			slot_of_mention(&x, m, doc.text, &sl, &copy, &norm);
			print_mention_text(f, &sl, (long)m->sentence);
			free(copy);
			free(norm);
		}
	}
	extraction_free(&x);
	ingest_doc_free(&doc);
	free(name);
	return status;
}

/* The workers of `extract --jobs N`: each takes the next file, writes its
 * output into memory, and the main thread writes the files' outputs and
 * errors in the order given, as one worker would. Files are independent
 * (extract has no store, so no year is inferred across them). At most
 * `window` files are taken beyond the last one written, which bounds the
 * memory when one file is slow. */
struct extract_job {
	char *out; /* the file's output (open_memstream's) */
	size_t len;
	struct cc_err err; /* why the file was refused */
	int status;
	bool done;
};

struct extract_pool {
	const struct extract_run *run;
	char **files;
	int nfiles;
	struct extract_job *jobs;
	struct extract_out *outs; /* one per worker */
	int next;    /* the next file to take */
	int written; /* files the main thread has written out */
	int window;
	pthread_mutex_t mu;
	pthread_cond_t can_take; /* workers: the window moved */
	pthread_cond_t done;     /* the main thread: a file is done */
};

struct extract_worker_arg {
	struct extract_pool *pool;
	struct extract_out *out;
};

static void *extract_worker(void *varg)
{
	struct extract_worker_arg *a = varg;
	struct extract_pool *pl = a->pool;
	for (;;) {
		pthread_mutex_lock(&pl->mu);
		while (pl->next < pl->nfiles && pl->next - pl->written >= pl->window)
			pthread_cond_wait(&pl->can_take, &pl->mu);
		if (pl->next >= pl->nfiles) {
			pthread_mutex_unlock(&pl->mu);
			return NULL;
		}
		int i = pl->next++;
		pthread_mutex_unlock(&pl->mu);
		struct extract_job *j = &pl->jobs[i];
		FILE *f = open_memstream(&j->out, &j->len);
		if (!f) {
			cc_err_set(&j->err, CC_ERR_IO, "%s: no memory for its output", pl->files[i]);
			j->status = 1;
		} else {
			j->status = extract_file(pl->run, a->out, pl->files[i], f, &j->err);
			if (!jsonw_flush(&a->out->jw, f, 0) || fclose(f) != 0) {
				if (!j->err.msg)
					cc_err_set(&j->err, CC_ERR_IO, "%s: no memory for its output",
						   pl->files[i]);
				j->status = 1;
			}
		}
		pthread_mutex_lock(&pl->mu);
		j->done = true;
		pthread_cond_signal(&pl->done);
		pthread_mutex_unlock(&pl->mu);
	}
}

/* Runs the files on `jobs` workers; returns the exit status, or -1 when
 * no worker could be started (the caller runs them itself). */
static int extract_threaded(const struct extract_run *run, char **files, int nfiles, int jobs,
			    bool ascii)
{
	struct extract_pool pl = {
		.run = run, .files = files, .nfiles = nfiles, .window = 4 * jobs,
		.jobs = xcalloc((size_t)nfiles, sizeof *pl.jobs),
		.outs = xcalloc((size_t)jobs, sizeof *pl.outs),
	};
	struct extract_worker_arg *args = xcalloc((size_t)jobs, sizeof *args);
	pthread_t *tid = xcalloc((size_t)jobs, sizeof *tid);
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.can_take, NULL);
	pthread_cond_init(&pl.done, NULL);
	int started = 0;
	for (int w = 0; w < jobs; w++) {
		extract_out_init(&pl.outs[w], ascii);
		args[w] = (struct extract_worker_arg){&pl, &pl.outs[w]};
		if (pthread_create(&tid[w], NULL, extract_worker, &args[w]) != 0) {
			extract_out_free(&pl.outs[w]);
			break;
		}
		started++;
	}
	int status = started ? 0 : -1;
	for (int i = 0; i < nfiles && started; i++) {
		struct extract_job *j = &pl.jobs[i];
		pthread_mutex_lock(&pl.mu);
		while (!j->done)
			pthread_cond_wait(&pl.done, &pl.mu);
		pthread_mutex_unlock(&pl.mu);
		if (j->len && fwrite(j->out, 1, j->len, stdout) != j->len)
			status = 1;
		if (j->err.msg)
			fail(&j->err);
		if (j->status)
			status = 1;
		free(j->out);
		j->out = NULL;
		pthread_mutex_lock(&pl.mu);
		pl.written = i + 1;
		pthread_cond_broadcast(&pl.can_take);
		pthread_mutex_unlock(&pl.mu);
	}
	for (int w = 0; w < started; w++) {
		pthread_join(tid[w], NULL);
		extract_out_free(&pl.outs[w]);
	}
	pthread_cond_destroy(&pl.done);
	pthread_cond_destroy(&pl.can_take);
	pthread_mutex_destroy(&pl.mu);
	free(tid);
	free(args);
	free(pl.outs);
	free(pl.jobs);
	return status;
}

/* The workers `extract` runs by default: one a processor, at most 8. */
static int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

static int cmd_extract(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("extract");
	static const struct option opts[] = {
		{"date", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"jobs", required_argument, NULL, 'j'},
		{"as", required_argument, NULL, 'a'},
	};
	struct extract_run run = {.fmt = FMT_TEXT};
	int jobs = 0;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'd': run.date = optarg; break;
		case 'f':
			if (!format_arg(c, optarg, &run.fmt))
				return EXIT_USAGE;
			break;
		case 'j': {
			long long n;
			if (!positive_number(optarg, &n) || n > 64)
				return usage_error(c, "--jobs needs a number from 1 to 64, not '%s'", optarg);
			jobs = (int)n;
			break;
		}
		case 'a':
			if (!as_arg(c, optarg, &run.as))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error(c, "extract needs at least one FILE");
	struct cc_date d;
	if (run.date && !dateline_parse_iso(run.date, &d))
		return bad_date(c, run.date);
	struct cc_err err = {0};
	run.lx = cli_lexicon(&err);
	if (!run.lx)
		return fail(&err);
	int nfiles = argc - optind;
	if (!jobs)
		jobs = default_jobs();
	if (jobs > nfiles)
		jobs = nfiles;
	bool ascii = isatty(STDOUT_FILENO);
	int status = -1;
	if (jobs > 1) {
		fflush(stdout);
		status = extract_threaded(&run, argv + optind, nfiles, jobs, ascii);
	}
	if (status < 0) { /* one worker: this thread, writing as it goes */
		status = 0;
		struct extract_out o;
		extract_out_init(&o, ascii);
		for (int i = optind; i < argc; i++) {
			if (extract_file(&run, &o, argv[i], stdout, &err)) {
				if (err.msg)
					fail(&err);
				status = 1;
			}
		}
		if (!jsonw_flush(&o.jw, stdout, 0))
			status = 1;
		extract_out_free(&o);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		errorf("extract: cannot write the output: %s", strerror(errno));
		status = 1;
	}
	return status;
}

/* ---- claims -------------------------------------------------------------------- */

struct claims_ctx {
	enum format fmt;
	struct store *st;
	struct cc_err *err;
	const char *verdict; /* --verdict: a verdict, "none", or NULL for all */
};

/* A claim's current state at the end of its text line: " [false #a #b ✎]"
 * (verdict, tags, ✎ when it has a note); nothing when none is set. Tags
 * are untrusted and made inert. */
static void print_claim_marks(const char *verdict, const char *note, const char *tags)
{
	bool t = tags && *tags;
	if (!verdict && !note && !t)
		return;
	fputs(" [", stdout);
	const char *sep = "";
	if (verdict) {
		fputs(verdict, stdout);
		sep = " ";
	}
	for (const char *p = t ? tags : ""; *p;) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n) {
			printf("%s#", sep);
			put_safe(stdout, p, n);
			sep = " ";
		}
		p += n + (e ? 1 : 0);
	}
	if (note)
		printf("%s\u270E", sep);
	fputs("]", stdout);
}

/* A stored slot as csv and markdown show it ("number=14 mile"), made inert. */
static void print_claim_slot(const struct store_slot *x)
{
	struct export_slot es = {.type = x->type, .text = x->text, .value = x->value,
				 .unit = x->unit, .mod = x->mod, .norm = x->norm, .lo = x->lo,
				 .hi = x->hi, .has_lo = x->has_lo, .has_hi = x->has_hi};
	struct buf b;
	buf_init(&b);
	export_slot_line(&b, &es);
	put_safe(stdout, b.data ? b.data : "", b.len);
	buf_free(&b);
}

static int claims_one(const struct store_claim *c, void *vctx)
{
	struct claims_ctx *ctx = vctx;
	struct store_annotation cur;
	bool annotated = false;
	if (store_annotation_current(ctx->st, c->id, &cur, &annotated, ctx->err) != CC_OK)
		return 1;
	const char *verdict = annotated ? cur.verdict : NULL;
	const char *note = annotated ? cur.note : NULL;
	const char *tags = annotated ? cur.tags : "";
	int rc = 0;
	if (ctx->verdict &&
	    (strcmp(ctx->verdict, "none") == 0 ? verdict != NULL
					       : !verdict || strcmp(verdict, ctx->verdict) != 0))
		goto out;
	size_t support = 0, nconf = 0;
	if (store_claim_counts(ctx->st, c->id, &support, &nconf, ctx->err) != CC_OK) {
		rc = 1;
		goto out;
	}
	if (ctx->fmt == FMT_JSONL) {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(c->id));
		json_object_set_new(o, "key", json_string(c->key));
		json_object_set_new(o, "source", json_string(c->source));
		json_object_set_new(o, "sentence", json_integer((json_int_t)c->sentence));
		json_object_set_new(o, "text", json_strn(c->text, c->text_len));
		json_object_set_new(o, "start", json_integer((json_int_t)c->start));
		json_object_set_new(o, "end", json_integer((json_int_t)c->end));
		json_object_set_new(o, "subject", *c->subject ? json_string(c->subject) : json_null());
		if (c->subject_implied) /* only when true, as a slot's */
			json_object_set_new(o, "subject_implied", json_true());
		json_object_set_new(o, "event", *c->event ? json_string(c->event) : json_null());
		json_object_set_new(o, "lemma", *c->lemma ? json_string(c->lemma) : json_null());
		json_object_set_new(o, "speaker", json_str_or_null(c->speaker));
		json_object_set_new(o, "negated", json_boolean(c->negated));
		json_object_set_new(o, "modality", json_string(c->modality));
		json_t *slots = json_array();
		for (size_t i = 0; i < c->nslots; i++)
			json_array_append_new(slots, slot_json(&c->slots[i]));
		json_object_set_new(o, "slots", slots);
		json_object_set_new(o, "score", json_real(c->score));
		json_object_set_new(o, "support", json_integer((json_int_t)support));
		json_object_set_new(o, "conflicts", json_integer((json_int_t)nconf));
		json_object_set_new(o, "verdict", json_str_or_null(verdict));
		json_object_set_new(o, "note", note ? json_strn(note, strlen(note)) : json_null());
		json_object_set_new(o, "tags", export_tags_json(tags));
		json_print(o);
		json_decref(o);
		goto out;
	}
	printf("%-6lld ", (long long)c->id);
	put_safes(stdout, c->source);
	printf("  %.2f  support %zu  conflicts %zu  %s", c->score, support, nconf,
	       *c->event ? c->event : "-");
	if (*c->subject) {
		printf(" ");
		put_safes(stdout, c->subject);
		if (c->subject_implied)
			printf(" (implied)");
	}
	printf(" |");
	for (size_t i = 0; i < c->nslots; i++) {
		printf(i ? "; " : " ");
		print_claim_slot(&c->slots[i]);
	}
	print_claim_marks(verdict, note, tags);
	printf("\n       ");
	put_sentence(stdout, c->text, c->text_len);
	printf("\n");
out:
	if (annotated)
		store_annotation_free(&cur);
	return rc;
}

static int cmd_claims(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("claims");
	static const struct option opts[] = {
		{"source", required_argument, NULL, 's'},
		{"format", required_argument, NULL, 'f'},
		{"verdict", required_argument, NULL, 'v'},
	};
	enum format fmt = FMT_TEXT;
	const char *source = NULL, *verdict = NULL;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 's': source = optarg; break;
		case 'v':
			if (!store_verdict_valid(optarg) && strcmp(optarg, "none") != 0)
				return usage_error(c, "--verdict '%s': give true, false, misleading, "
						      "unverifiable or none", optarg);
			verdict = optarg;
			break;
		case 'f':
			if (!format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(c, "unexpected argument '%s'", argv[optind]);
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	if (source) {
		struct store_source src;
		if (store_source_get(st, source, &src, &err) != CC_OK) {
			store_close(st);
			return fail(&err);
		}
		store_source_free(&src);
	}
	struct claims_ctx ctx = {fmt, st, &err, verdict};
	enum cc_status rc = store_claims_each(st, source, claims_one, &ctx, &err);
	store_close(st);
	return rc == CC_OK && err.status == CC_OK ? 0 : fail(&err);
}

/* ---- conflicts ------------------------------------------------------------------ */

static json_t *side_json(const struct store_conflict_side *sd)
{
	json_t *o = json_object();
	json_object_set_new(o, "claim", json_integer(sd->claim));
	json_object_set_new(o, "source", json_string(sd->source));
	json_object_set_new(o, "text", json_strn(sd->text, sd->text_len));
	json_object_set_new(o, "start", json_integer((json_int_t)sd->start));
	json_object_set_new(o, "end", json_integer((json_int_t)sd->end));
	if (sd->slot_end > sd->slot_start) {
		json_object_set_new(o, "slot_start", json_integer((json_int_t)sd->slot_start));
		json_object_set_new(o, "slot_end", json_integer((json_int_t)sd->slot_end));
	}
	return o;
}

/* The conflicts listed, kept for the summary after the list
 * (standalone.h): their kinds, sources and differing words copied, as the
 * store owns its strings only during the callback. */
struct conflicts_ctx {
	enum format fmt;
	size_t n; /* conflicts listed */
	struct standalone_conflict *seen;
	size_t cap;
};

static void conflict_seen(struct conflicts_ctx *ctx, const struct store_conflict *c)
{
	ctx->seen = xgrow(ctx->seen, &ctx->cap, ctx->n, sizeof *ctx->seen);
	struct standalone_conflict *s = &ctx->seen[ctx->n - 1];
	s->id = c->id;
	s->kind = xstrdup(c->kind);
	const struct store_conflict_side *sides[2] = {&c->a, &c->b};
	for (int k = 0; k < 2; k++) {
		const struct store_conflict_side *me = sides[k];
		s->claim[k] = me->claim;
		s->source[k] = xstrdup(me->source ? me->source : "");
		s->slot[k] = standalone_slot(me->text, me->text_len, me->start, me->slot_start, me->slot_end);
	}
}

/* After the text listing: each source that stands alone, said once, so a
 * reader sees one difference where the list shows it pair by pair. */
static void print_standalone(const struct conflicts_ctx *ctx)
{
	struct standalone_group *g;
	size_t ng = standalone_find(ctx->seen, ctx->n, &g);
	if (ng)
		printf("\nWhere one source stands alone (the sources it meets do not dispute each other):\n");
	for (size_t i = 0; i < ng; i++) {
		printf("  ");
		put_safes(stdout, g[i].source);
		printf(", claim %lld", (long long)g[i].claim);
		if (g[i].slot) {
			printf(" (\"");
			put_safes(stdout, g[i].slot);
			printf("\")");
		}
		printf(": %zu %s conflicts (", g[i].nids, g[i].kind);
		for (size_t k = 0; k < g[i].nids; k++)
			printf("%s#%lld", k ? " " : "", (long long)g[i].ids[k]);
		printf(") with ");
		for (size_t k = 0; k < g[i].nothers; k++) {
			printf("%s", k ? ", " : "");
			put_safes(stdout, g[i].others[k]);
		}
		printf("\n");
	}
	standalone_free(g, ng);
}

static void conflicts_ctx_free(struct conflicts_ctx *ctx)
{
	if (ctx->seen)
		standalone_conflicts_free_strings(ctx->seen, ctx->n);
	free(ctx->seen);
}

/* The two sides of a listed conflict or corroboration, after its line:
 * "  a: SOURCE: sentence" and "  b: ...", printed inert. */
static void print_sides(const struct store_conflict_side *a, const struct store_conflict_side *b)
{
	printf("\n  a: ");
	put_safes(stdout, a->source);
	printf(": ");
	put_sentence(stdout, a->text, a->text_len);
	printf("\n  b: ");
	put_safes(stdout, b->source);
	printf(": ");
	put_sentence(stdout, b->text, b->text_len);
	printf("\n");
}

static int conflict_one(const struct store_conflict *c, void *vctx)
{
	struct conflicts_ctx *ctx = vctx;
	enum format fmt = ctx->fmt;
	ctx->n++;
	if (fmt == FMT_JSONL) {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(c->id));
		json_object_set_new(o, "kind", json_string(c->kind));
		json_object_set_new(o, "severity", json_string(c->severity));
		json_object_set_new(o, "rule", json_string(c->rule));
		json_object_set_new(o, "key", json_string(c->key));
		json_object_set_new(o, "story", json_string(c->story));
		json_object_set_new(o, "explanation", json_string(c->explanation));
		json_object_set_new(o, "a", side_json(&c->a));
		json_object_set_new(o, "b", side_json(&c->b));
		json_print(o);
		json_decref(o);
		return 0;
	}
	printf("#%lld %s (%s)  ", (long long)c->id, c->kind, c->severity);
	put_safes(stdout, c->explanation);
	print_sides(&c->a, &c->b);
	conflict_seen(ctx, c);
	return 0;
}

static int cmd_conflicts(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("conflicts");
	static const struct option opts[] = {
		{"kind", required_argument, NULL, 'k'},
		{"story", required_argument, NULL, 's'},
		{"format", required_argument, NULL, 'f'},
	};
	enum format fmt = FMT_TEXT;
	const char *kind = NULL, *story = NULL;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'k':
			if (!conflict_kind_valid(optarg))
				return usage_error(c, "unknown conflict kind '%s' (date-event, event-date, "
						      "date-scope, quantity, polarity, attribution, same-source)", optarg);
			kind = optarg;
			break;
		case 's': story = optarg; break;
		case 'f':
			if (!format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(c, "unexpected argument '%s'", argv[optind]);
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	if (story) { /* a story no source belongs to is a mistake, not "no conflicts" */
		int bad = cli_story_check(st, story);
		if (bad) {
			store_close(st);
			return bad;
		}
	}
	struct conflicts_ctx ctx = {.fmt = fmt};
	enum cc_status rc = store_conflicts_each(st, kind, story, 0, conflict_one, &ctx, &err);
	if (rc == CC_OK && !ctx.n && fmt == FMT_TEXT) { /* jsonl: no lines */
		printf("No conflicts%s%s", kind ? " of kind " : "", kind ? kind : "");
		if (story) {
			printf(" in the story '");
			put_safes(stdout, story);
			printf("'.\n");
		} else {
			printf(" among %zu sources.\n", store_source_count(st));
		}
	}
	if (rc == CC_OK && fmt == FMT_TEXT)
		print_standalone(&ctx);
	conflicts_ctx_free(&ctx);
	store_close(st);
	return rc == CC_OK ? 0 : fail(&err);
}

/* ---- corroborations ----------------------------------------------------------- */

/* The store keeps an agreement's rule and anchor, not its words: the pair
 * is judged again with the same rules, and the agreement with the stored
 * rule and key gives the explanation and the slots agreed on. A store
 * whose rules have changed since may find none: then the rule and the
 * anchor are said as they are. */
struct corrob_ctx {
	enum format fmt;
	size_t n;
	struct judge_ctx j;
};

static int corroboration_one(const struct store_corroboration *c, void *vctx)
{
	struct corrob_ctx *ctx = vctx;
	ctx->n++;
	struct store_mark marks[16];
	size_t nm = judge_pair(&ctx->j, c->a, c->b, marks, CC_ARRAY_LEN(marks));
	const struct store_mark *m = NULL;
	for (size_t i = 0; i < nm && !m; i++)
		if (!marks[i].conflict && strcmp(marks[i].rule, c->rule) == 0 &&
		    strcmp(marks[i].key, c->key) == 0)
			m = &marks[i];
	char *fallback = NULL;
	const char *why = m && m->explanation ? m->explanation : NULL;
	if (!why)
		why = fallback = xasprintf("%s and %s agree (%s, on %s)", c->sa.source, c->sb.source,
					   c->rule, c->key);
	struct store_conflict_side sa = c->sa, sb = c->sb;
	if (m && m->slot_a >= 0 && (size_t)m->slot_a < c->a->nslots) {
		sa.slot_start = c->a->slots[m->slot_a].start;
		sa.slot_end = c->a->slots[m->slot_a].end;
	}
	if (m && m->slot_b >= 0 && (size_t)m->slot_b < c->b->nslots) {
		sb.slot_start = c->b->slots[m->slot_b].start;
		sb.slot_end = c->b->slots[m->slot_b].end;
	}
	if (ctx->fmt == FMT_JSONL) {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(c->id));
		json_object_set_new(o, "rule", json_string(c->rule));
		json_object_set_new(o, "key", json_string(c->key));
		json_object_set_new(o, "story", json_string(c->story));
		json_object_set_new(o, "explanation", json_string(why));
		json_object_set_new(o, "a", side_json(&sa));
		json_object_set_new(o, "b", side_json(&sb));
		json_print(o);
		json_decref(o);
	} else {
		printf("#%lld %s  ", (long long)c->id, c->rule);
		put_safes(stdout, why);
		print_sides(&sa, &sb);
	}
	free(fallback);
	judge_release(&ctx->j, marks, nm);
	return 0;
}

static int cmd_corroborations(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("corroborations");
	static const struct option opts[] = {
		{"story", required_argument, NULL, 's'},
		{"claim", required_argument, NULL, 'c'},
		{"format", required_argument, NULL, 'f'},
	};
	enum format fmt = FMT_TEXT;
	const char *story = NULL;
	int64_t claim = 0;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 's': story = optarg; break;
		case 'c': {
			long long v;
			if (!positive_number(optarg, &v))
				return usage_error(c, "'%s' is not a claim id (a positive number)", optarg);
			claim = v;
			break;
		}
		case 'f':
			if (!format_arg(c, optarg, &fmt))
				return EXIT_USAGE;
			break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(c, "unexpected argument '%s'", argv[optind]);
	struct cc_err err = {0};
	struct lexicon *lx = cli_lexicon(&err);
	if (!lx)
		return fail(&err);
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_READ, &st, &err) != CC_OK)
		return fail(&err);
	if (story) { /* as conflicts: an unknown story is a mistake */
		int bad = cli_story_check(st, story);
		if (bad) {
			store_close(st);
			return bad;
		}
	}
	if (claim) {
		int64_t src;
		if (store_review_claim_source(st, claim, &src, &err) != CC_OK) {
			store_close(st);
			return fail(&err);
		}
	}
	struct corrob_ctx ctx = {.fmt = fmt, .j = {.lx = lx}};
	enum cc_status rc = store_corroborations_each(st, story, claim, corroboration_one, &ctx, &err);
	if (rc == CC_OK && !ctx.n && fmt == FMT_TEXT) { /* jsonl: no lines */
		if (claim) {
			printf("No source agrees with claim %lld.\n", (long long)claim);
		} else if (story) {
			printf("No corroborations in the story '");
			put_safes(stdout, story);
			printf("'.\n");
		} else {
			printf("No corroborations among %zu sources.\n", store_source_count(st));
		}
	}
	free(ctx.j.slots);
	store_close(st);
	return rc == CC_OK ? 0 : fail(&err);
}

/* ---- annotate -------------------------------------------------------------------- */

/* --reviewer, else $USER, else $LOGNAME, else the uid's login name (a
 * shell started without a login sets neither variable), else the word the
 * review also falls back to. */
static const char *default_reviewer(const char *opt)
{
	if (opt && *opt)
		return opt;
	const char *u = getenv("USER");
	if (u && *u)
		return u;
	u = getenv("LOGNAME");
	if (u && *u)
		return u;
	static char *login; /* getpwuid's record is overwritten by the next call */
	if (!login) {
		const struct passwd *pw = getpwuid(getuid());
		if (pw && pw->pw_name && *pw->pw_name)
			login = xstrdup(pw->pw_name);
	}
	return login ? login : UI_REVIEWER_FALLBACK;
}

/* Adds or removes a tag in a comma-separated, sorted tag list. */
static char *tags_edit(const char *tags, const char *tag, bool add)
{
	char **v = NULL;
	size_t n = 0, cap = 0;
	char *copy = xstrdup(tags ? tags : "");
	char *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		if (strcmp(t, tag) == 0)
			continue;
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = t;
	}
	if (add) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = (char *)tag;
	}
	/* sorted, so the same set is always written the same way */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && strcmp(v[j - 1], v[j]) > 0; j--) {
			char *t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(&b, ',');
		buf_adds(&b, v[i]);
	}
	free(v);
	free(copy);
	return buf_steal(&b);
}

/* The n tags of v as one comma-separated list in b (initialised here;
 * "" when none). */
static void tags_joined(struct buf *b, const char *const *v, size_t n)
{
	buf_init(b);
	buf_adds(b, "");
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(b, ',');
		buf_adds(b, v[i]);
	}
}

/* Adds "; " (after the first) and the three parts to the reasons. */
static void why_add(struct buf *b, const char *who, const char *what, const char *arg)
{
	if (b->len)
		buf_adds(b, "; ");
	buf_adds(b, who);
	buf_adds(b, what);
	if (arg)
		buf_adds(b, arg);
}

/* The state a claim shows, as one line's end: `verdict V, note "N", tags
 * A,B` (`none`, `no note`, `no tags`); a NULL state shows nothing set. The
 * note and tags are untrusted and made inert. */
static void print_claim_state(FILE *f, const struct store_annotation *cur)
{
	const char *v = cur ? cur->verdict : NULL;
	const char *n = cur ? cur->note : NULL;
	const char *t = cur && cur->tags && *cur->tags ? cur->tags : NULL;
	fprintf(f, "verdict %s, ", v ? v : "none");
	if (n) {
		fputs("note ", f);
		put_quoted(f, n);
		fputs(", ", f);
	} else {
		fputs("no note, ", f);
	}
	if (t) {
		fputs("tags ", f);
		put_safes(f, t);
	} else {
		fputs("no tags", f);
	}
}

static int cmd_annotate(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("annotate");
	static const struct option opts[] = {
		{"verdict", required_argument, NULL, 'v'}, {"note", required_argument, NULL, 'n'},
		{"tag", required_argument, NULL, 't'},     {"untag", required_argument, NULL, 'T'},
		{"reviewer", required_argument, NULL, 'r'}, {"undo", no_argument, NULL, 'u'},
		{"redo", no_argument, NULL, 'R'},          {"history", no_argument, NULL, 'H'},
	};
	const char *verdict = NULL, *note = NULL, *reviewer = NULL;
	bool set_verdict = false, set_note = false, undo = false, redo = false, history = false;
	const char *tags_add[32], *tags_del[32];
	size_t nadd = 0, ndel = 0;
	char *id_arg = NULL;
	int ch;
	for (;;) {
		while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
			switch (ch) {
			case -2: return 0;
			case -3: return EXIT_USAGE;
			case 'v':
				set_verdict = true;
				verdict = strcmp(optarg, "none") == 0 ? NULL : optarg;
				if (verdict && !store_verdict_valid(verdict))
					return usage_error(c, "'%s' is not a verdict (true, false, misleading, "
							      "unverifiable, none)", optarg);
				break;
			case 'n': set_note = true; note = optarg; break;
			case 't':
			case 'T':
				/* a new tag is a word (as the review's prompt asks);
				 * any stored tag, an older release's "#" too, can
				 * be removed */
				if (ch == 't' ? !text_tag_is_word(optarg, strlen(optarg))
					      : !export_tag_valid(optarg))
					return usage_error(c, ch == 't' ? "'%s' is not a tag (a word of 1 to 64 "
									  "bytes with a letter or a digit, no "
									  "commas or control characters)"
									: "'%s' is not a tag (1 to 64 bytes, no "
									  "commas or control characters)",
							   optarg);
				if ((ch == 't' ? nadd : ndel) >= 32)
					return usage_error(c, "at most 32 tags at once");
				if (ch == 't')
					tags_add[nadd++] = optarg;
				else
					tags_del[ndel++] = optarg;
				break;
			case 'r': reviewer = optarg; break;
			case 'u': undo = true; break;
			case 'R': redo = true; break;
			case 'H': history = true; break;
			default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
			}
		}
		if (optind >= argc)
			break;
		if (id_arg)
			return usage_error(c, "unexpected argument '%s'", argv[optind]);
		id_arg = argv[optind++];
	}
	bool change = set_verdict || set_note || nadd || ndel;
	if ((undo || redo) && (id_arg || change || history || (undo && redo)))
		return usage_error(c, "--undo and --redo take no claim and no other change");
	if (!undo && !redo && !id_arg)
		return usage_error(c, "annotate needs a CLAIM-ID ('crosscheck claims' lists them)");
	if (!undo && !redo && !change && !history)
		return usage_error(c, "nothing to do: give --verdict, --note, --tag, --untag or --history");
	int64_t id = 0;
	if (id_arg) {
		long long v;
		if (!positive_number(id_arg, &v))
			return usage_error(c, "'%s' is not a claim id (a positive number)", id_arg);
		id = v;
	}
	const char *who = default_reviewer(reviewer);
	struct cc_err err = {0};
	struct store *st;
	/* --history alone only reads */
	if (store_open(store_default_path(cli->db_opt),
		       history && !change ? STORE_OPEN_READ : STORE_OPEN_EXISTING, &st, &err) != CC_OK)
		return fail(&err);
	int status = 0;
	if (undo || redo) {
		int64_t changed = 0;
		struct store_annotation cur;
		bool shown = false;
		enum cc_status urc = (undo ? store_undo : store_redo)(st, who, 0, &changed, &err);
		if (urc == CC_OK)
			urc = store_annotation_current(st, changed, &cur, &shown, &err);
		if (urc != CC_OK) {
			/* a crosscheck that found no $USER wrote as "reviewer";
			 * this one asks $LOGNAME and the login name first, so
			 * such entries are no longer the default's. They are not
			 * taken back in its name: "reviewer" may be several
			 * people. Say how to claim them instead. */
			size_t old = 0;
			bool none = err.status == CC_ERR_INPUT && !changed;
			struct buf name;
			buf_init(&name);
			text_sanitize(who, strlen(who), false, &name); /* $USER is untrusted */
			if (none && !(reviewer && *reviewer) && strcmp(who, UI_REVIEWER_FALLBACK) != 0 &&
			    store_reviewer_entries(st, UI_REVIEWER_FALLBACK, &old, &(struct cc_err){0}) ==
				    CC_OK && old > 0) {
				cc_err_clear(&err);
				cc_err_set(&err, CC_ERR_INPUT,
					   "nothing to %s for %s; %zu annotation %s of this store %s under the "
					   "reviewer '" UI_REVIEWER_FALLBACK "' (written when $USER was not "
					   "set): 'crosscheck annotate --%s --reviewer " UI_REVIEWER_FALLBACK
					   "' acts on them", undo ? "undo" : "redo",
					   name.data ? name.data : "", old, old == 1 ? "entry" : "entries",
					   old == 1 ? "is" : "are", undo ? "undo" : "redo");
			}
			buf_free(&name);
			status = fail(&err);
		} else {
			/* the claim's state after it, as any annotate prints it */
			printf("claim %lld: %s; ", (long long)changed,
			       undo ? "undid the latest change" : "redid the change");
			print_claim_state(stdout, shown ? &cur : NULL);
			printf("\n");
			if (shown)
				store_annotation_free(&cur);
		}
		store_close(st);
		return status;
	}
	if (history) {
		struct store_annotation *h = NULL;
		size_t n = 0;
		if (store_claim_check(st, id, &err) != CC_OK ||
		    store_annotation_history(st, id, &h, &n, &err) != CC_OK) {
			store_close(st);
			return fail(&err);
		}
		/* stdout stays the log, one line an entry; the user still
		 * learns the claim exists */
		if (!n)
			fprintf(stderr, "claim %lld: no annotations\n", (long long)id);
		for (size_t i = 0; i < n; i++) {
			printf("%s  %-6s ", h[i].at, h[i].action);
			put_safes(stdout, h[i].reviewer);
			printf("  verdict %s", h[i].verdict ? h[i].verdict : "-");
			if (h[i].tags && *h[i].tags) {
				printf("  tags ");
				put_safes(stdout, h[i].tags);
			}
			if (h[i].note) {
				printf("  note ");
				put_safes(stdout, h[i].note);
			}
			/* an undo or redo whose change to the claim is not its
			 * own state: what it did to the claim */
			if (h[i].effect & 1)
				printf("  claim verdict kept");
			else if (h[i].effect & 2)
				printf("  claim verdict %s", h[i].claim_verdict ? h[i].claim_verdict : "-");
			if (h[i].effect & 4) {
				printf("  claim note kept");
			} else if (h[i].effect & 8) {
				printf("  claim note ");
				put_safes(stdout, h[i].claim_note ? h[i].claim_note : "-");
			}
			/* the entry an --untag of another reviewer's tag writes
			 * first: the reviewer did not add the tag */
			if (h[i].took_over) {
				bool one = !strchr(h[i].took_over, ',');
				printf("  (took over another reviewer's tag%s ", one ? "" : "s");
				put_safes(stdout, h[i].took_over);
				printf(" to remove %s)", one ? "it" : "them");
			}
			/* the entry a --tag of a tag another reviewer removed
			 * writes first: the reviewer did not remove the tag */
			if (h[i].dropped) {
				bool one = !strchr(h[i].dropped, ',');
				printf("  (dropped tag%s ", one ? "" : "s");
				put_safes(stdout, h[i].dropped);
				printf(", which another reviewer removed, to give %s again)",
				       one ? "it" : "them");
			}
			printf("\n");
			store_annotation_free(&h[i]);
		}
		free(h);
		store_close(st);
		return 0;
	}
	/* the reviewer's own latest state with only what was given changed:
	 * the merged state holds other reviewers' verdicts, notes and tags,
	 * which are not this reviewer's to restate */
	struct store_annotation own, cur;
	bool found = false, shown = false;
	if (store_claim_check(st, id, &err) != CC_OK ||
	    store_annotation_own(st, id, who, &own, &found, &err) != CC_OK ||
	    store_annotation_current(st, id, &cur, &shown, &err) != CC_OK) {
		if (found)
			store_annotation_free(&own);
		store_close(st);
		return fail(&err);
	}
	const char *ov = found ? own.verdict : NULL, *on = found ? own.note : NULL;
	const char *otags = found ? own.tags : "";
	const char *v = set_verdict ? verdict : ov;
	const char *nt = set_note ? (*note ? note : NULL) : on;
	char *tags = xstrdup(otags);
	for (size_t i = 0; i < nadd; i++) {
		char *t = tags_edit(tags, tags_add[i], true);
		free(tags);
		tags = t;
	}
	for (size_t i = 0; i < ndel; i++) {
		char *t = tags_edit(tags, tags_del[i], false);
		free(tags);
		tags = t;
	}
	/* why each given change is none, for the line that says nothing
	 * changed (the store decides that: an entry equal to the reviewer's
	 * own latest is not written) */
	struct buf why;
	buf_init(&why);
	buf_adds(&why, "");
	if (set_verdict && str_same(v, ov))
		why_add(&why, who, v ? " already holds verdict " : " has no verdict to clear", v);
	if (set_note && str_same(nt, on))
		why_add(&why, who, nt ? " already has that note" : " has no note to clear", NULL);
	for (size_t i = 0; i < nadd; i++)
		if (tag_list_has(otags, tags_add[i], strlen(tags_add[i])) &&
		    shown && tag_list_has(cur.tags, tags_add[i], strlen(tags_add[i])))
			why_add(&why, who, " already has tag ", tags_add[i]);
	for (size_t i = 0; i < ndel; i++)
		if (!tag_list_has(otags, tags_del[i], strlen(tags_del[i])) &&
		    !(shown && tag_list_has(cur.tags, tags_del[i], strlen(tags_del[i]))))
			why_add(&why, "the claim", " has no tag ", tags_del[i]);
	/* an --untag of a tag another reviewer gave: the store first makes it
	 * this reviewer's own, so that the removal counts */
	struct buf removed;
	tags_joined(&removed, tags_del, ndel);
	/* a --tag of a tag this reviewer holds that another removed later:
	 * the store drops it from this reviewer's state first, so that the
	 * entry gives it again */
	struct buf added;
	tags_joined(&added, tags_add, nadd);
	int64_t aid = 0;
	if (shown)
		store_annotation_free(&cur);
	shown = false;
	if (store_annotate_restating(st, id, 0, who, v, nt, tags, removed.data, added.data,
				     (set_verdict ? STORE_RESTATE_VERDICT : 0) |
					     (set_note ? STORE_RESTATE_NOTE : 0),
				     &aid, &err) != CC_OK ||
	    store_annotation_current(st, id, &cur, &shown, &err) != CC_OK) {
		status = fail(&err);
	} else {
		/* exit 0 either way: what was asked holds now */
		printf("claim %lld: ", (long long)id);
		if (!aid) {
			printf("nothing changed: ");
			put_safes(stdout, why.len ? why.data : "the reviewer's state is already that");
			printf("; ");
		}
		print_claim_state(stdout, shown ? &cur : NULL);
		printf("\n");
		if (shown)
			store_annotation_free(&cur);
	}
	free(tags);
	buf_free(&why);
	buf_free(&removed);
	buf_free(&added);
	if (found)
		store_annotation_free(&own);
	store_close(st);
	return status;
}

/* ---- help -------------------------------------------------------------------- */

static int cmd_help(struct cli *cli, int argc, char **argv)
{
	(void)cli;
	if (argc <= 1) {
		print_usage(stdout);
		return 0;
	}
	const struct command *c = find_command(argv[1]);
	if (!c)
		return usage_error(NULL, "no such command '%s'", argv[1]);
	print_command_help(stdout, c);
	return 0;
}

/* ---- open: crosscheck FILE... -------------------------------------------------- */

/* Opens the review on the store; the CLI's side of ui_review. A store
 * this user cannot write is opened as the reading commands open it, and
 * the review then only browses; read_only (--read-only) browses only
 * whatever the store. */
static int review_store(struct cli *cli, const char *source, bool read_only)
{
	struct cc_err err = {0};
	if (ui_terminal_check(&err) != CC_OK)
		return fail(&err);
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), read_only ? STORE_OPEN_READ_ONLY : STORE_OPEN_READ,
		       &st, &err) != CC_OK)
		return fail(&err);
	if (source) {
		struct store_source src;
		if (store_source_get(st, source, &src, &err) != CC_OK) {
			store_close(st);
			return fail(&err);
		}
		store_source_free(&src);
	}
	struct ui_opts o = {
		.reviewer = default_reviewer(cli->reviewer_opt),
		.reviewer_given = cli->reviewer_opt && *cli->reviewer_opt,
		.start_source = source,
		.export_fn = cli_export_to_path,
	};
	enum cc_status rc = ui_review(st, &o, &err);
	store_close(st);
	return rc == CC_OK ? 0 : fail(&err);
}

static int cmd_review(struct cli *cli, int argc, char **argv)
{
	const struct command *c = find_command("review");
	static const struct option opts[] = {
		{"reviewer", required_argument, NULL, 'r'},
		{"source", required_argument, NULL, 's'},
		{"read-only", no_argument, NULL, 'R'},
	};
	const char *source = NULL;
	bool read_only = false;
	int ch;
	while ((ch = next_opt(cli, c, argc, argv, opts, CC_ARRAY_LEN(opts))) != -1) {
		switch (ch) {
		case -2: return 0;
		case -3: return EXIT_USAGE;
		case 'r': cli->reviewer_opt = optarg; break;
		case 's': source = optarg; break;
		case 'R': read_only = true; break;
		default: return usage_error(c, "unexpected argument '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error(c, "unexpected argument '%s'", argv[optind]);
	return review_store(cli, source, read_only);
}

/* ---- open: crosscheck FILE... -------------------------------------------------- */

static int cmd_open(struct cli *cli, int argc, char **argv)
{
	struct add_opts o = {0};
	int status = add_files(cli, argv, NULL, argc, &o);
	/* Scripts and pipes get the list of sources; a person at a terminal
	 * gets the review. */
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		int rs = review_store(cli, NULL, false);
		return rs ? rs : status;
	}
	struct cc_err err = {0};
	struct store *st;
	if (store_open(store_default_path(cli->db_opt), STORE_OPEN_EXISTING, &st, &err) != CC_OK)
		return fail(&err);
	printf("\nSources in %s:\n", store_path(st));
	struct list_ctx ctx = {FMT_TEXT};
	if (store_sources_each(st, list_one, &ctx, &err) != CC_OK)
		status = fail(&err);
	store_close(st);
	return status;
}

/* ---- main ---------------------------------------------------------------------- */

int cli_main(int argc, char **argv)
{
	struct cli cli = {0};
	static const struct option opts[] = {
		{"db", required_argument, NULL, OPT_DB},
		{"reviewer", required_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{0, 0, 0, 0},
	};
	opterr = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, "+:hV", opts, NULL)) != -1) {
		switch (ch) {
		case OPT_DB:
			if (!*optarg)
				return usage_error(NULL, "--db needs a file name, not an empty one");
			cli.db_opt = optarg;
			break;
		case 'r': cli.reviewer_opt = optarg; break;
		case 'h': print_usage(stdout); return 0;
		case 'V': printf("crosscheck %s\n", PACKAGE_VERSION); return 0;
		case ':': return usage_error(NULL, "option '%s' needs a value", argv[optind - 1]);
		default: return usage_error(NULL, "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[optind];
	const struct command *c = find_command(name);
	if (c) {
		int sub_argc = argc - optind;
		char **sub_argv = argv + optind;
		optind = 1;
		return c->run(&cli, sub_argc, sub_argv);
	}
	/* crosscheck FILE...: every argument must be a file or '-' */
	struct stat sb;
	if (strcmp(name, "-") != 0 && stat(name, &sb) != 0 && !strchr(name, '/') && !strchr(name, '.'))
		return usage_error(NULL, "'%s' is not a command; run 'crosscheck --help' for the list", name);
	return cmd_open(&cli, argc - optind, argv + optind);
}
