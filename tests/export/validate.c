/* validate: checks JSON documents against a JSON Schema, for the export
 * tests. It implements the subset of JSON Schema (draft 2020-12) that
 * docs/crosscheck-claims.schema.json uses — type, const, enum, properties,
 * required, additionalProperties, items, minItems, minLength, minimum,
 * maximum, pattern (POSIX extended), anyOf, oneOf, $ref to "#/$defs/NAME" —
 * and refuses a schema with any other keyword, so that no part of the
 * schema can go unchecked.
 *
 *   validate SCHEMA [--def NAME] [--lines] FILE
 *
 * --def validates against #/$defs/NAME instead of the root; --lines takes
 * FILE as JSON lines (each line one instance). Exit 0 when every instance
 * is valid, 1 when one is not (each error printed with its JSON pointer),
 * 2 on a usage error, an unreadable file or an unsupported schema.
 */
#include "config.h"

#include <jansson.h>
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *root_schema;
static int errors;
static const char *where; /* "FILE" or "FILE:LINE" */
static int quiet;          /* inside anyOf / oneOf: count, do not print */

static void CC_unsupported(const char *kw)
{
	fprintf(stderr, "validate: unsupported schema keyword '%s'\n", kw);
	exit(2);
}

static void report(const char *ptr, const char *msg, const char *detail)
{
	if (!quiet && errors < 20)
		printf("%s: %s: %s%s%s\n", where, *ptr ? ptr : "/", msg, detail ? " " : "", detail ? detail : "");
	errors++;
}

static bool is_type(json_t *v, const char *t)
{
	if (strcmp(t, "object") == 0)
		return json_is_object(v);
	if (strcmp(t, "array") == 0)
		return json_is_array(v);
	if (strcmp(t, "string") == 0)
		return json_is_string(v);
	if (strcmp(t, "integer") == 0)
		return json_is_integer(v);
	if (strcmp(t, "number") == 0)
		return json_is_number(v);
	if (strcmp(t, "boolean") == 0)
		return json_is_boolean(v);
	if (strcmp(t, "null") == 0)
		return json_is_null(v);
	fprintf(stderr, "validate: unknown type '%s'\n", t);
	exit(2);
}

static double num(json_t *v)
{
	return json_is_integer(v) ? (double)json_integer_value(v) : json_real_value(v);
}

static json_t *resolve(const char *ref)
{
	const char *pre = "#/$defs/";
	if (strncmp(ref, pre, strlen(pre)) != 0) {
		fprintf(stderr, "validate: unsupported $ref '%s'\n", ref);
		exit(2);
	}
	json_t *d = json_object_get(json_object_get(root_schema, "$defs"), ref + strlen(pre));
	if (!d) {
		fprintf(stderr, "validate: no definition for $ref '%s'\n", ref);
		exit(2);
	}
	return d;
}

static bool check(json_t *s, json_t *v, const char *ptr);

/* Runs check without reporting (for anyOf / oneOf): true when valid. */
static bool quietly(json_t *s, json_t *v, const char *ptr)
{
	int before = errors;
	quiet++;
	bool ok = check(s, v, ptr);
	quiet--;
	errors = before;
	return ok;
}

