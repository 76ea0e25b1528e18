/* fuzz_config: arbitrary bytes as the review's config file
 * ($XDG_CONFIG_HOME/crosscheck/config), through keys_config_parse after the
 * compiled-in defaults, as keys_config_load does; and each line's words
 * through keys_parse_key.
 *
 * Invariants checked: the defaults parse without errors; a bad line is
 * counted and the first one kept as "LABEL:LINE: ..." (shown on the bottom
 * line through draw.c's sanitising); every binding has a keymap and an action in
 * range; styles' colours are -1..255; split and stack-below stay in their
 * ranges; keys_key_name and keys_lookup work on every bound key, and a
 * named key parses back to itself.
 */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "keys.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	char *text = malloc(size ? size : 1);
	FUZZ_CHECK(text != NULL);
	if (size)
		memcpy(text, data, size);

	struct keys_config cfg;
	keys_config_init(&cfg);
	const char *d = keys_default_config();
	FUZZ_CHECK(keys_config_parse(&cfg, d, strlen(d), "(defaults)") == 0);
	size_t before = cfg.nbinds;
	size_t bad = keys_config_parse(&cfg, text, size, "config");
	FUZZ_CHECK(bad == cfg.errors);
	if (bad) {
		FUZZ_CHECK(cfg.first_error != NULL);
		/* it quotes the bad word as it was (any bytes): draw.c sanitises it */
		FUZZ_CHECK(strncmp(cfg.first_error, "config:", 7) == 0);
	}
	FUZZ_CHECK(cfg.nbinds >= before);
	for (size_t i = 0; i < cfg.nbinds; i++) {
		const struct binding *b = &cfg.binds[i];
		FUZZ_CHECK(b->km >= 0 && b->km < KM_COUNT);
		FUZZ_CHECK(b->action >= A_NONE && b->action < A_COUNT);
		FUZZ_CHECK(b->key >= 0);
		struct buf name;
		buf_init(&name);
		keys_key_name(b->key, &name);
		FUZZ_CHECK(name.len > 0);
		/* key 0 (<C-@>) is named "<0x0>", which does not parse back: a
		 * known bug, tested in tests/hard/test_regress.c */
		if (b->key != 0)
			FUZZ_CHECK(keys_parse_key(name.data, name.len) == b->key);
		buf_free(&name);
		(void)keys_lookup(&cfg, b->km, b->key);
	}
	for (int s = 0; s < ST_COUNT; s++) {
		FUZZ_CHECK(cfg.styles[s].fg >= -1 && cfg.styles[s].fg <= 255);
		FUZZ_CHECK(cfg.styles[s].bg >= -1 && cfg.styles[s].bg <= 255);
	}
	FUZZ_CHECK(cfg.split >= 10 && cfg.split <= 90);
	FUZZ_CHECK(cfg.stack_below >= 0 && cfg.stack_below <= 10000);
	FUZZ_CHECK(cfg.mouse == 0 || cfg.mouse == 1);
	for (int a = A_NONE + 1; a < A_COUNT; a++) {
		struct buf keys;
		buf_init(&keys);
		keys_action_keys(&cfg, (enum action)a, &keys);
		buf_free(&keys);
	}
	keys_config_free(&cfg);

	/* every whitespace-separated word as a key name */
	size_t i = 0;
	while (i < size) {
		while (i < size && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
			i++;
		size_t s = i;
		while (i < size && text[i] != ' ' && text[i] != '\n' && text[i] != '\t')
			i++;
		if (i > s) {
			int k = keys_parse_key(text + s, i - s);
			FUZZ_CHECK(k >= -1);
			if (k > 0) { /* key 0: see above */
				struct buf name;
				buf_init(&name);
				keys_key_name(k, &name);
				FUZZ_CHECK(keys_parse_key(name.data, name.len) == k);
				buf_free(&name);
			}
		}
	}
	free(text);
	return 0;
}
