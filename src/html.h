/* html: the bytes of a web page (HTML, as saved from a browser or fetched
 * with curl) -> the article's plain text and what the page says about
 * itself (title, canonical URL, publication date, the outlet's name).
 *
 * Owns: telling a page from a text file (html_sniff), parsing with libxml2's
 * HTML parser (recover mode, no network, no error printing; the page's
 * declared charset converted to UTF-8), choosing the article's part of the
 * page, dropping what is not prose (scripts, styles, navigation, forms,
 * hidden elements ...), and laying the blocks out as crosscheck's text
 * articles are (the title line, a blank line, one paragraph a block).
 * Must not: touch the store or curses, print, or exit; it does not judge
 * boilerplate (ingest does, on the text it returns) nor which metadata
 * wins over the user's options (ingest_bytes does).
 */
#ifndef CC_HTML_H
#define CC_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct html_page {
	char *text;    /* UTF-8, LF-only, NUL-terminated; never blank */
	size_t len;
	char *title;   /* the headline (the article's h1, og:title or <title>); NULL: none */
	char *url;     /* <link rel=canonical> or og:url (absolute http[s] only); NULL: none */
	char *outlet;  /* og:site_name (or application-name); NULL: none */
	char date[11]; /* "YYYY-MM-DD" from the page's publication metadata, or "" */
};

/* True when the input reads as a page: `name` (a file name; NULL or "-"
 * for none) ends in .html, .htm or .xhtml (any case), or the bytes start,
 * after a UTF-8 BOM and white space, with "<!doctype html" or "<html" (any
 * case). Bytes holding a NUL are never a page (ingest refuses them as it
 * refuses any binary). */
bool html_sniff(const char *name, const char *raw, size_t len);

/* Sets libxml2 up (xmlInitParser). Call it once before threads start;
 * html_extract calls it too (once per process) for callers that did not. */
void html_init(void);

/* Parses the page and fills *page. `label` names the input in messages.
 * Refuses (CC_ERR_INPUT, nothing allocated) a page with no article text
 * ("LABEL: no article text found in the HTML"). Safe on several threads at
 * once. */
enum cc_status html_extract(const char *raw, size_t len, const char *label,
			    struct html_page *page, struct cc_err *err);

void html_page_free(struct html_page *page);

#endif
