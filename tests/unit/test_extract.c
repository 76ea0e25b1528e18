/* Unit tests for src/extract.c with the real lexicons in data/: alias
 * folding, event triggers with polarity and modality, attribution, ties of
 * slots to events and subjects, and claims. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "lexicon.h"
#include "token.h"
#include "tap.h"

static struct lexicon *lx;

struct run {
	char *text;
	struct extract_sentence s;
	struct extraction x;
};

static void run(struct run *r, const char *text, const char *date)
{
	r->text = strdup(text);
	r->s = (struct extract_sentence){0, strlen(text), false};
	struct extract_input in = {.text = r->text, .len = strlen(text), .sents = &r->s, .nsents = 1};
	if (date)
		dateline_parse_iso(date, &in.date);
	extract_doc(lx, &in, &r->x);
}

static void done(struct run *r)
{
	extraction_free(&r->x);
	free(r->text);
}

/* The first mention of a type whose surface text is `surface`. */
static const struct mention *find(const struct run *r, enum mention_type t, const char *surface)
{
	size_t n = strlen(surface);
	for (size_t i = 0; i < r->x.mentions.n; i++) {
		const struct mention *m = &r->x.mentions.v[i];
		if (m->type == t && m->end - m->start == n && memcmp(r->text + m->start, surface, n) == 0)
			return m;
	}
	return NULL;
}

static void entity_is(const char *text, const char *surface, const char *canon)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_ENTITY, surface);
	char name[256];
	snprintf(name, sizeof name, "entity '%s' in '%s'", surface, text);
	tap_str_eq(m ? m->value : NULL, canon, name);
	done(&r);
}

/* The type (unit) an entity whose surface is `surface` is given. */
static void entity_type_is(const char *text, const char *surface, const char *type)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_ENTITY, surface);
	char name[256];
	snprintf(name, sizeof name, "type of entity '%s' in '%s'", surface, text);
	tap_str_eq(m ? m->unit : NULL, type, name);
	done(&r);
}

static void event_is(const char *text, const char *surface, const char *cls, bool negated,
		     enum modality mod)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_EVENT, surface);
	char name[256];
	snprintf(name, sizeof name, "event '%s' in '%s'", surface, text);
	if (!tap_ok(m && strcmp(m->value, cls) == 0 && m->negated == negated && m->modality == mod,
		    "%s", name)) {
		if (m)
			tap_diag("got %s negated=%d modality=%s", m->value, m->negated,
				 mention_modality_name(m->modality));
		else
			tap_diag("no such event");
	}
	done(&r);
}

static void no_event(const char *text, const char *surface)
{
	struct run r;
	run(&r, text, NULL);
	tap_ok(find(&r, M_EVENT, surface) == NULL, "no event '%s' in '%s'", surface, text);
	done(&r);
}

static void speaker_is(const char *text, const char *speaker)
{
	struct run r;
	run(&r, text, NULL);
	const char *got = NULL;
	for (size_t i = 0; i < r.x.mentions.n; i++)
		if (r.x.mentions.v[i].type == M_QUOTE)
			got = r.x.mentions.v[i].value;
	char name[256];
	snprintf(name, sizeof name, "speaker of '%s'", text);
	tap_str_eq(got, speaker, name);
	done(&r);
}

/* The subject of the event whose surface is `surface`: an entity's value,
 * "(main)" for the article's main organisation, NULL for none. */
static void subject_is(const char *text, const char *surface, const char *subject)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_EVENT, surface);
	const char *got = "(no such event)";
	if (m)
		got = m->subject >= 0 ? r.x.mentions.v[m->subject].value
		      : m->subject == EXTRACT_SUBJ_MAIN || m->subject == EXTRACT_SUBJ_MAIN_SAID ? "(main)" : NULL;
	char name[256];
	snprintf(name, sizeof name, "subject of '%s' in '%s'", surface, text);
	tap_str_eq(got, subject, name);
	done(&r);
}

static void no_entity(const char *text, const char *surface)
{
	struct run r;
	run(&r, text, NULL);
	tap_ok(find(&r, M_ENTITY, surface) == NULL, "no entity '%s' in '%s'", surface, text);
	done(&r);
}

/* What a figure measures (mention.measure). */
static void measure_is(const char *text, const char *surface, const char *measure)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_NUMBER, surface);
	char name[256];
	snprintf(name, sizeof name, "'%s' in '%s' measures '%s'", surface, text, measure);
	tap_str_eq(m ? m->measure : NULL, measure, name);
	done(&r);
}

/* The longest place name an entity holds (its value, cut at a
 * character's start) is the measure's place whole: "from " and the value. */
static void long_place_whole(void)
{
	const char *text = "The blast hit 3 miles east of Ñuñoa Península Ávila Cáceres Ñandú Óvalo "
			   "Ébano Íñigo Úrsula on Monday.";
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_NUMBER, "3");
	const struct mention *e = find(&r, M_ENTITY, "Ñuñoa Península Ávila Cáceres Ñandú Óvalo Ébano Íñigo Úrsula");
	char want[8 + sizeof e->value];
	snprintf(want, sizeof want, "from %s", e ? e->value : "?");
	tap_ok(e && strlen(e->value) >= sizeof e->value - 4, "a place name as long as an entity's value holds");
	tap_str_eq(m ? m->measure : NULL, want, "a distance from it measures the place whole");
	done(&r);
}

/* The same for a figure of any type: money, a percentage or a number. */
static void figure_measure_is(const char *text, const char *surface, const char *measure)
{
	struct run r;
	run(&r, text, NULL);
	const struct mention *m = find(&r, M_MONEY, surface);
	if (!m)
		m = find(&r, M_PERCENT, surface);
	if (!m)
		m = find(&r, M_NUMBER, surface);
	char name[256];
	snprintf(name, sizeof name, "'%s' in '%s' measures '%s'", surface, text, measure);
	tap_str_eq(m ? m->measure : "(no such figure)", measure, name);
	done(&r);
}

/* The event class and subject a date slot is tied to. */
static void slot_tie(const char *text, const char *date, enum mention_type t, const char *surface,
		     const char *cls, const char *subject)
{
	struct run r;
	run(&r, text, date);
	const struct mention *m = find(&r, t, surface);
	char name[256];
	snprintf(name, sizeof name, "'%s' in '%s' ties to %s of %s", surface, text, cls, subject);
	if (!tap_ok(m && strcmp(extract_slot_event(&r.x, m), cls) == 0 &&
			    strcmp(extract_slot_subject(&r.x, m), subject) == 0,
		    "%s", name)) {
		if (m)
			tap_diag("got %s of %s", extract_slot_event(&r.x, m), extract_slot_subject(&r.x, m));
		else
			tap_diag("no such %s mention", mention_type_name(t));
	}
	done(&r);
}

/* The canonical names of a document's entities whose surface is
 * `surface`, in order, joined by "|"; its sentences end at each '\n' and
 * the first is its headline. */
/* Extracts a document whose sentences end at each '\n' (the first is its
 * headline) into *x; returns the copy of the text it reads (the caller
 * frees it and x). */
static char *doc_extract(const char *text, struct extraction *x)
{
	struct extract_sentence sents[8];
	size_t ns = 0, at = 0, len = strlen(text);
	for (size_t i = 0; i <= len && ns < 8; i++)
		if (i == len || text[i] == '\n') {
			sents[ns++] = (struct extract_sentence){at, i, false};
			at = i + 1;
		}
	char *t = strdup(text);
	struct extract_input in = {.text = t, .len = len, .sents = sents, .nsents = ns};
	extract_doc(lx, &in, x);
	return t;
}

static void names_are(const char *text, const char *surface, const char *want)
{
	struct extraction x;
	char *t = doc_extract(text, &x);
	char got[256] = "";
	size_t n = strlen(surface);
	for (size_t i = 0; i < x.mentions.n; i++) {
		const struct mention *m = &x.mentions.v[i];
		if (m->type == M_ENTITY && m->end - m->start == n && memcmp(t + m->start, surface, n) == 0)
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", got[0] ? "|" : "", m->value);
	}
	char name[256];
	snprintf(name, sizeof name, "names of '%s' in '%s'", surface, text);
	tap_str_eq(got, want, name);
	extraction_free(&x);
	free(t);
}

/* A document's main entity, and the subject a slot of a type is given
 * in it (extract_slot_subject; the slot's surface is its last). */
static void doc_subject_is(const char *text, const char *main_entity, enum mention_type t,
			   const char *surface, const char *subject)
{
	struct extraction x;
	char *d = doc_extract(text, &x);
	char name[320];
	snprintf(name, sizeof name, "main entity of '%s'", text);
	tap_str_eq(x.main_entity, main_entity, name);
	const struct mention *m = NULL;
	size_t n = strlen(surface);
	for (size_t i = 0; i < x.mentions.n; i++)
		if (x.mentions.v[i].type == t && x.mentions.v[i].end - x.mentions.v[i].start == n &&
		    memcmp(d + x.mentions.v[i].start, surface, n) == 0)
			m = &x.mentions.v[i];
	snprintf(name, sizeof name, "'%s' in '%s' is %s's", surface, text, subject);
	tap_str_eq(m ? extract_slot_subject(&x, m) : "(no such mention)", subject, name);
	extraction_free(&x);
	free(d);
}

/* The subject of the first event whose surface is `trigger` in a document
 * (doc_extract): an entity's value, "(main)", or NULL for none. */
static void doc_event_subject_is(const char *text, const char *trigger, const char *subject)
{
	struct extraction x;
	char *d = doc_extract(text, &x);
	const char *got = "(no such event)";
	size_t n = strlen(trigger);
	for (size_t i = 0; i < x.mentions.n; i++) {
		const struct mention *m = &x.mentions.v[i];
		if (m->type == M_EVENT && m->end - m->start == n && memcmp(d + m->start, trigger, n) == 0) {
			got = m->subject >= 0 ? x.mentions.v[m->subject].value : m->subject == EXTRACT_SUBJ_MAIN || m->subject == EXTRACT_SUBJ_MAIN_SAID ? "(main)" : NULL;
			break;
		}
	}
	char name[320];
	snprintf(name, sizeof name, "subject of '%s' in '%s'", trigger, text);
	tap_str_eq(got, subject, name);
	extraction_free(&x);
	free(d);
}

/* The actors of a text's claims (extract_claim_actor), in order, joined by
 * "|" ("" when none): what the store picks a story's subject from. */
static void actors_are(const char *text, const char *want)
{
	struct extraction x;
	char *d = doc_extract(text, &x);
	char got[256] = "";
	for (size_t i = 0; i < x.nclaims; i++) {
		if (!extract_claim_actor(&x, &x.claims[i]))
			continue;
		size_t n = strlen(got);
		snprintf(got + n, sizeof got - n, "%s%s", n ? "|" : "", x.claims[i].subject);
	}
	char name[320];
	snprintf(name, sizeof name, "actors in '%s'", text);
	tap_str_eq(got, want, name);
	extraction_free(&x);
	free(d);
}

/* The subject a slot of a type is given (extract_slot_subject). */
static void slot_subject_is(const char *text, enum mention_type t, const char *surface,
			    const char *subject)
{
	struct run r;
	run(&r, text, "2024-07-01");
	const struct mention *m = find(&r, t, surface);
	char name[256];
	snprintf(name, sizeof name, "'%s' in '%s' is %s's", surface, text, subject);
	tap_str_eq(m ? extract_slot_subject(&r.x, m) : "(no such mention)", subject, name);
	done(&r);
}

