/* ingest: bytes of an article -> a validated, normalised source with its
 * metadata (title, publication date, URL, outlet), sentences and boilerplate flags.
 *
 * Owns: reading a file or standard input, refusing what is not a text article,
 * sending a web page (HTML) through src/html.c first and ranking its metadata
 * between the user's options and the text's, the boilerplate rules (web-page
 * leftovers are kept but flagged), title and dateline detection. Must not:
 * touch the store, print, or exit; it returns a `struct ingest_doc` that the
 * CLI hands to the store.
 */
#ifndef CC_INGEST_H
#define CC_INGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct ingest_sentence {
	size_t start, end; /* byte offsets into ingest_doc.text */
	size_t paragraph;
	bool boilerplate;
};

/* Where the publication date came from. */
enum ingest_date_origin {
	DATE_NONE = 0,
	DATE_OPTION,   /* --date */
	DATE_DATELINE, /* a dateline near the top */
	DATE_BANNER,   /* a repeated date banner (the site's, often not the article's) */
	DATE_URL,      /* the article's URL */
	DATE_META,     /* a web page's publication metadata (article:published_time ...) */
};

/* How the input is read: guessed (html_sniff: the file's name, the bytes'
 * start), or as the user says (add/extract --as). */
enum ingest_format {
	INGEST_GUESS = 0,
	INGEST_TEXT,
	INGEST_HTML,
};

struct ingest_doc {
	char *text; /* NFC, LF-only, NUL-terminated */
	size_t len;
	char hash[65]; /* hex SHA-256 of text */
	char *title;   /* NULL when none was found */
	char *url;     /* from --url or a "Source: URL" line; NULL if none */
	char *outlet;  /* a page's og:site_name, else the URL's host without "www."; NULL if none */
	char date[11]; /* "YYYY-MM-DD" or "" */
	enum ingest_date_origin date_origin;
	struct ingest_sentence *sents;
	size_t nsents;
};

/* Options that override what ingest finds in the text. */
struct ingest_opts {
	const char *date; /* "YYYY-MM-DD" (already validated) or NULL */
	const char *url;  /* or NULL */
	bool no_hash;     /* leave doc->hash empty (callers without a store) */
	enum ingest_format as;
};

/* Reads the whole of `path` ("-" is standard input) into a newly allocated
 * buffer. Refuses directories and reports missing or unreadable files with
 * the file name and the system's reason. `max` bounds the size accepted. */
enum cc_status ingest_read(const char *path, size_t max, char **data, size_t *len,
			   struct cc_err *err);

/* Turns raw bytes into a document. `label` names the input in messages (a
 * file's path: its name says whether it is a page, unless opts->as does).
 * A page's text is what src/html.c reads of it; its title, outlet, URL and
 * date come before the text's, after the options'. On error nothing is
 * allocated in *doc. */
enum cc_status ingest_bytes(const char *raw, size_t len, const char *label,
			    const struct ingest_opts *opts, struct ingest_doc *doc,
			    struct cc_err *err);

void ingest_doc_free(struct ingest_doc *doc);

/* The line-level boilerplate verdicts for a normalised text, one per line
 * (lines split at '\n'); exposed for tests. Returns a newly allocated array
 * of `*nlines` booleans. */
bool *ingest_boilerplate_lines(const char *text, size_t len, size_t *nlines);

const char *ingest_date_origin_name(enum ingest_date_origin o);

#endif
