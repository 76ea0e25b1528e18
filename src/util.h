/* util: memory, growable buffers and error records shared by every room.
 *
 * Owns: the aborting x*alloc family, `struct buf` (growable byte buffer),
 * `struct cc_err` (an error message with its file, line and byte), and
 * cc_once (tables built once per process on first use).
 * Must not: print, exit (except xalloc on out-of-memory), or know about
 * articles, curses or SQL.
 */
#ifndef CC_UTIL_H
#define CC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>
#ifndef __STDC_NO_THREADS__
#include <threads.h>
#endif

#if defined(__GNUC__)
#define CC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CC_NORETURN __attribute__((noreturn))
#else
#define CC_PRINTF(f, a)
#define CC_NORETURN
#endif

#define CC_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Allocation that never returns NULL: on exhaustion it prints and aborts. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
/* n bytes aligned to align (a power of two), rounded up to a multiple of
 * it as aligned_alloc asks; free with free() */
void *xaligned(size_t align, size_t n);
void *xrealloc(void *p, size_t n);
/* Grows an array of `*cap` elements of `size` bytes to hold at least `need`
 * (inline when nothing needs to grow, as on nearly every call). */
void *xgrow_slow(void *p, size_t *cap, size_t need, size_t size);
static inline void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	return need <= *cap ? p : xgrow_slow(p, cap, need, size);
}
/* Whether two strings, either of which may be NULL, are equal (two NULLs
 * are). */
static inline bool str_same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}
/* The length of s[0, len) cut to at most max bytes, ending where a UTF-8
 * character starts (a name or key cut short is never cut inside one). */
static inline size_t utf8_fit(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}
/* str_copy of a src whose length n (strlen(src)) the caller knows. */
static inline void str_copy_n(char *dst, size_t size, const char *src, size_t n)
{
	n = utf8_fit(src, n, size - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}
/* Copies the string src into dst[size] as snprintf("%s") would, but cut
 * where a UTF-8 character starts: at most size - 1 bytes, always
 * NUL-terminated (size > 0). */
static inline void str_copy(char *dst, size_t size, const char *src)
{
	str_copy_n(dst, size, src, strlen(src));
}
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A newly allocated printf result; the caller frees it. */
char *xasprintf(const char *fmt, ...) CC_PRINTF(1, 2);

/* A growable byte buffer, always NUL-terminated when data != NULL. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) CC_PRINTF(2, 3);
void buf_clear(struct buf *b);
/* Hands the data over to the caller (never NULL) and resets the buffer. */
char *buf_steal(struct buf *b);

/* Status codes shared by src/ and store/. */
enum cc_status {
	CC_OK = 0,
	CC_ERR_INPUT,   /* bad user input: refused, nothing changed */
	CC_ERR_IO,      /* the system said no (open, read, write) */
	CC_ERR_STORE,   /* the store refused or failed */
	CC_ERR_USAGE,   /* a usage error: exit 2 */
	CC_DUPLICATE,   /* not an error: the thing is already there */
};

/* An error record: the first message wins, later ones are ignored until
 * cc_err_clear. The message never ends in a newline and does not carry the
 * "crosscheck:" prefix; the CLI adds it. */
struct cc_err {
	enum cc_status status;
	char *msg; /* owned; NULL when status is CC_OK */
};

/* Frees the message and resets to CC_OK. A zeroed struct is a valid start. */
void cc_err_clear(struct cc_err *e);
enum cc_status cc_err_set(struct cc_err *e, enum cc_status st,
			  const char *fmt, ...) CC_PRINTF(3, 4);

/* Lower-case ASCII comparison helpers (only ASCII letters are folded). */
bool ascii_ieq(const char *a, const char *b);
bool ascii_ieqn(const char *a, const char *b, size_t n);
bool ascii_iprefix(const char *s, size_t len, const char *prefix);
/* The shorter of two names when it is the other's leading words, as an
 * article names "Harlow Foods" in full once and "Harlow" after (ASCII case
 * ignored; whole words: "Harlow" is not "Harlowe Mills"); else NULL. */
const char *name_short_form(const char *a, const char *b);
/* Whether a comma-separated list (NULL: empty) holds the n-byte item. */
bool tag_list_has(const char *list, const char *item, size_t n);

/* Runs fn once per process, in whichever thread comes first; the others
 * return once it has run. For tables built on first use and only read
 * after. C11's call_once; without threads, a flag (no concurrent caller). */
#ifndef __STDC_NO_THREADS__
typedef once_flag cc_once_flag;
#define CC_ONCE_INIT ONCE_FLAG_INIT
static inline void cc_once(cc_once_flag *flag, void (*fn)(void))
{
	call_once(flag, fn);
}
#else
typedef bool cc_once_flag;
#define CC_ONCE_INIT false
static inline void cc_once(cc_once_flag *flag, void (*fn)(void))
{
	if (!*flag) {
		fn();
		*flag = true;
	}
}
#endif

#endif
