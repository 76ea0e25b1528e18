/* uchar: libunistring's character questions, answered inline for ASCII.
 *
 * Owns: the ASCII shortcuts the scanners (token.c, segment.c) take before
 * calling libunistring, so that there is one copy of each and a unit test
 * (tests/unit/test_segment) holds it to libunistring's answer for every
 * ASCII character. Must not: answer anything differently from
 * libunistring; non-ASCII always goes to the library.
 */
#ifndef CC_UCHAR_H
#define CC_UCHAR_H

#include <stdbool.h>
#include <unictype.h>

static inline bool uchar_is_alpha(ucs4_t c)
{
	if (c < 0x80)
		return (c | 0x20) - 'a' < 26u;
	return uc_is_alpha(c);
}

static inline bool uchar_is_alnum(ucs4_t c)
{
	if (c < 0x80)
		return (c | 0x20) - 'a' < 26u || c - '0' < 10u;
	return uc_is_alnum(c);
}

static inline bool uchar_is_upper(ucs4_t c)
{
	if (c < 0x80)
		return c - 'A' < 26u;
	return uc_is_upper(c);
}

static inline bool uchar_is_lowercase(ucs4_t c)
{
	if (c < 0x80)
		return c - 'a' < 26u;
	return uc_is_property_lowercase(c);
}

#endif