int main(void)
{
	const char *dir = getenv("top_srcdir");
	char *d = dir ? xasprintf("%s/data", dir) : xstrdup("data");
	struct cc_err err = {0};
	if (lexicon_load(d, &lx, &err) != CC_OK) {
		printf("Bail out! %s\n", err.msg);
		return 1;
	}
	free(d);

	/* alias folding */
	/* a well-known company's long name folds to the name news uses */
	entity_is("Shares of Advanced Micro Devices Inc. rose on Monday.", "Advanced Micro Devices Inc.", "AMD");
	entity_is("On Monday Hewlett-Packard said it would buy the firm.", "Hewlett-Packard", "HP");
	entity_is("The U.S. said nothing.", "U.S.", "United States");
	entity_is("Officials in the US waited.", "US", "United States");
	entity_is("Officials in the United States waited.", "United States", "United States");
	entity_is("Kaspersky Lab denied it.", "Kaspersky Lab", "Kaspersky");
	entity_is("Shares of Kaspersky Labs fell.", "Kaspersky Labs", "Kaspersky");
	entity_is("He sued Acme Corp. in May.", "Acme Corp.", "Acme");
	entity_is("Then the Commerce Department acted.", "Commerce Department", "Commerce Department");
	entity_is("Then the Department of Commerce acted.", "Department of Commerce", "Commerce Department");
	entity_is("Then the US Department of Commerce acted.", "US Department of Commerce", "Commerce Department");
	entity_is("Then the U.S. Commerce Department acted.", "U.S. Commerce Department", "Commerce Department");
	entity_is("Then the Commerce Dept. acted.", "Commerce Dept.", "Commerce Department");
	entity_is("Then the Department of Transportation acted.", "Department of Transportation", "Transportation Department");
	entity_is("He met Commerce Secretary Gina Raimondo there.", "Gina Raimondo", "Gina Raimondo");
	entity_is("Russian hackers were blamed.", "Russian", "Russia");
	entity_is("It told the Associated Press so.", "Associated Press", "Associated Press");
	entity_is("It told the AP so.", "AP", "Associated Press");
	entity_is("They met in New York City.", "New York City", "New York");
	entity_is("Workers at Harbor Freight Lines struck.", "Harbor Freight Lines", "Harbor Freight Lines");
	{
		struct run r;
		run(&r, "us and them", NULL);
		tap_ok(find(&r, M_ENTITY, "us") == NULL, "lower-case 'us' is not the United States");
		done(&r);
		run(&r, "Founded in 1997, the firm grew.", NULL);
		tap_ok(find(&r, M_ENTITY, "Founded") == NULL, "a capitalised first word is not a name");
		done(&r);
	}

	/* a lone capital letter or a unit symbol is no name; an alias and a
	 * name with a letter in it still are */
	no_entity("The 10 U chassis is new.", "U");
	no_entity("Rates in Gbps rose.", "Gbps");
	no_entity("The pool holds data in TB and more.", "TB");
	no_entity("It moves 400 Tb/sec.", "Tb");
	entity_is("Officials of the U.S. agreed.", "U.S.", "United States");
	entity_is("He met Malcolm X there.", "Malcolm X", "Malcolm X");
	entity_is("He backed Plan B on Monday.", "Plan B", "Plan B");
	no_entity("He won by KO in the sixth.", "KO");

	/* a numbered name keeps its number ("Pier 7"), for the words that take
	 * one (cues.tsv: numbered); other names followed by a figure do not */
	entity_is("The fire at Pier 7 spread fast.", "Pier 7", "Pier 7");
	entity_is("He was assigned to Engine No. 3 last year.", "Engine No. 3", "Engine No. 3");
	entity_is("Traffic on Interstate 5, the main road, stopped.", "Interstate 5", "Interstate 5");
	entity_is("The union, Harbor Workers Local 412, said so.", "Harbor Workers Local 412", "Harbor Workers Local 412");
	entity_is("The ruling gives Kaspersky 100 days to leave.", "Kaspersky", "Kaspersky");
	no_entity("The ruling gives Kaspersky 100 days to leave.", "Kaspersky 100");
	no_entity("The crowd at Gate 58-3 waited.", "Gate 58");
	no_entity("They met at Gate 9:30 sharp.", "Gate 9");
	entity_is("They met at Gate 12.", "Gate 12", "Gate 12");
	/* ... a place when its word names one (cues.tsv: place-head), not a
	 * crew or a union local */
	entity_type_is("The fire at Pier 7 spread fast.", "Pier 7", "place");
	/* names a plural kind of place follows in lower case are places
	 * ("Sonoma and Lake counties"): each of them, lists too; a surname
	 * that is also a plural ("Rivers") is no kind of place, nor a name
	 * before a singular or before another plural noun */
	entity_type_is("A quake shook Sonoma and Lake counties on Friday.", "Lake", "place");
	entity_type_is("A quake shook Sonoma and Lake counties on Friday.", "Sonoma", "place");
	entity_type_is("Fog lay over the Ashby, Carrow and Dunmore valleys.", "Ashby", "place");
	entity_type_is("Fog lay over the Ashby, Carrow and Dunmore valleys.", "Carrow", "place");
	entity_type_is("Snow closed roads in the Kestrel Ridge and Harlan counties.", "Kestrel Ridge", "place");
	entity_type_is("Joan Rivers spoke on Friday.", "Joan Rivers", "unknown");
	entity_type_is("The Tolland board met on Friday.", "Tolland", "unknown");
	entity_type_is("On Friday Orvik and Dunmore shares fell.", "Orvik", "unknown");
	entity_type_is("Traffic on Interstate 5, the main road, stopped.", "Interstate 5", "place");
	entity_type_is("They met at Gate 12.", "Gate 12", "place");
	entity_type_is("He was assigned to Engine No. 3 last year.", "Engine No. 3", "unknown");
	entity_type_is("The union, Harbor Workers Local 412, said so.", "Harbor Workers Local 412", "unknown");
	/* a possessive inside the name of a shop or a firm named after its
	 * owner (capitals that end in cues.tsv's "trade-tail" or an org
	 * suffix) is one organisation; a possessor before a common noun, a
	 * known name or a street keeps its own name */
	static const struct {
		const char *text, *surface, *canon, *type;
	} trades[] = {
		{"Buyers lined up outside Dunmore's Market on Saturday.", "Dunmore's Market", "Dunmore's Market",
		 "org"},
		{"Tilda's Corner Bakery reopened on Tuesday.", "Tilda's Corner Bakery", "Tilda's Corner Bakery", "org"},
		{"Late on Friday, Quarry's Diner closed its doors.", "Quarry's Diner", "Quarry's Diner", "org"},
		{"The suit names Ostrander's Corp. as a defendant.", "Ostrander's Corp.", "Ostrander's", "org"},
		{"Voters said Orvik's chief executive resigned.", "Orvik", "Orvik", "unknown"},
		{"Pickets stood by Orvik's Harbor Street depot.", "Harbor Street", "Harbor Street", "place"},
		{"Traders said Britain's Corner Market reopened.", "Britain", "United Kingdom", "place"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(trades); k++) {
		entity_is(trades[k].text, trades[k].surface, trades[k].canon);
		entity_type_is(trades[k].text, trades[k].surface, trades[k].type);
	}
	no_entity("Buyers lined up outside Dunmore's Market on Saturday.", "Market");
	no_entity("Pickets stood by Orvik's Harbor Street depot.", "Orvik's Harbor Street");
	subject_is("Tilda's Corner Bakery reopened on Tuesday.", "reopened", "Tilda's Corner Bakery");
	entity_type_is("Crews from Ladder 9 arrived.", "Ladder 9", "unknown");
	/* "and" joins the parts of a body's name, not a list of names */
	entity_is("It was felt in Santa Rosa and San Francisco on Thursday.", "Santa Rosa", "Santa Rosa");
	entity_is("It was felt in Santa Rosa and San Francisco on Thursday.", "San Francisco", "San Francisco");
	no_entity("It was felt in Santa Rosa and San Francisco on Thursday.", "Santa Rosa and San Francisco");
	entity_is("He holds the IBF and WBO belts.", "WBO", "WBO");
	no_entity("Calls came from Sacramento and Woodland and Roseville.", "Sacramento and Woodland");
	entity_is("Then the Securities and Exchange Commission acted.", "Securities and Exchange Commission",
		  "Securities and Exchange Commission");
	entity_is("Members of Harbor and Warehouse Workers Local 412 met.", "Harbor and Warehouse Workers Local 412",
		  "Harbor and Warehouse Workers Local 412");
	/* a university, college or school is named after a place or a
	 * person: the name before "and" is another one; a body named for what
	 * it does, or a museum, keeps its "and" */
	static const struct {
		const char *text, *surface, *canon;
	} ands[] = {
		{"Scientists at Yale and Duke University ran the trial.", "Yale", "Yale"},
		{"Scientists at Yale and Duke University ran the trial.", "Duke University", "Duke University"},
		{"She taught at Oberlin and Carleton College for a decade.", "Carleton College", "Carleton College"},
		{"The Food and Drug Administration cleared the drug.", "Food and Drug Administration",
		 "Food and Drug Administration"},
		{"The show moved to the Victoria and Albert Museum in May.", "Victoria and Albert Museum",
		 "Victoria and Albert Museum"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(ands); k++)
		entity_is(ands[k].text, ands[k].surface, ands[k].canon);
	no_entity("Scientists at Yale and Duke University ran the trial.", "Yale and Duke University");
	/* a possessive ends the phrase it names: "the building's alarms" is
	 * the building's */
	entity_is("She said the building\u2019s fire alarms worked as designed.", "the building", "building");
	no_entity("She said the building\u2019s fire alarms worked as designed.", "the building\u2019s");
	no_entity("\"I'm satisfied,\" he said.", "I'm");
	no_entity("\"I got caught but I'm fine,\" he said.", "I'm");
	no_entity("\u201cWe\u2019ve been looking,\u201d Su said.", "We\u2019ve");
	entity_is("Fans said It's Madonna's tour.", "Madonna", "Madonna");
	no_entity("Fans said It's Madonna's tour.", "It's");
	/* capitals joined by a hyphen are one name, unless both were named */
	entity_is("Later, Bristol-Myers Co. announced a deal.", "Bristol-Myers Co.", "Bristol-Myers");
	entity_is("He bought shares in Rolls-Royce today.", "Rolls-Royce", "Rolls-Royce");
	{
		struct run r;
		const char *text = "AMD bought SeaMicro. The AMD-SeaMicro deal closed.";
		r.text = strdup(text);
		struct extract_sentence ss[2] = {{0, 20, false}, {21, strlen(text), false}};
		struct extract_input in = {.text = r.text, .len = strlen(text), .sents = ss, .nsents = 2};
		extract_doc(lx, &in, &r.x);
		tap_ok(find(&r, M_ENTITY, "AMD-SeaMicro") == NULL,
		       "two names the article named alone are not joined by their hyphen");
		done(&r);
	}

	/* a capital opening a sentence that no other sentence writes so: a
	 * name when it speaks or joins a capital, not a word that opens
	 * sentences, nor an adverb or a question's verb before a name */
	static const struct {
		const char *text, *surface, *canon; /* canon NULL: no such entity */
	} initial[] = {
		{"Much will be made of the deal.", "Much", NULL},
		{"During May the plant closed.", "During May", NULL},
		{"Because EYP grew, it moved.", "Because EYP", NULL},
		{"Because EYP grew, it moved.", "EYP", "EYP"},
		{"Even still, however, Klitschko has won.", "Even", NULL},
		{"Full told, the firm cut 90 percent of its parts.", "Full", NULL},
		{"Will Intel follow with a chip of its own?", "Will Intel", NULL},
		{"Will Intel follow with a chip of its own?", "Intel", "Intel"},
		{"4. Will they also support ARM chips?", "Will", NULL},
		{"Currently SeaMicro sells its servers alone.", "Currently SeaMicro", NULL},
		{"Currently SeaMicro sells its servers alone.", "SeaMicro", "SeaMicro"},
		/* names that stay */
		{"Will Smith said the film was done.", "Will Smith", "Will Smith"},
		{"Much Ado opened in the park.", "Much Ado", "Much Ado"},
		{"Beverly Hills police said nothing.", "Beverly Hills", "Beverly Hills"},
		{"Kaspersky will cease its sales.", "Kaspersky", "Kaspersky"},
		{"Raimondo told reporters it was over.", "Raimondo", "Raimondo"},
		{"Kaspersky said it would leave.", "Kaspersky", "Kaspersky"},
		/* a Title Case headline with its small words in lower case */
		{"AMD's Acquisition of SeaMicro Puts Intel on the Defensive",
		 "Acquisition of SeaMicro Puts Intel", NULL},
		{"Lisa Su of AMD met Michael Dell in Austin.", "Michael Dell", "Michael Dell"},
		/* a country is kept in a name, dropped before a body of its state */
		{"Shares of France Telecom fell.", "France Telecom", "France Telecom"},
		{"He praised the American Recovery and Reinvestment Act today.",
		 "American Recovery and Reinvestment Act", "American Recovery and Reinvestment Act"},
		{"Officials of the US Navy agreed.", "US Navy", "Navy"},
		{"A China Netcom unit grew.", "China Netcom", "China Netcom"},
		{"He flew to France on Monday.", "France", "France"},
		{"The Irish fighter lost.", "Irish", "Ireland"},
		/* model codes: letters and digits as one word */
		{"It used the SM10000 system.", "SM10000", "SM10000"},
		{"It used the SM10000 system.", "SM", NULL},
		{"The newer SM10000-64HD box sold.", "SM10000-64HD", "SM10000-64HD"},
		{"Cases of COVID-19 rose.", "COVID-19", "COVID-19"},
		{"It holds 64HD parts.", "HD", NULL},
		/* an org suffix alone is no name */
		{"Its parent is Acme Holdings, Inc. of Ohio.", "Inc.", NULL},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(initial); k++) {
		if (initial[k].canon)
			entity_is(initial[k].text, initial[k].surface, initial[k].canon);
		else
			no_entity(initial[k].text, initial[k].surface);
	}
	/* a single capital opening a sentence, written nowhere else: a name
	 * when a trigger of an act a firm or person does follows it directly
	 * and no data file knows it nor does the article write it in lower
	 * case; not a group, a plural, a gerund, a pronoun, or a mass noun
	 * before what happens to anything */
	static const struct {
		const char *text, *surface, *canon; /* canon NULL: no such entity */
	} acts[] = {
		{"Corvane cut 300 jobs on Monday.", "Corvane", "Corvane"},
		{"Orvik acquired a rival last year.", "Orvik", "Orvik"},
		{"\"Tarnell sold the mill in May,\" she said.", "Tarnell", "Tarnell"},
		{"Fennick sold the plant.", "Fennick", "Fennick"},
		{"Fennick sold the plant. The fennick harvest failed.", "Fennick", NULL},
		{"Police arrested two men.", "Police", NULL},
		{"Officials announced the closure.", "Officials", NULL},
		{"Residents fled the flames.", "Residents", NULL},
		{"Shares fell 4% on Friday.", "Shares", NULL},
		{"Sales rose 3% last quarter.", "Sales", NULL},
		{"Investors sold the stock.", "Investors", NULL},
		{"Gunmen killed three villagers.", "Gunmen", NULL},
		{"Rain flooded the streets.", "Rain", NULL},
		{"Inflation rose sharply.", "Inflation", NULL},
		{"Mapping reveals a fault line.", "Mapping", NULL},
		{"Somebody sold the car.", "Somebody", NULL},
		{"Afterward announced the results.", "Afterward", NULL},
		{"Corvane plant workers met.", "Corvane", NULL},
		{"Ammonia used in the cooling system leaked.", "Ammonia", NULL},
		{"Dorn fire spreads", "Dorn", NULL}, /* a heading: "fire" a noun */
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(acts); k++) {
		if (acts[k].canon)
			entity_is(acts[k].text, acts[k].surface, acts[k].canon);
		else
			no_entity(acts[k].text, acts[k].surface);
	}
	subject_is("Corvane cut 300 jobs on Monday.", "cut", "Corvane");
	/* a headline's capitals are names only where the article writes them
	 * so elsewhere too */
	{
		static const struct {
			const char *head, *body, *surface;
			bool named;
		} heads[] = {
			{"Actress Esther Williams Dies at 91", "The swimmer Esther Williams died on Thursday.",
			 "Esther Williams", true},
			{"Actress Esther Williams Dies at 91", "The swimmer Esther Williams died on Thursday.",
			 "Actress", false},
			{"Actress Esther Williams Dies at 91", "The swimmer Esther Williams died on Thursday.",
			 "Dies", false},
			{"AMD's Acquisition of SeaMicro Puts Intel on the Defensive",
			 "The deal with SeaMicro worries Intel.", "SeaMicro", true},
			{"AMD's Acquisition of SeaMicro Puts Intel on the Defensive",
			 "The deal with SeaMicro worries Intel.", "Acquisition", false},
		};
		for (size_t k = 0; k < CC_ARRAY_LEN(heads); k++) {
			struct run r;
			char text[256];
			size_t hl = strlen(heads[k].head);
			snprintf(text, sizeof text, "%s\n%s", heads[k].head, heads[k].body);
			r.text = strdup(text);
			struct extract_sentence ss[2] = {{0, hl, false}, {hl + 1, strlen(text), false}};
			struct extract_input in = {.text = r.text, .len = strlen(text), .sents = ss, .nsents = 2};
			extract_doc(lx, &in, &r.x);
			bool named = false;
			for (size_t i = 0; i < r.x.mentions.n; i++) {
				const struct mention *m = &r.x.mentions.v[i];
				named |= m->type == M_ENTITY && m->sentence == 0 &&
					 m->end - m->start == strlen(heads[k].surface) &&
					 memcmp(text + m->start, heads[k].surface, m->end - m->start) == 0;
			}
			tap_ok(named == heads[k].named, "headline '%s': '%s' is %sa name", heads[k].head,
			       heads[k].surface, heads[k].named ? "" : "not ");
			done(&r);
		}
	}
	speaker_is("Full told, the firm cut 90 percent of its parts.", NULL);
	speaker_is("Raimondo told reporters it was over.", "Raimondo");

	/* a common noun's head is the noun, named by a singular word; a verb
	 * after it is no head, and a phrase before a gerund is no subject */
	static const struct {
		const char *text, *trigger, *subject;
	} nouns[] = {
		{"The champion cornered Thompson toward the end of the round.", "end", "champion"},
		{"The challenger held on until the end.", "end", "challenger"},
		{"A cagey opening round followed.", "opening", NULL},
		{"This included eliminating all the jobs.", "eliminating", NULL},
		{"The technologies used here were new.", "used", "technology"},
		{"The series ended in May.", "ended", "series"},
		{"The taxes rose in May.", "rose", "tax"},
		{"The restrictions took effect in May.", "took effect", "restriction"},
		{"The ban takes effect soon.", "takes effect", "ban"},
		{"The news was announced in May.", "announced", "news"},
		{"The self-described mermaid died in May.", "died", NULL},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(nouns); k++)
		subject_is(nouns[k].text, nouns[k].trigger, nouns[k].subject);

	/* a name after a participle's "by" is that participle's agent: the
	 * noun before the participle acts; a passive with "was", or a name
	 * the verb follows with no participle, stays as it was */
	static const struct {
		const char *text, *trigger, *subject;
	} agents[] = {
		{"Orvik left the market after a tariff imposed by the Trade Ministry set to take effect on May 3.",
		 "take effect", "tariff"},
		{"The curfew ordered by Mayor Ines Carvalho takes effect on Friday.", "takes effect", "curfew"},
		{"The mill owned by Harlow Foods closed in May.", "closed", "mill"},
		{"The company owned by Ivo Brandt closed the mill in May.", "closed", "(main)"},
		{"The mill was sold by Harlow Foods and Orvik Systems closed it.", "closed", "Orvik Systems"},
		{"Harlow Foods closed the mill in May.", "closed", "Harlow Foods"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(agents); k++)
		subject_is(agents[k].text, agents[k].trigger, agents[k].subject);

	/* the subject of an event is the head of the noun phrase before it:
	 * an amount inside the phrase modifies what follows it */
	/* the name after a place's possessive acts; a place within a place
	 * does not take over */
	subject_is("Norway's Civil Aviation Authority opened an inquiry.", "opened", "Civil Aviation Authority");
	subject_is("China's exports rose in May.", "rose", "China");
	/* a country's adjective before a noun says whose it is; the noun acts,
	 * while a place's name before one stays the subject */
	subject_is("Norwegian carrier cancels flights.", "cancels", "carrier");
	subject_is("Moscow officials denied the report.", "denied", "Moscow");
	subject_is("A magnitude 4.6 quake hit the coast.", "hit", "quake");
	/* a length measures a depth, or a distance from a named place */
	measure_is("The quake struck 14 miles northeast of Healdsburg.", "14", "from Healdsburg");
	measure_is("It struck about 20 miles north-northeast of Santa Rosa.", "about 20", "from Santa Rosa");
	measure_is("It struck 5 km from Cobb on Tuesday.", "5", "from Cobb");
	/* a place name past 18 bytes is whole (the measure was cut at 23:
	 * "from Rancho Santa Marga", one place with "... Margarita Lake") */
	measure_is("The quake struck 14 miles northeast of Rancho Santa Margarita Airport.", "14",
		   "from Rancho Santa Margarita Airport");
	long_place_whole();
	measure_is("It had a depth of 1.2 miles.", "1.2", "depth");
	measure_is("It was 12 kilometers deep.", "12", "depth");
	measure_is("It began one mile below ground level.", "one", "depth");
	measure_is("It was a 14-mile drive.", "14-mile", "");
	measure_is("They walked 3 miles on Sunday.", "3", "");
	/* money, percentages and bare numbers: a noun the figure measures; a
	 * determiner, a pronoun, a number, a date word or a verb is never one */
	static const struct {
		const char *text, *surface, *measure;
	} measures[] = {
		{"The buyer paid $290 million in cash.", "$290 million", "cash"},
		{"It signed a $334M optical chip deal.", "$334M", "deal"},
		{"The firm had revenue of $1.2bn last year.", "$1.2bn", "revenue"},
		{"The crew found 40 more lamps in the hall.", "40", "lamp"},
		{"The startup raised $35m in two rounds of funding.", "$35m", "funding"},
		/* "in" a noun a word describes: the noun; money says nothing */
		{"The council approved $2.5m in emergency repairs.", "$2.5m", "repair"},
		{"The firm booked $12m in operating profit.", "$12m", "profit"},
		{"He took $2.3 million in public funds.", "$2.3 million", ""},
		{"He took $3m in taxpayer money.", "$3m", ""},
		{"The firm paid $5m in fines last year.", "$5m", "fine"},
		{"They had $100 billion in cash revenue.", "$100 billion", "revenue"},
		{"The chain opened more than 20 in the last few years.", "more than 20", ""},
		{"A quake measuring 5.1 rattled Napa and Yolo counties.", "5.1", ""},
		{"At $50 million this is a small bet.", "$50 million", ""},
		{"Shares jumped to 20% on Monday.", "20%", "share"},
		/* a change's figure measures what changed, the noun before its
		 * verb, or the noun a change's noun is "in" */
		{"Harlow Foods said its pre-tax profit rose 12% to £41m.", "12%", "profit"},
		{"Harlow Foods said its pre-tax profit rose 12% to £41m.", "£41m", "profit"},
		{"Like-for-like sales fell 2.1% in the year.", "2.1%", "sale"},
		{"Profit at Harlow Foods rose 12% last year.", "12%", "profit"},
		{"Shares in Harlow fell 8% on Tuesday.", "8%", "share"},
		{"Corvane's shares have risen 22% this year.", "22%", "share"},
		{"Harlow posted a 12% rise in pre-tax profit.", "12%", "profit"},
		{"Harlow posted a 12% rise on Tuesday.", "12%", ""},
		{"Inflation rose to 5.1% in May.", "5.1%", "inflation"},
		{"Corvane shares rose 4% to close at $61.20 on Friday.", "$61.20", "share"},
		{"The figure rose 12% last year.", "12%", ""},
		{"It said that it rose 12% last year.", "12%", ""},
		{"The firm got 20 more than it asked.", "20", ""},
		/* a sum's rate measures its unit, however written */
		{"The buyer pays $41 per share for it.", "$41", "share"},
		{"The buyer pays $41 a share for it.", "$41", "share"},
		{"The buyer pays $41/share for it.", "$41", "share"},
		{"Copper traded at $4 a pound on Friday.", "$4", "pound"},
		{"Crude traded at $80 a barrel.", "$80", "barrel"},
		{"It raised its dividend to 31 cents a share.", "31 cents", "dividend"},
		{"Cleaners earn $19 an hour, and more at night.", "$19", "hour"},
		/* ... and "a" only before a noun that ends the phrase */
		{"Sales were $2 billion a year earlier.", "$2 billion", ""},
		{"It paid $41 a share of its stock.", "$41", ""},
		/* "closer to" is a comparator, no measure: the noun a copula
		 * joins the figure to is */
		{"The bid is closer to $2 billion.", "closer to $2 billion", "bid"},
		{"Turnout was 42%.", "42%", "turnout"},
		{"Voter turnout was 38 percent.", "38 percent", "turnout"},
		{"Unemployment stood at 6.1% in March.", "6.1%", "unemployment"},
		{"Unemployment in the region stands at 7.4%.", "7.4%", ""},
		{"The company was 40% owned by its founder.", "40%", "owned"},
		/* a share a copula gives the state after it measures that state */
		{"The fire was 25% contained on Wednesday.", "25%", "contained"},
		{"The fire is now 60% complete.", "60%", "complete"},
		{"The fire was 40 percent contained, officials said.", "40 percent", "contained"},
		{"Sales were 5% compared with last year.", "5%", ""},
		{"It rose 5% adjusted for inflation.", "5%", ""},
		/* ... not a place's, named before it, nor a general noun's, nor
		 * one of two figures, nor someone's */
		{"In Halden, turnout was 61%.", "61%", ""},
		{"On Sunday, turnout was 61%.", "61%", "turnout"},
		{"The rate was 4.5%.", "4.5%", ""},
		{"Turnout was 42% in May and 38% in June.", "42%", ""},
		{"Her share was 52%.", "52%", ""},
		/* a comparative says which way, not what */
		{"Shares closed 11% lower.", "11%", "share"},
		{"It was 42% higher.", "42%", ""},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(measures); k++)
		figure_measure_is(measures[k].text, measures[k].surface, measures[k].measure);
	/* a place before a common noun modifies it: the noun is the subject */
	subject_is("The Ukrainian champion stopped Thompson in the sixth.", "stopped", "champion");
	subject_is("Officials said a 4.6 magnitude California earthquake began at dawn.", "began", "earthquake");
	subject_is("The Ukrainian stopped Thompson in the sixth.", "stopped", "Ukraine");
	subject_is("A magnitude 4.6 quake hit the coast.", "quake", NULL);
	subject_is("A 6.1-magnitude quake struck at dawn.", "struck", "quake");
	subject_is("A 3.0 quake followed.", "quake", NULL);
	subject_is("The ban takes effect soon.", "takes effect", "ban");
	no_entity("A magnitude 4.6 quake hit the coast.", "A magnitude");
	/* a verb of saying after a comma or a quote, its speaker after it,
	 * is the speaker's ("..., said X"), not the sentence's subject */
	subject_is("The mill will shut in May, said Ivo Brandt, a spokesman.", "said", "Ivo Brandt");
	subject_is("\"It was loud,\" said fire chief Rosa Lind.", "said", "Rosa Lind");
	slot_subject_is("The mill will shut, said Orvik on Monday.", M_DATE, "Monday", "Orvik");
	subject_is("The mill will shut in May, Ivo Brandt said.", "said", "Ivo Brandt");
	/* ... not a name further on, nor after "Co." */
	subject_is("Last year, Harlow Co. announced a deal with Pellam Inc. for cash.", "announced", "Harlow");
	/* plain words before a noun of something that happens say what kind
	 * it is: they are no subject, and the phrase is the verb's */
	subject_is("A small quake struck the valley.", "quake", NULL);
	subject_is("A small quake struck the valley.", "struck", "quake");
	no_entity("A small quake struck the valley.", "A small");
	subject_is("The fierce and fast blaze began overnight.", "began", "blaze");
	slot_subject_is("A shallow earthquake on Tuesday measured 4.2.", M_DATE, "Tuesday", "");
	subject_is("The warehouse's fire started early.", "fire", "warehouse");
	subject_is("A local bakery fires 20 staff.", "fires", "bakery");
	/* a measure between an amount and another noun is the amount's unit,
	 * spaced as hyphenated: the noun after it heads the phrase (and a
	 * noun trigger there is the phrase's own, with no subject) */
	static const struct {
		const char *text, *surface, *subject;
	} measure_mods[] = {
		{"A 5.3 magnitude earthquake rattled the valley towns.", "rattled", "earthquake"},
		{"A 5.3 magnitude earthquake rattled the valley towns.", "earthquake", NULL},
		{"A 5.3-magnitude earthquake rattled the valley towns.", "earthquake", NULL},
		{"The 2.9 magnitude tremor struck the valley.", "struck", "tremor"},
		{"A 300 acre fire started behind the mill.", "started", "fire"},
		{"A 300 acre fire started behind the mill.", "fire", NULL},
		{"A 12 mile detour opened near the pass.", "opened", "detour"},
		{"A 15 percent cut began in March.", "began", "cut"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(measure_mods); k++)
		subject_is(measure_mods[k].text, measure_mods[k].surface, measure_mods[k].subject);
	no_entity("A 5.3 magnitude earthquake rattled the valley towns.", "A 5.3 magnitude");

	/* events, polarity, modality */
	event_is("Kaspersky announced the exit.", "announced", "ANNOUNCE", false, MODAL_ASSERTED);
	event_is("The announcement came late.", "announcement", "ANNOUNCE", false, MODAL_ASSERTED);
	event_is("The ban takes effect soon.", "takes effect", "START", false, MODAL_ASSERTED);
	event_is("The rules took effect soon.", "took effect", "START", false, MODAL_ASSERTED);
	event_is("It will cease operations.", "cease", "END", false, MODAL_FUTURE);
	event_is("It began winding down its business.", "winding down", "END", false, MODAL_ASSERTED);
	event_is("The firm shut down its office.", "shut down", "END", false, MODAL_ASSERTED);
	event_is("It did not halt sales.", "halt", "END", true, MODAL_ASSERTED);
	event_is("It never withdrew.", "withdrew", "END", true, MODAL_ASSERTED);
	event_is("The plane landed without injuries.", "injuries", "INJURE", true, MODAL_ASSERTED);
	event_is("Nobody was hurt.", "hurt", "INJURE", true, MODAL_ASSERTED);
	event_is("No one was killed in the blast.", "killed", "KILL", true, MODAL_ASSERTED);
	event_is("They drive without a seatbelt once updates stop.", "stop", "END", false, MODAL_ASSERTED);
	event_is("It may ban the app.", "ban", "BAN", false, MODAL_POSSIBLE);
	event_is("It plans to acquire the rival.", "acquire", "ACQUIRE", false, MODAL_PLANNED);
	event_is("It vowed to fight the ruling.", "fight", "FIGHT", false, MODAL_VOWED);
	event_is("Five people were killed.", "killed", "KILL", false, MODAL_ASSERTED);
	event_is("Twenty were injured.", "injured", "INJURE", false, MODAL_ASSERTED);
	event_is("The firm was founded in Moscow.", "founded", "FOUND", false, MODAL_ASSERTED);
	event_is("It laid off staff.", "laid off", "LAYOFF", false, MODAL_ASSERTED);
	event_is("It will lay off staff.", "lay off", "LAYOFF", false, MODAL_FUTURE);
	event_is("AMD agreed to buy SeaMicro.", "buy", "ACQUIRE", false, MODAL_ASSERTED);
	event_is("The alarms did not work, she said.", "said", "ANNOUNCE", false, MODAL_ASSERTED);
	no_event("The department was quiet.", "department");
	/* idioms are no events; a layoff cuts staff, not parts or prices */
	no_event("He was fired up about the plan.", "fired up");
	no_event("He was fired up about the plan.", "fired");
	/* "start-up" is a young company, not a start */
	no_event("AMD will buy server start-up SeaMicro for $334m.", "start");
	event_is("The firm will start up a plant on Monday.", "start", "START", false, MODAL_FUTURE);
	/* a side is no leaving: "its left engine", "his left hand" */
	no_event("The plane lost power in its left engine.", "left");
	no_event("He blocked jabs with his left hand.", "left");
	event_is("The chief left the company in May.", "left", "END", false, MODAL_ASSERTED);
	tap_str_eq(lexicon_unit(lx, "plane"), "aircraft", "units.tsv: a plane is an aircraft");
	/* units.tsv: "51 knockouts" and "24 KOs" count one thing */
	tap_str_eq(lexicon_unit(lx, "ko"), "knockout", "units.tsv: a KO is a knockout");
	/* units.tsv: a gathering's number counts its people ("3,000
	 * spectators", "the 3,000 crowd", "3,000 people"); a customer is no
	 * person of a crowd */
	static const char *const people[][2] = {
		{"spectator", "person"}, {"fan", "person"},	{"attendee", "person"},
		{"crowd", "person"},	 {"audience", "person"}, {"attendance", "person"},
		{"customer", "user"},	 {"crew", "worker"},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(people); i++) {
		char name[64];
		snprintf(name, sizeof name, "units.tsv: %s is %s", people[i][0], people[i][1]);
		tap_str_eq(lexicon_unit(lx, people[i][0]), people[i][1], name);
	}
	/* one measure in its spellings; another magnitude is another unit */
	static const char *const folds[][2] = {
		{"kilometre", "km"}, {"kilometer", "km"}, {"km", "km"}, {"kilogram", "kg"},
		{"kilo", "kg"},	     {"gigabyte", "GB"},  {"mile/h", "mph"}, {"lbs", "lb"},
		{"pound", "lb"},     {"metre", "m"},	  {"meter", "m"},     {"mi", "mile"},
		{"kph", "km/h"},     {"m", "m"},	  {"Gb", "Gb"},	      {"gigabit", "gigabit"},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(folds); i++)
	{
		char name[64];
		snprintf(name, sizeof name, "units.tsv: %s is %s", folds[i][0], folds[i][1]);
		tap_str_eq(lexicon_unit(lx, folds[i][0]), folds[i][1], name);
	}
	/* who acts in a claim: a name that does or says it; not a place, a
	 * common noun, nor the main entity standing in */
	actors_are("Halden Chemical will cut 200 jobs at its river plant.", "Halden Chemical");
	actors_are("Maria Lopez said the plant would close on Friday.", "Maria Lopez");
	actors_are("The earthquake struck on Tuesday at 2:09 a.m.", "");
	actors_are("California will send 40 engineers on Monday.", "");
	actors_are("Nine dead after a boat capsized on Sunday.", "");
	/* classes.tsv: what a class is called as a noun; no noun for a class
	 * it does not list, nor for a trigger word or a lower-case class */
	static const char *const class_nouns[][2] = {
		{"DIE", "death"},	{"LAYOFF", "layoffs"}, {"CLOSE", "closing"}, {"SUE", "lawsuit"},
		{"KILL", "killing"},	{"DENY", "denial"},    {"OPERATE", NULL},    {"IDIOM", NULL},
		{"die", NULL},		{"death", NULL},       {"", NULL},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(class_nouns); i++) {
		const char *got = lexicon_event_noun(lx, class_nouns[i][0]);
		char name[64];
		snprintf(name, sizeof name, "classes.tsv: '%s' is called %s", class_nouns[i][0],
			 class_nouns[i][1] ? class_nouns[i][1] : "nothing");
		tap_str_eq(got ? got : "(none)", class_nouns[i][1] ? class_nouns[i][1] : "(none)", name);
	}
	event_is("The fire spread fast.", "fire", "FIRE", false, MODAL_ASSERTED);
	no_event("All told, the firm sold 90 units.", "told");
	event_is("He told reporters the plan.", "told", "ANNOUNCE", false, MODAL_ASSERTED);
	no_event("It eliminates 90 percent of the parts.", "eliminates");
	no_event("It cut prices in May.", "cut");
	event_is("It will eliminate 200 jobs.", "eliminate", "LAYOFF", false, MODAL_FUTURE);
	/* "drop" and "decline" are a fall only with no object after them and
	 * no infinitive (events.tsv "intransitive") */
	event_is("Shares dropped 5% on Monday.", "dropped", "FALL", false, MODAL_ASSERTED);
	event_is("The price dropped to $3.", "dropped", "FALL", false, MODAL_ASSERTED);
	event_is("Sales dropped sharply in May.", "dropped", "FALL", false, MODAL_ASSERTED);
	event_is("Shares declined 4% on Friday.", "declined", "FALL", false, MODAL_ASSERTED);
	event_is("Revenue declined to $3 billion.", "declined", "FALL", false, MODAL_ASSERTED);
	no_event("The champion dropped Thompson again in the sixth.", "dropped");
	no_event("The firm will drop its bid.", "drop");
	no_event("The firm will drop Intel's chips.", "drop");
	no_event("The company declined to comment on Monday.", "declined");
	no_event("Harlow declined the offer on Friday.", "declined");
	no_event("Prosecutors dropped the charges.", "dropped");
	/* a share price's close is a price, no closing (events.tsv idioms) */
	no_event("The offer is a premium to its last close.", "close");
	no_event("Shares rose 4% from their previous close.", "close");
	no_event("The closing price was $12.", "closing");
	event_is("The plant will close on Friday.", "close", "CLOSE", false, MODAL_FUTURE);
	/* a question states nothing: its events are asked, a closing quote
	 * after the mark too; a question inside a stated sentence is not */
	event_is("Will Orvik Systems eliminate 200 jobs?", "eliminate", "LAYOFF", false, MODAL_QUESTION);
	event_is("Did any readers feel the quake shortly after 2 a.m.?", "quake", "STRIKE", false, MODAL_QUESTION);
	event_is("\"Will the firm eliminate 200 jobs?\"", "eliminate", "LAYOFF", false, MODAL_QUESTION);
	event_is("\"Will it last?\" she asked, and the firm eliminated 200 jobs.", "eliminated", "LAYOFF", false,
		 MODAL_ASSERTED);
	event_is("It led to the elimination of all U.S.-based positions.", "elimination", "LAYOFF",
		 false, MODAL_ASSERTED);
	event_is("About 300 positions were cut in May.", "cut", "LAYOFF", false, MODAL_ASSERTED);
	event_is("The job cuts came in May.", "cuts", "LAYOFF", false, MODAL_ASSERTED);
	no_event("It was effectively over.", "effectively");

	/* attribution */
	speaker_is("\"We will leave,\" Raimondo said.", "Raimondo");
	speaker_is("Gina Raimondo said the risk was real.", "Gina Raimondo");
	speaker_is("The risk was real, said Commerce Secretary Gina Raimondo.", "Gina Raimondo");
	speaker_is("The risk was real, according to TechCrunch.", "TechCrunch");
	speaker_is("Kaspersky told AFP it would appeal.", "Kaspersky");
	speaker_is("The plan was confirmed by nobody.", NULL);
	speaker_is("People in the United States waited.", NULL);
	/* the speaker is the name before the verb, across a date or a filler;
	 * a name after the verb only where the verb opens its clause (after a
	 * comma or a quote); a name after "say that" is what was said, and an
	 * infinitive ("to say") is the writer's own words */
	static const struct {
		const char *text, *speaker;
	} speakers[] = {
		{"Orvik Systems today announced the purchase of Helix Cooling.", "Orvik Systems"},
		{"Orvik Systems on Monday said the plant would close.", "Orvik Systems"},
		{"Orvik Systems also said the plant would close.", "Orvik Systems"},
		{"\"The plant will close,\" said spokesman Ivo Brandt.", "Ivo Brandt"},
		{"Ivo Brandt fought well. It is a stretch to say that he hurt Lena Park.", NULL},
		{"Ivo Brandt fought well. Many fans say Lena Park was hurt.", NULL},
		{"Lena Park spoke on Monday. She said that Helix Cooling chips will be added.", NULL},
		{"In a filing, Orvik managers said Helix Cooling matters most.", NULL},
		{"Orvik managers said the plant would close, said Ivo Brandt.", "Ivo Brandt"},
		{"Orvik, which said the plant would close, cut 40 jobs.", NULL},
		{"Orvik Systems has not said why the plant closed.", NULL},
		{"Lena Park has been added to the Orvik Systems board.", NULL},
		/* a name before a role and a person is where the person works:
		 * the person speaks; a name alone speaks itself, and a role alone
		 * names no one */
		{"\"We are ready,\" said Orvik spokesman Ivo Brandt.", "Ivo Brandt"},
		{"\"We are ready,\" said company spokeswoman Ana Ruiz.", "Ana Ruiz"},
		{"\"We are ready,\" said HP chief executive Mark Hurd.", "Mark Hurd"},
		{"The flights resumed in May, according to Pentagon press secretary John Kirby.", "John Kirby"},
		{"\"We are ready,\" said Orvik.", "Orvik"},
		{"\"We are ready,\" said the spokesman.", NULL},
		{"The plant will close, according to Orvik in a filing.", "Orvik"},
		{"\"We are ready,\" said Orvik, Ivo Brandt and others.", "Orvik"},
		/* a possessive and the name it leads to are the place of work
		 * too: the person after the role speaks */
		{"The shelves shook, said Tarvey's Bakery cashier Nell Okafor.", "Nell Okafor"},
		{"The shelves shook, said Tarvey's night cashier Nell Okafor.", "Nell Okafor"},
		{"The walls held, according to Brinmoor's Fire Department chief Ola Sand.", "Ola Sand"},
		{"The shelves shook, said Tarvey's.", "Tarvey"},
		/* (a trade's name with its possessive is one: cues.tsv trade-tail) */
		{"The shelves shook, said Tarvey's Bakery.", "Tarvey's Bakery"},
		{"The shelves shook, said Tarvey's manager.", "Tarvey"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(speakers); k++)
		speaker_is(speakers[k].text, speakers[k].speaker);

	/* ties of slots to events and subjects (needs dates from temporal.c) */
	slot_tie("Kaspersky will cease its US operations starting July 20.", "2024-07-01", M_DATE,
		 "July 20", "START", "Kaspersky");
	slot_tie("Kaspersky announced on July 20 that it will wind down.", "2024-07-01", M_DATE,
		 "July 20", "ANNOUNCE", "Kaspersky");
	slot_tie("The ruling gives Kaspersky until September 29 to cease all operations.", "2024-07-01",
		 M_DATE, "September 29", "DEADLINE", "Kaspersky");
	slot_tie("The Commerce Department announced the ban in June.", "2024-07-01", M_DATE, "June",
		 "ANNOUNCE", "Commerce Department");
	/* a count that opens a clause joined by "and" is its verb's */
	slot_tie("Orvik said five workers were injured and two died.", "2024-07-01", M_NUMBER, "two", "DIE",
		 "Orvik");
	slot_tie("Orvik said 34 patients were hospitalized and three children have died.", "2024-07-01",
		 M_NUMBER, "three", "DIE", "Orvik");
	slot_tie("The blast killed 12 and injured 40.", "2024-07-01", M_NUMBER, "40", "INJURE", "blast");
	/* a list of counts whose counted words are triggers: each its own */
	slot_tie("Harlow flood: two dead, six injured.", "2024-07-01", M_NUMBER, "two", "DIE", "flood");
	slot_tie("Harlow flood: two dead, six injured.", "2024-07-01", M_NUMBER, "six", "INJURE", "flood");
	slot_tie("Harlow flood: two dead, six injured", "2024-07-01", M_NUMBER, "six", "INJURE", "flood");
	/* an aside's participle holds the aside's figures, none past it */
	slot_tie("Orvik, founded in 1998, carries 2 million passengers a year.", "2024-07-01", M_NUMBER,
		 "2 million", "", "");
	slot_tie("Harlow Ferries, founded in 1998, carries 2 million people a year.", "2024-07-01", M_DATE, "1998",
		 "FOUND", "Harlow Ferries");
	/* a date in what was said, past a finite verb of the reported
	 * clause, dates that clause: its event when the lexicon knows one
	 * from that verb on, else none (the sayer's claim still, so the
	 * sayer's subject); never the saying. A date right after the verb of
	 * saying, or after a preposition there, dates the saying */
	static const struct {
		const char *text, *date, *cls, *subject;
	} reported[] = {
		{"Harlow Ferries said the boat had passed an inspection in May.", "May", "", "Harlow Ferries"},
		{"Harlow Ferries said the boat passed an inspection in May.", "May", "", "Harlow Ferries"},
		{"Harlow Ferries said that the boat was checked in May.", "May", "", "Harlow Ferries"},
		{"Harlow Ferries said on Tuesday that the boat had passed an inspection in May.", "May", "",
		 "Harlow Ferries"},
		{"Harlow Ferries said the purchase would be costly in 2025.", "2025", "", "Harlow Ferries"},
		{"Harlow Ferries said it will buy Skerry Lines in May.", "May", "ACQUIRE", "Harlow Ferries"},
		{"Harlow Ferries said the deal would close in May.", "May", "CLOSE", "deal"},
		{"Harlow Ferries said on Tuesday that the boat was safe.", "Tuesday", "ANNOUNCE",
		 "Harlow Ferries"},
		{"Harlow Ferries said Tuesday the boat was safe.", "Tuesday", "ANNOUNCE", "Harlow Ferries"},
		{"Harlow Ferries said in a statement on Tuesday that the boat was safe.", "Tuesday",
		 "ANNOUNCE", "Harlow Ferries"},
		{"Harlow Ferries announced in May that the boat was safe.", "May", "ANNOUNCE",
		 "Harlow Ferries"},
		{"Harlow Ferries said late on Tuesday that the boat was safe.", "late on Tuesday", "ANNOUNCE",
		 "Harlow Ferries"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(reported); k++)
		slot_tie(reported[k].text, "2024-06-12", M_DATE, reported[k].date, reported[k].cls,
			 reported[k].subject);
	/* a ';' opens a new list item: no name before it (another item's
	 * object) is the subject of a trigger after it; the sentence's own
	 * subject is, or the item's own name */
	static const struct {
		const char *text, *surface, *cls, *subject;
	} items[] = {
		{"Veltro has bought Opsyn for $1.6 billion; Mercad for $4.5 billion; and the $214 million buy of Neoterra, a maker of thin clients.",
		 "$214 million", "ACQUIRE", "Veltro"},
		{"Veltro has bought Opsyn for $1.6 billion; Mercad for $4.5 billion; and the $214 million buy of Neoterra, a maker of thin clients.",
		 "$4.5 billion", "ACQUIRE", "Veltro"},
		{"Veltro bought Opsyn for $1.6 billion; Dalby paid $2 billion for Perrin.", "$2 billion",
		 "PAY", "Dalby"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(items); k++)
		slot_tie(items[k].text, NULL, M_MONEY, items[k].surface, items[k].cls, items[k].subject);
	/* a figure that would be the article's main organisation's (its
	 * event names no subject), in a clause that opens with a plural
	 * common noun and no determiner, is that group's;
	 * "the company", "it", a name and the organisation's own plurals
	 * ("Shares") still give the organisation */
	static const struct {
		const char *text, *surface, *subject;
	} groups[] = {
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nLarger rivals have spent billions on start-ups over the past two years, and prices for engineers have climbed.",
		 "billions", "rival"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nLarger rivals have spent billions on start-ups over the past two years, and prices for engineers have climbed.",
		 "two years", "rival"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nRival chipmakers cut 300 jobs.", "300",
		 "chipmaker"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nThe company has paid $2 billion for plants.",
		 "$2 billion", "Orvik Systems"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nIt has paid $2 billion for plants.",
		 "$2 billion", "Orvik Systems"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nShares rose 4% on Tuesday.", "4%",
		 "Orvik Systems"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nThe company said rivals paid $2 billion for plants.",
		 "$2 billion", "rival"},
		{"Orvik Systems agreed to buy a cooling startup.\nOrvik Systems makes optical chips.\nThe company said it paid $2 billion for plants.",
		 "$2 billion", "Orvik Systems"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(groups); k++) {
		enum mention_type t = groups[k].surface[0] == '$' ? M_MONEY
				      : strchr(groups[k].surface, '%')  ? M_PERCENT
				      : strstr(groups[k].surface, "years") ? M_DURATION
									   : M_NUMBER;
		doc_subject_is(groups[k].text, "Orvik Systems", t, groups[k].surface, groups[k].subject);
	}
	/* a noun trigger with only a determiner before it has no subject of
	 * its own; the verb after it has the noun */
	slot_tie("The new restrictions come into full effect on September 29.", "2024-07-01", M_DATE,
		 "September 29", "START", "restriction");
	/* a decade that is the period of a noun ("stars of the 1940s") is not
	 * the time of the clause's event; as the event's own time it is */
	static const struct {
		const char *text, *date, *cls, *subject;
	} periods[] = {
		{"Moreno, one of the best-known dancers of the 1930s and 1940s, died at home.", "the 1930s", "", ""},
		{"Moreno, one of the best-known dancers of the 1930s and 1940s, died at home.", "1940s", "", ""},
		{"Moreno, a dancer of the '30s, died at home.", "the '30s", "", ""},
		{"The mill closed in the 1980s.", "the 1980s", "CLOSE", "mill"},
		{"The mill, which closed in the 1980s, was sold.", "the 1980s", "CLOSE", "mill"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(periods); k++)
		slot_tie(periods[k].text, NULL, M_DATE, periods[k].date, periods[k].cls, periods[k].subject);
	/* a date dates its own clause, not an event in a clause joined to it
	 * after a comma (", so", ", and", ", but" and a word in lower case);
	 * a list's ", and" parts nothing */
	static const struct {
		const char *text, *date, *cls, *subject;
	} joined[] = {
		{"Less than a month ago, Orvik and Helix held a joint event, so it seems the Veltro acquisition came quickly.",
		 "a month ago", "", ""},
		{"In March, Orvik engineers visited the site, and the Veltro purchase was signed later.", "March", "",
		 ""},
		{"Orvik said it would show new chips, and it hopes to have them on shelves in May.", "May", "",
		 "Orvik"},
		{"On Monday, Orvik bought Helix, and Helix closed the plant in May.", "Monday", "ACQUIRE", "Orvik"},
		{"On Monday, Orvik bought Helix, and Helix closed the plant in May.", "May", "CLOSE", "Helix"},
		{"On Monday, Orvik, Helix, and Veltro announced a deal.", "Monday", "ANNOUNCE", "Veltro"},
		{"In May, the mill closed, so the workers left.", "May", "CLOSE", "mill"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(joined); k++)
		slot_tie(joined[k].text, "2024-07-01", M_DATE, joined[k].date, joined[k].cls, joined[k].subject);
	subject_is("The new restrictions come into full effect on September 29.", "restrictions",
		   NULL);
	/* without an event, a span after "for" is the tenure of the name the
	 * sentence opens with; not otherwise */
	slot_tie("Orvik Inc. has been a prominent player in the American market for close to two decades.",
		 NULL, M_DURATION, "close to two decades", "", "Orvik");
	slot_tie("Orvik Inc. has been a prominent player in the American market over two decades.", NULL,
		 M_DURATION, "over two decades", "", "");
	slot_tie("In Ohio, plants have run for two decades.", NULL, M_DURATION, "two decades", "", "");
	/* "over a decade ago" is a point in the past (a date, temporal.c),
	 * no duration; "for over a decade", "over a decade of work" are
	 * spans */
	static const struct {
		const char *text, *surface;
		char want; /* 'd' a date, 's' a span (duration), '-' neither */
	} spans[] = {
		{"The firm was founded over a decade ago.", "a decade ago", 'd'},
		{"The firm was founded over a decade ago.", "over a decade", '-'},
		{"The site launched nearly a decade ago.", "nearly a decade", '-'},
		{"They worked for over a decade on it.", "over a decade", 's'},
		{"It took over a decade of work.", "over a decade", 's'},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(spans); k++) {
		struct run r;
		run(&r, spans[k].text, "2024-07-16");
		bool dur = find(&r, M_DURATION, spans[k].surface) != NULL;
		bool date = find(&r, M_DATE, spans[k].surface) != NULL;
		char got = date ? 'd' : dur ? 's' : '-';
		tap_ok(got == spans[k].want, "'%s' in '%s' is %s", spans[k].surface, spans[k].text,
		       spans[k].want == 's' ? "a duration" : spans[k].want == 'd' ? "a date" : "neither");
		done(&r);
	}
	/* the events of what the name that opens the sentence announced
	 * after an aside are its own, not the aside's name's; a clause with
	 * its own subject after the verb of saying is not */
	static const struct {
		const char *text, *trigger, *subject;
	} aside_events[] = {
		{"The Commerce Department, led by Secretary Ana Ruiz, announced a ban in June.", "ban",
		 "Commerce Department"},
		{"The Commerce Department, led by Secretary Ana Ruiz, announced in June the final determination to prohibit the sale.",
		 "prohibit", "Commerce Department"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(aside_events); k++)
		subject_is(aside_events[k].text, aside_events[k].trigger, aside_events[k].subject);
	{
		struct run r;
		const char *text = "Lena Park, an organizer with Orvik Systems, said several members told her.";
		run(&r, text, NULL);
		const struct mention *m = find(&r, M_EVENT, "told");
		tap_ok(m && !(m->subject >= 0 && strcmp(r.x.mentions.v[m->subject].value, "Lena Park") == 0),
		       "subject of 'told' in '%s' is not Lena Park", text);
		done(&r);
	}
	/* "The Sunnyvale, Calif., company said": the place before a common
	 * noun says where it is and is no subject; "the company" is the main
	 * organisation as without the place, another noun is itself */
	static const struct {
		const char *text, *trigger, *subject;
	} described[] = {
		{"The Sunnyvale, Calif., company said it will pay $334 million for Helix.", "said", "(main)"},
		{"The Redmond, Wash.-based firm said it would cut 200 jobs.", "said", "(main)"},
		{"The Fresno, Calif., winery announced a sale.", "announced", "winery"},
		{"Texas startup Calxeda offers servers with chips using less power.", "using", "Calxeda"},
		{"Moscow officials denied the report.", "denied", "Moscow"},
		{"Orvik Systems, Helix and Ravel announced a deal.", "announced", "Ravel"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(described); k++)
		subject_is(described[k].text, described[k].trigger, described[k].subject);
	doc_subject_is("Orvik Systems agreed to buy a cooling startup.\n"
		       "The Sunnyvale, Calif., company said it will pay $334 million for the startup.",
		       "Orvik Systems", M_MONEY, "$334 million", "Orvik Systems");
	/* a state written as newspapers abbreviate it after a city is a
	 * place, and so is the city; the word without its dot is no state */
	entity_is("The Sunnyvale, Calif., company grew.", "Calif.", "California");
	entity_is("Offices in Redmond, Wash. closed.", "Wash.", "Washington State");
	entity_type_is("The Sunnyvale, Calif., company grew.", "Sunnyvale", "place");
	entity_type_is("Offices in Redmond, Wash. closed.", "Redmond", "place");
	entity_type_is("Orvik Systems and Texas Instruments grew.", "Orvik Systems", "unknown");
	no_entity("Wash the floors, Mass produced.", "Wash");
	/* a relative clause set off by commas: the verb after it is the
	 * antecedent's, when the main verb follows the second comma */
	subject_is("Analyst Grace Liu, who covers chipmakers for Orvik Research, said the deal was fair.",
		   "said", "Grace Liu");
	subject_is("The company, which has operated in the U.S. for over a decade, will now wind down its operations.",
		   "wind down", "(main)");
	subject_is("Officials checked the system, which uses ammonia, and the docks, where several workers reported a bang.",
		   "reported", NULL);
	/* ... or closed by a dash that ends an aside of its own; "whose"
	 * opens such a clause too, and the verb inside it is not the
	 * antecedent's (its own noun acts: "whose brother died") */
	subject_is("Lena Marsh, whose albums started a craze for swing – the \"big band\" revival – died on Friday at 88.",
		   "died", "Lena Marsh");
	subject_is("Lena Marsh, \"whose albums started a craze - a revival of swing - died on Friday.", "died",
		   "Lena Marsh");
	subject_is("The mayor, whose brother died in 2019, resigned on Monday.", "died", NULL);
	subject_is("The mayor, whose brother died in 2019, resigned on Monday.", "resigned", "mayor");
	subject_is("Lena Marsh, whose albums sold 2 million copies, died on Friday.", "sold", NULL);
	subject_is("Lena Marsh, whose brother died in 2019, retired on Monday.", "died", NULL);
	/* a clause joined by ", and" or ", but" that opens with a noun phrase
	 * has it for subject, not the first clause's */
	subject_is("The storm flooded 40 homes, and the damage reached $2 million.", "reached", "damage");
	subject_is("Orvik Systems cut 300 jobs, but the company said sales were up.", "said", "(main)");
	subject_is("Harlow Co. bought the mill, and the deal closed in May.", "bought", "Harlow");
	subject_is("Harlow Co. and the union signed a deal in May.", "signed", "Harlow");
	/* a noun trigger counted by an amount, the object of a plain verb,
	 * is done by the name before that verb, whatever opens the clause;
	 * not by a name that is no amount's ("trainer Emanuel Steward told") */
	subject_is("Orvik bought Tessel. It is a fitting stage, given Harlow Co. has made 30 acquisitions in 4 years.",
		   "acquisitions", "Harlow");
	subject_is("Orvik bought Tessel. It is no surprise, as Harlow completed 2 million purchases.", "purchases",
		   "Harlow");
	subject_is("Orvik bought Tessel. Between rounds, ring trainer Dana Whitfield told Orvik to hurry.", "told",
		   "Dana Whitfield");
	/* a noun of something that happens, after a verb of saying, is what
	 * was said about: the one who says it did not make it happen */
	subject_is("Orvik Systems said the quake struck at noon.", "quake", NULL);
	subject_is("The Northern Survey Office reported that the quake was 8 miles deep.", "quake", NULL);
	subject_is("Orvik Systems said the fire destroyed 40 homes.", "fire", NULL);
	subject_is("Orvik Systems said the quake struck at noon.", "said", "Orvik Systems");
	/* "whose" right after its antecedent, no comma: the clause ends at
	 * the verb after its own verb (a trigger, a past form, or a filler
	 * before a word that is no verb); that verb is the antecedent's, the
	 * clause's own is its noun's; a question's "whose" opens nothing */
	static const struct {
		const char *text, *trigger, *subject; /* subject NULL: none */
	} bare_whose[] = {
		{"A painter whose paintings sold cheaply resigned on Monday.", "resigned", "painter"},
		{"A painter whose paintings sold cheaply resigned on Monday.", "sold", "painting"},
		{"The coach whose team lost in 2021 resigned last week.", "resigned", "coach"},
		{"The coach whose team lost in 2021 resigned last week.", "lost", "team"},
		{"Tova Brink whose novels drew wide praise died in May.", "died", "Tova Brink"},
		{"The poet whose poems were popular died in June.", "died", "poet"},
		{"A bank whose shares have fallen will cut 90 jobs.", "fallen", "share"},
		{"A bank whose shares have fallen will cut 90 jobs.", "cut", "bank"},
		/* the comma cases stay */
		{"Tova Brink, whose novels sold well, died in May.", "died", "Tova Brink"},
		{"Tova Brink, whose novels sold well, died in May.", "sold", NULL},
		/* a question's "whose", or one after a verb, opens no clause */
		{"Whose team lost in 2021?", "lost", NULL},
		{"The coach asked whose team lost.", "lost", "team"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(bare_whose); k++)
		subject_is(bare_whose[k].text, bare_whose[k].trigger, bare_whose[k].subject);
	/* a surname alone after the full name in the same article is that
	 * name (and so is a quote's speaker); not when two full names end
	 * alike */
	static const struct {
		const char *text, *surface, *canon;
	} surnames[] = {
		{"Marta Ruiz, the diver, retired in May, and Ruiz said she was proud.", "Ruiz", "Marta Ruiz"},
		{"Ana Okafor beat Ben Okafor in the final, and Okafor smiled.", "Okafor", "Okafor"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(surnames); k++)
		entity_is(surnames[k].text, surnames[k].surface, surnames[k].canon);
	speaker_is("Marta Ruiz retired in May, and Ruiz said she was proud.", "Marta Ruiz");
	/* a place right before a noun of something that happens places it:
	 * it is no subject of the noun, nor of its figures ("a 4.6 magnitude
	 * California earthquake" is the story's quake, as "a 4.6-magnitude
	 * earthquake" is); before another noun it still acts */
	subject_is("A 5.2 magnitude Oregon earthquake struck near Bend on Monday.", "earthquake", NULL);
	subject_is("The Marin County fire destroyed 40 homes on Tuesday.", "fire", NULL);
	subject_is("The Marin County ban took effect on Tuesday.", "ban", "Marin County");
	subject_is("Orvik Systems earthquake insurance sales rose 4% on Tuesday.", "rose", "Orvik Systems");
	/* an organisation's shorter names in one article are its full name:
	 * an abbreviation defined in brackets, the first words of a longer
	 * name written before (when an event or a figure is about them) */
	entity_is("Tamsin Data Recovery Services Inc. (TDRS) agreed to buy Kelloway Labs.", "TDRS",
		  "Tamsin Data Recovery Services");
	entity_is("Tamsin Data Recovery Services Inc. (Tamsin DRS) agreed to buy Kelloway Labs.", "Tamsin DRS",
		  "Tamsin Data Recovery Services");
	entity_is("The Bureau of Coastal Safety (BCS) closed the beach. Officials said BCS would reopen it.", "BCS",
		  "Bureau of Coastal Safety");
	doc_subject_is("Tamsin Data Recovery Services Inc. (TDRS) agreed to buy Kelloway Labs.\n\n"
		       "TDRS has 240 employees in four states.\n",
		       "Tamsin Data Recovery Services", M_NUMBER, "240", "Tamsin Data Recovery Services");
	/* a sentence of names with a verb in lower case and a stop is no
	 * Title Case headline: its capitals are names */
	entity_is("Orvik Data Recovery Services Inc. agreed to buy Kelloway Labs.", "Kelloway Labs.", "Kelloway");
	entity_is("Orvik Data Recovery Services Inc. agreed to buy Kelloway Labs.",
		  "Orvik Data Recovery Services Inc.", "Orvik Data Recovery Services");
	no_entity("Orvik Data Recovery Services Agrees To Buy Kelloway Labs", "Orvik Data Recovery Services");
	/* ... without a stop it is still a headline, however its verb is cased */
	no_entity("Orvik Data Recovery Services Inc. agreed to buy Kelloway Labs", "Orvik Data Recovery Services Inc.");
	/* ... not letters that spell no such name, not a place in brackets,
	 * not a place named like the start of a paper's name */
	entity_is("Brannock Foods (BFG) agreed to buy Kelloway Labs.", "BFG", "BFG");
	entity_is("Brannock Foods (Texas) agreed to buy Kelloway Labs.", "Texas", "Texas");
	/* a name that ends an aside in lower case is where the speaker works:
	 * the speaker is the name before the aside */
	static const struct {
		const char *text, *speaker;
	} asides_said[] = {
		{"Jon Mercer, senior vice president and general manager of Orvik Services, said the unit grew.",
		 "Jon Mercer"},
		{"Ivo Brandt, who coaches sprinters in Oslo, said the team was ready.", "Ivo Brandt"},
		{"A spokesman, speaking for Orvik Services, said the unit grew.", "Orvik Services"},
		{"\"We build from the ground up,\" Jon Mercer, senior VP and general manager for Orvik Services, said.",
		 "Jon Mercer"},
		{"Jon Mercer, head of Helix and CEO of Orvik Services, said the unit grew.", "Jon Mercer"},
		/* the aside may end in a title and its name; a determiner may
		 * open the sentence before the name */
		{"The Commerce Department, led by Secretary Ana Ruiz, announced a ban in June.",
		 "Commerce Department"},
		{"\"We will stay,\" Lena Park, who replaced CEO Ivo Brandt, said.", "Lena Park"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(asides_said); k++)
		speaker_is(asides_said[k].text, asides_said[k].speaker);
	/* across sentences: the headline's short names are the full names
	 * written after it; a short name written alone in the body before the
	 * full name is a name of its own (a firm and its founder) */
	static const struct {
		const char *text, *surface, *names;
	} docs[] = {
		{"Park beats Brandt in Oslo\nLena Park beat Ivo Brandt in the final on Monday.\nBrandt did not speak.",
		 "Brandt", "Ivo Brandt|Ivo Brandt"},
		{"Park beats Brandt in Oslo\nLena Park beat Ivo Brandt in the final on Monday.", "Park", "Lena Park"},
		{"Orvik cuts jobs\nOrvik said it will cut 300 jobs.\nIvan Orvik founded the firm in 1997.\nOrvik did not comment.",
		 "Orvik", "Orvik|Orvik|Orvik"},
		{"Talks end in Oslo\nNora Vance met Ida Vance at the talks on Monday.\nVance said the talks went well.",
		 "Vance", "Vance"},
		{"Rivals meet in Oslo\nBefore the final, Okafor smiled at Ana Okafor.", "Okafor", "Okafor"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(docs); k++)
		names_are(docs[k].text, docs[k].surface, docs[k].names);
	/* the main entity: the name that both the headline and the lead open
	 * with as the one who acts weighs more than one they name as often
	 * ("Ruiz defeats Okafor": a figure of "the champion" is Ruiz's); a
	 * name that acts in the headline alone does not outweigh the one the
	 * article keeps naming */
	static const struct {
		const char *text, *main, *surface, *subject;
	} mains[] = {
		{"Ruiz defeats Okafor in Lagos\nAndre Ruiz beat Samuel Okafor in the ninth round on Friday.\n"
		 "Okafor had won against Ruiz in 2019.\nThe champion stopped Okafor in the tenth.",
		 "Andre Ruiz", "tenth", "Andre Ruiz"},
		/* an agency that only tells what it measured ("according
		 * to", "said") is not what the article is about: the place the
		 * headline names stands in, before a place the lead names as
		 * often */
		{"Strong quake jolts Marwick County\n"
		 "An earthquake measuring 4.2 shook Ashby and Tolland counties, according to the Northern Survey Office.\n"
		 "The Northern Survey Office said the quake was 8 miles deep.\nNo damage was reported.",
		 "Marwick County", "4.2", "Marwick County"},
		/* one that also acts is: "said it would cut" */
		{"Jobs go at Orvik plant\n"
		 "Orvik Systems said on Monday it would cut 300 jobs at its Dunmore plant.\n"
		 "The cuts follow a fall in orders, Orvik Systems said.",
		 "Orvik Systems", "300", "Orvik Systems"},
		{"Halvorsen closes Dunmore plant after fire\n"
		 "The company that ran the Dunmore plant said its alarms did not work.\n"
		 "Workers at Halvorsen were told on Monday.\nFive workers died in the blaze.",
		 "Dunmore", "Five", "Dunmore"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(mains); k++)
		doc_subject_is(mains[k].text, mains[k].main, M_NUMBER, mains[k].surface, mains[k].subject);
	/* "it" right before the verb: with no event before it in the
	 * sentence, the name the sentence opens with; after one, the article's
	 * main organisation; never the last name read ("Ethernet cards") */
	static const struct {
		const char *text, *main, *surface, *subject;
	} its[] = {
		{"Network push at Vantor\nShares of Vantor rose on Monday.\n"
		 "In 2011 it acquired Brightline, which makes Ethernet cards, and in 2012 it purchased fabric assets from Qlogic.",
		 "Vantor", "2012", "Vantor"},
		{"Network push at Vantor\nShares of Vantor rose on Monday.\n"
		 "In 2011 it acquired Brightline, which makes Ethernet cards, and in 2012 it purchased fabric assets from Qlogic.",
		 "Vantor", "2011", "Vantor"},
		{"Network push at Vantor\nShares of Vantor rose on Monday.\n"
		 "The US moved against Brightline in 2017, when it ordered agencies to drop its cards.",
		 "Vantor", "2017", "United States"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(its); k++)
		doc_subject_is(its[k].text, its[k].main, M_DATE, its[k].surface, its[k].subject);
	/* a headline in Title Case: a name before capitals that are no name,
	 * up to the verb, modifies them ("Broadway Legend Dies"): the subject
	 * is the one the headline named before, else the noun; a name right
	 * before the verb is still its subject */
	static const struct {
		const char *text, *trigger, *subject;
	} heads[] = {
		{"Rosa Delgado Dead: Broadway Legend Dies At Age 88\n"
		 "Rosa Delgado, who sang on Broadway for decades, died on Monday.",
		 "Dies", "Rosa Delgado"},
		{"Broadway Legend Dies At Age 88\nRosa Delgado, who sang on Broadway for decades, died on Monday.",
		 "Dies", "legend"},
		{"Ruiz Stops Okafor In The Ninth Round\nFans cheered as Ruiz stopped Okafor on Friday.", "Stops", "Ruiz"},
		{"Broadway legend dies at 88\nRosa Delgado, who sang on Broadway for decades, died on Monday.",
		 "dies", "Broadway"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(heads); k++)
		doc_event_subject_is(heads[k].text, heads[k].trigger, heads[k].subject);
	doc_subject_is("Rosa Delgado Dead: Broadway Legend Dies At Age 88\n"
		       "Rosa Delgado, who sang on Broadway for decades, died on Monday.",
		       "Rosa Delgado", M_NUMBER, "88", "Rosa Delgado");
	/* a name the sentence opens with, set off by a comma, is the subject
	 * of the verb after the aside, not a name inside it; a list is no
	 * aside; "he" or "she" is the named subject of the sentence's latest
	 * event before it, not the last name read */
	static const struct {
		const char *text, *trigger, *subject;
	} asides[] = {
		{"Rosa Delgado, the singer who starred in films with Tom Okoro in the 1950s, has died.", "died",
		 "Rosa Delgado"},
		{"Lena Park, who could meet Ivo Brandt next month, improves to a record of 30 wins.", "record",
		 "Lena Park"},
		{"Orvik, Tom Okoro and Ivo Brandt won the vote on Monday.", "won", "Ivo Brandt"},
		{"Lena Park lost to Ivo Brandt in May, and she has won four titles since.", "won", "Lena Park"},
		{"Ivo Brandt lost to Lena Park.", "lost", "Ivo Brandt"},
		/* a count after "with" before a noun trigger is the clause
		 * subject's, not the name nearest before it; "she" with no
		 * event before it is the sentence's first name */
		{"This was Park's third title win over Brandt, and with it she improves to 30-2 with 21 wins.",
		 "wins", "Park"},
		{"Lena Park beat Ivo Brandt in Oslo, and with it she moves to 30-2 with 21 wins.", "wins",
		 "Lena Park"},
		{"Lena Park stopped Ivo Brandt, who retired with 40 wins.", "wins", "Ivo Brandt"},
		{"Ivo Brandt lost to Lena Park, who has 30 wins.", "wins", "Lena Park"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(asides); k++)
		subject_is(asides[k].text, asides[k].trigger, asides[k].subject);
	/* an age right before a name, or set off by commas right after it, is
	 * that name's; before a common noun it stays the event's subject's,
	 * unless it follows the sentence's first name (then it is the next
	 * name's, its object's) */
	static const struct {
		const char *text, *age, *subject;
	} ages[] = {
		{"The 29-year-old Lena Park beat Ivo Brandt, 35, in the final.", "29-year-old", "Lena Park"},
		{"The 29-year-old Lena Park beat Ivo Brandt, 35, in the final.", "35", "Ivo Brandt"},
		{"Lena Park, 29, stopped the 35-year-old Ivo Brandt in the sixth round.", "29", "Lena Park"},
		{"Lena Park, 29, stopped the 35-year-old Ivo Brandt in the sixth round.", "35-year-old", "Ivo Brandt"},
		{"Lena Park beat a 35-year-old rival in the final.", "35-year-old", "Lena Park"},
		/* a word or two of its own between the age and the name */
		{"The 29-year-old champion Lena Park, 40-2 with 31 knockouts, stopped Ivo Brandt in the final.",
		 "29-year-old", "Lena Park"},
		{"The 29-year-old former champion Lena Park stopped Ivo Brandt in the final.", "29-year-old",
		 "Lena Park"},
		/* an age in a "who" clause is the name's before "who" */
		{"Lena Park stopped Ivo Brandt for trainer Nils Berg, who turned 68 on Saturday.", "68", "Nils Berg"},
		/* "the 35-year-old Swede" after the opening name is the object's,
		 * not a name after a preposition */
		{"Lena Park stopped Ivo Brandt in the sixth round at Stade Rex, and the 35-year-old American never recovered.",
		 "35-year-old", "Ivo Brandt"},
		{"Lena Park stopped Ivo Brandt in the sixth round, and the 35-year-old veteran retired.", "35-year-old",
		 "Ivo Brandt"},
		{"Lena Park kept the WBA title against Ivo Brandt, stopping the 35-year-old American in the sixth round.",
		 "35-year-old", "Ivo Brandt"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(ages); k++)
		slot_subject_is(ages[k].text, M_NUMBER, ages[k].age, ages[k].subject);
	/* "expects the deal to close": what begins or ends is the noun phrase
	 * before "to"; the buyer of "a deal to buy" is not the deal */
	subject_is("Analysts said it expects the deal to close in May.", "close", "deal");
	subject_is("Analysts said it expects the plant to reopen in May.", "reopen", "plant");
	subject_is("On Monday, Orvik Inc. forged a deal to buy a rival.", "buy", "Orvik");
	/* the names of one transaction are one subject */
	slot_tie("Analysts said the transaction is expected to close in the third quarter of 2025.",
		 "2025-03-04", M_DATE, "the third quarter of 2025", "CLOSE", "deal");
	slot_tie("Analysts said the deal is expected to close in the second quarter.", "2025-03-04",
		 M_DATE, "the second quarter", "CLOSE", "deal");
	slot_tie("Analysts said the ban is expected to end in the second quarter.", "2025-03-04",
		 M_DATE, "the second quarter", "END", "ban");
	/* a count ties to what happened to what it counts, not to its own
	 * noun nor to the verb that reports it */
	slot_tie("Kaspersky said last week that fewer than 40 staff would be affected.", "2024-07-01",
		 M_NUMBER, "fewer than 40", "AFFECT", "Kaspersky");
	slot_tie("Fewer than 40 staff were affected at Kaspersky.", "2024-07-01", M_NUMBER,
		 "Fewer than 40", "AFFECT", "Kaspersky");
	slot_tie("The merger brings 90 staff into Kaspersky.", "2024-07-01", M_NUMBER, "90", "EMPLOY",
		 "Kaspersky");
	slot_tie("In May the company hired 90 staff.", "2024-07-01", M_NUMBER, "90", "EMPLOY", "");
	slot_tie("The company reported revenue of $2.1bn and employs 900 people.", "2024-07-01", M_MONEY,
		 "$2.1bn", "ANNOUNCE", "");
	/* "Police" opening a sentence names no one (cues.tsv's openers): the
	 * dead are the crash's */
	slot_tie("Police said 12 people died in the crash.", "2024-07-01", M_NUMBER, "12", "DIE",
		 "crash");

	/* claims */
	{
		struct run r;
		run(&r, "Kaspersky will lay off fewer than 50 workers starting July 20.", "2024-07-01");
		tap_ok(r.x.nclaims >= 1, "a sentence with slots makes a claim");
		bool has_start = false;
		for (size_t i = 0; i < r.x.nclaims; i++) {
			has_start |= strcmp(r.x.claims[i].event, "START") == 0;
			tap_ok(r.x.claims[i].score > 0 && r.x.claims[i].score <= 1, "claim score in (0, 1]");
			tap_str_eq(r.x.claims[i].subject, "Kaspersky", "claim subject");
		}
		tap_ok(has_start, "the 'starting July 20' slot forms a START claim");
		done(&r);
		run(&r, "The weather was pleasant.", NULL);
		tap_long_eq((long long)r.x.nclaims, 0, "a sentence without slots makes no claim");
		done(&r);
	}
	/* mentions only (extract's mode): the same mentions, no claims */
	{
		const char *text = "Kaspersky will lay off fewer than 50 workers starting July 20, "
				   "the company said.";
		struct run r;
		run(&r, text, "2024-07-01");
		struct extract_sentence s = {0, strlen(text), false};
		struct extract_input in = {.text = r.text, .len = strlen(text), .sents = &s, .nsents = 1,
					   .no_claims = true};
		dateline_parse_iso("2024-07-01", &in.date);
		struct extraction x;
		extract_doc(lx, &in, &x);
		tap_ok(r.x.nclaims >= 1 && x.nclaims == 0, "no_claims: claims left empty (%zu with, %zu without)",
		       r.x.nclaims, x.nclaims);
		bool same = x.mentions.n == r.x.mentions.n && x.mentions.n > 0;
		for (size_t i = 0; same && i < x.mentions.n; i++)
			same = memcmp(&x.mentions.v[i], &r.x.mentions.v[i], sizeof x.mentions.v[i]) == 0;
		tap_ok(same, "no_claims: the same %zu mentions, byte for byte", x.mentions.n);
		extraction_free(&x);
		done(&r);
	}
	/* sentences past 64 and 128 tokens: names, triggers and speakers found
	 * at every place (the finders visit tokens through 64-bit masks) */
	{
		char text[4096];
		size_t bad = 0;
		for (size_t pad = 55; pad < 140; pad += 3) {
			size_t o = 0;
			for (size_t k = 0; k < pad; k++)
				o += (size_t)snprintf(text + o, sizeof text - o, "%s ", k % 7 ? "the" : "quiet");
			snprintf(text + o, sizeof text - o,
				 "Kaspersky will cease operations on July 20, Gina Raimondo said.");
			struct run r;
			run(&r, text, "2024-07-01");
			bad += !find(&r, M_ENTITY, "Kaspersky") || !find(&r, M_ENTITY, "Gina Raimondo") ||
			       !find(&r, M_EVENT, "cease") || !find(&r, M_DATE, "July 20") ||
			       r.x.mentions.v[r.x.mentions.n - 1].type != M_QUOTE;
			done(&r);
		}
		tap_ok(bad == 0, "long sentences: entities, events, dates and the speaker past 64 tokens (%zu misses)",
		       bad);
	}
	/* a capital opening a sentence is a name when the article writes it
	 * capitalised mid-sentence too, for words of every length, the
	 * mid-sentence one near the text's start or not */
	{
		size_t bad = 0;
		for (size_t len = 2; len <= 30; len++) {
			char name[32], other[32];
			for (size_t k = 0; k < len; k++) {
				name[k] = (char)(k ? 'a' + (k * 7 + len) % 26 : 'Z');
				other[k] = (char)(k ? 'a' + (k * 5 + len) % 26 : 'Z');
			}
			name[len] = other[len] = '\0';
			for (int mid = 0; mid < 2; mid++) {
				for (int same = 0; same < 2; same++) {
					char text[160];
					int a = mid ? snprintf(text, sizeof text, "Shares of %s rose.", same ? name : other)
						    : snprintf(text, sizeof text, "A %s rose.", same ? name : other);
					int b = snprintf(text + a, sizeof text - (size_t)a, " %s fell.", name);
					struct extract_sentence ss[2] = {{0, (size_t)a, false},
									 {(size_t)a + 1, (size_t)(a + b), false}};
					struct extract_input in = {.text = text, .len = (size_t)(a + b), .sents = ss,
								   .nsents = 2};
					struct extraction x;
					extract_doc(lx, &in, &x);
					bool named = false;
					for (size_t i = 0; i < x.mentions.n; i++)
						named |= x.mentions.v[i].type == M_ENTITY &&
							 x.mentions.v[i].start == (size_t)a + 1;
					bad += named != (bool)same;
					extraction_free(&x);
				}
			}
		}
		tap_ok(bad == 0, "a sentence's first capital is a name when written so mid-sentence (%zu wrong)",
		       bad);
	}
	/* the word lists a keyed token carries (token.words) answer as the
	 * lexicon's own lookup on the token alone, for every word and case */
	{
		const char *text = "The THE the of Of OF and AND And a An to by from in that which "
				   "Kaspersky will reportedly cease, said the firm; its also 'and' "
				   "von de la across within upon Über état 2024 $ % .";
		struct token *t = NULL;
		size_t n = 0, cap = 0;
		token_scan(text, 0, strlen(text), &t, &n, &cap);
		struct token *u = malloc(n * sizeof *u);
		memcpy(u, t, n * sizeof *u); /* an unkeyed copy */
		uint8_t *marks = malloc(n), *flags_hi = malloc(n);
		lexicon_key_tokens(lx, text, t, n, marks, flags_hi);
		static const enum cue_kind kinds[] = {CUE_FILLER, CUE_PREPOSITION, CUE_DETERMINER,
						      CUE_CONNECTOR};
		size_t bad = 0, yes = 0;
		for (size_t i = 0; i < n; i++) {
			for (size_t q = 0; q < 4; q++) {
				bool fast = lexicon_word_alone(lx, text, &t[i], kinds[q]);
				bool slow = lexicon_cue_at(lx, text, &u[i], 0, 1, kinds[q]) == 1;
				bad += fast != slow;
				yes += slow;
			}
		}
		tap_ok(bad == 0 && yes >= 10, "word lists from token.words: %zu of %zu answers differ (%zu yes)",
		       bad, 4 * n, yes);
		/* the clause openers clause_subject looks for carry FIND_OPEN,
		 * plain words do not */
		size_t open_bad = 0;
		for (size_t i = 0; i < n; i++) {
			bool open = t[i].finds & FIND_OPEN;
			static const char *const opens[] = {"that", "which", "said", ";", ",", "."};
			static const char *const plain[] = {"Kaspersky", "cease", "firm", "of", "and",
							    "reportedly", "across"};
			for (size_t q = 0; q < CC_ARRAY_LEN(opens); q++)
				open_bad += token_is(text, &t[i], opens[q]) && !open;
			for (size_t q = 0; q < CC_ARRAY_LEN(plain); q++)
				open_bad += token_is(text, &t[i], plain[q]) && open;
		}
		tap_ok(open_bad == 0, "token.finds marks clause openers and only them (%zu wrong)", open_bad);
		/* each token's marks say what its kind, flags and finds say */
		size_t marks_bad = 0;
		for (size_t i = 0; i < n; i++) {
			bool word = t[i].kind == TK_WORD;
			unsigned want = (t[i].finds & (FIND_ENTITY | FIND_SAID | FIND_OPEN)) |
					(word ? t[i].finds & FIND_EVENT : 0) | (word ? MARK_WORD : 0) |
					(word && (t[i].flags & TF_CAP) ? MARK_CAP : 0) |
					(t[i].kind == TK_PUNCT ? MARK_PUNCT : 0);
			marks_bad += marks[i] != want;
		}
		tap_ok(marks_bad == 0, "lexicon_key_tokens' marks agree with kind, TF_CAP and finds (%zu wrong)",
		       marks_bad);
		/* the bytes extract builds the date and amount scanners'
		 * masks from: the flags' high byte, each scanner passing
		 * some of these tokens and not others ("2024", "$") */
		size_t hi_bad = 0, tpass = 0, qpass = 0;
		for (size_t i = 0; i < n; i++) {
			hi_bad += flags_hi[i] != t[i].flags >> 8;
			tpass += (flags_hi[i] << 8 & TF_TPASS) != 0;
			qpass += (flags_hi[i] << 8 & TF_QPASS) != 0;
		}
		tap_ok(hi_bad == 0 && tpass > 0 && tpass < n && qpass > 0 && qpass < n,
		       "lexicon_key_tokens' flags_hi is each token's flags' high byte (%zu wrong; %zu and %zu "
		       "of %zu passed)",
		       hi_bad, tpass, qpass, n);
		free(marks);
		free(flags_hi);
		free(u);
		free(t);
	}
	lexicon_free(lx);
	return tap_done();
}
