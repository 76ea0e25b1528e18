/* trace: the review's own timing, for bench/review and for anyone asking
 * why a key feels slow. Off unless CROSSCHECK_TRACE names a file.
 *
 * Owns: one file opened for appending and the monotonic clock. Lines (one
 * per event, flushed at once so that a script can read them while the
 * review runs; times in milliseconds):
 *   start TOTAL ui UI                 process load -> first frame drawn, and
 *                                     ui_review entry -> first frame drawn
 *   key NAME TOTAL handle H paint P   a key read -> its result drawn: H the
 *                                     handler (queries, layout), P painting
 *                                     up to the end of doupdate() (0: no paint)
 * NAME is the key's config name (`]`, `<Enter>`), `<Mouse>` or `<Resize>`.
 * Must not: cost anything when off (one test of a static pointer), or
 * write anywhere but its file.
 */
#ifndef CC_UI_TRACE_H
#define CC_UI_TRACE_H

#include <stdbool.h>
#include <stdint.h>

/* Opens $CROSSCHECK_TRACE for appending (nothing when unset or empty; a
 * file that cannot be opened leaves tracing off). */
void trace_open(void);
void trace_close(void);
bool trace_on(void);

/* Monotonic nanoseconds. */
uint64_t trace_now(void);

/* The first frame is drawn; t_ui: when ui_review began. */
void trace_start(uint64_t t_ui);

/* A key read at t_read, handled by t_handled, drawn by t_drawn (0 when
 * nothing was painted). key: the key code (keys.h), or -1 mouse, -2 resize. */
void trace_key(int key, uint64_t t_read, uint64_t t_handled, uint64_t t_drawn);

#endif