static bool check(json_t *s, json_t *v, const char *ptr)
{
	if (json_is_true(s))
		return true;
	if (!json_is_object(s)) {
		fprintf(stderr, "validate: a schema must be an object\n");
		exit(2);
	}
	int before = errors;
	const char *kw;
	json_t *a;
	json_object_foreach(s, kw, a) {
		if (!strcmp(kw, "$schema") || !strcmp(kw, "$id") || !strcmp(kw, "$comment") ||
		    !strcmp(kw, "title") || !strcmp(kw, "description") || !strcmp(kw, "$defs")) {
			continue;
		} else if (!strcmp(kw, "$ref")) {
			check(resolve(json_string_value(a)), v, ptr);
		} else if (!strcmp(kw, "type")) {
			bool ok = false;
			if (json_is_string(a)) {
				ok = is_type(v, json_string_value(a));
			} else {
				size_t i;
				json_t *t;
				json_array_foreach(a, i, t) ok |= is_type(v, json_string_value(t));
			}
			if (!ok) {
				char *want = json_dumps(a, JSON_COMPACT | JSON_ENCODE_ANY);
				report(ptr, "wrong type, want", want);
				free(want);
			}
		} else if (!strcmp(kw, "const")) {
			if (!json_equal(a, v)) {
				char *want = json_dumps(a, JSON_COMPACT | JSON_ENCODE_ANY);
				report(ptr, "not the constant", want);
				free(want);
			}
		} else if (!strcmp(kw, "enum")) {
			bool ok = false;
			size_t i;
			json_t *t;
			json_array_foreach(a, i, t) ok |= json_equal(t, v);
			if (!ok) {
				char *got = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
				report(ptr, "not one of the enum's values:", got);
				free(got);
			}
		} else if (!strcmp(kw, "properties")) {
			if (!json_is_object(v))
				continue;
			const char *k;
			json_t *ps;
			json_object_foreach(a, k, ps) {
				json_t *x = json_object_get(v, k);
				if (!x)
					continue;
				size_t n = strlen(ptr) + strlen(k) + 2;
				char *p = malloc(n);
				snprintf(p, n, "%s/%s", ptr, k);
				check(ps, x, p);
				free(p);
			}
		} else if (!strcmp(kw, "required")) {
			if (!json_is_object(v))
				continue;
			size_t i;
			json_t *t;
			json_array_foreach(a, i, t) {
				if (!json_object_get(v, json_string_value(t)))
					report(ptr, "missing required member", json_string_value(t));
			}
		} else if (!strcmp(kw, "additionalProperties")) {
			if (!json_is_object(v))
				continue;
			json_t *props = json_object_get(s, "properties");
			const char *k;
			json_t *x;
			json_object_foreach(v, k, x) {
				if (props && json_object_get(props, k))
					continue;
				if (json_is_false(a)) {
					report(ptr, "member not allowed:", k);
				} else {
					size_t n = strlen(ptr) + strlen(k) + 2;
					char *p = malloc(n);
					snprintf(p, n, "%s/%s", ptr, k);
					check(a, x, p);
					free(p);
				}
			}
		} else if (!strcmp(kw, "items")) {
			if (!json_is_array(v))
				continue;
			size_t i;
			json_t *x;
			json_array_foreach(v, i, x) {
				size_t n = strlen(ptr) + 24;
				char *p = malloc(n);
				snprintf(p, n, "%s/%zu", ptr, i);
				check(a, x, p);
				free(p);
			}
		} else if (!strcmp(kw, "minItems")) {
			if (json_is_array(v) && (json_int_t)json_array_size(v) < json_integer_value(a))
				report(ptr, "too few items", NULL);
		} else if (!strcmp(kw, "minLength")) {
			if (json_is_string(v) && (json_int_t)json_string_length(v) < json_integer_value(a))
				report(ptr, "string too short", NULL);
		} else if (!strcmp(kw, "minimum")) {
			if (json_is_number(v) && num(v) < num(a))
				report(ptr, "below the minimum", NULL);
		} else if (!strcmp(kw, "maximum")) {
			if (json_is_number(v) && num(v) > num(a))
				report(ptr, "above the maximum", NULL);
		} else if (!strcmp(kw, "pattern")) {
			if (!json_is_string(v))
				continue;
			regex_t re;
			if (regcomp(&re, json_string_value(a), REG_EXTENDED | REG_NOSUB) != 0) {
				fprintf(stderr, "validate: bad pattern '%s'\n", json_string_value(a));
				exit(2);
			}
			if (regexec(&re, json_string_value(v), 0, NULL, 0) != 0)
				report(ptr, "does not match", json_string_value(a));
			regfree(&re);
		} else if (!strcmp(kw, "anyOf") || !strcmp(kw, "oneOf")) {
			size_t i, matched = 0;
			json_t *t;
			json_array_foreach(a, i, t) matched += quietly(t, v, ptr);
			if (kw[0] == 'a' ? matched == 0 : matched != 1)
				report(ptr, kw[0] == 'a' ? "matches none of anyOf" : "does not match exactly one of oneOf",
				       NULL);
		} else {
			CC_unsupported(kw);
		}
	}
	return errors == before;
}

int main(int argc, char **argv)
{
	const char *schema_path = NULL, *file = NULL, *def = NULL;
	bool lines = false;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--lines") == 0)
			lines = true;
		else if (strcmp(argv[i], "--def") == 0 && i + 1 < argc)
			def = argv[++i];
		else if (!schema_path)
			schema_path = argv[i];
		else if (!file)
			file = argv[i];
		else
			schema_path = NULL, i = argc;
	}
	if (!schema_path || !file) {
		fprintf(stderr, "usage: validate SCHEMA [--def NAME] [--lines] FILE\n");
		return 2;
	}
	json_error_t je;
	root_schema = json_load_file(schema_path, 0, &je);
	if (!root_schema) {
		fprintf(stderr, "validate: %s:%d:%d: %s\n", schema_path, je.line, je.column, je.text);
		return 2;
	}
	json_t *s = root_schema;
	if (def) {
		s = json_object_get(json_object_get(root_schema, "$defs"), def);
		if (!s) {
			fprintf(stderr, "validate: no $defs/%s in %s\n", def, schema_path);
			return 2;
		}
	}
	FILE *f = fopen(file, "r");
	if (!f) {
		perror(file);
		return 2;
	}
	size_t n = 0;
	if (lines) {
		char *line = NULL;
		size_t cap = 0;
		ssize_t len;
		size_t lineno = 0;
		char *label = malloc(strlen(file) + 32);
		while ((len = getline(&line, &cap, f)) > 0) {
			lineno++;
			json_t *v = json_loads(line, 0, &je);
			sprintf(label, "%s:%zu", file, lineno);
			where = label;
			if (!v) {
				printf("%s: not JSON: %s\n", where, je.text);
				errors++;
				continue;
			}
			check(s, v, "");
			json_decref(v);
			n++;
		}
		free(line);
		free(label);
		where = file;
	} else {
		json_t *v = json_loadf(f, 0, &je);
		where = file;
		if (!v) {
			printf("%s:%d:%d: not JSON: %s\n", file, je.line, je.column, je.text);
			fclose(f);
			return 1;
		}
		check(s, v, "");
		json_decref(v);
		n = 1;
	}
	fclose(f);
	json_decref(root_schema);
	if (errors) {
		printf("%s: %d schema error%s\n", file, errors, errors == 1 ? "" : "s");
		return 1;
	}
	if (!n) {
		printf("%s: no instance to validate\n", file);
		return 1;
	}
	return 0;
}
