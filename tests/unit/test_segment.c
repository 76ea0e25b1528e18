/* Unit tests for src/segment.c: paragraphs and sentences as byte offsets.
 *
 * Each table row is an input and the sentences expected from it, joined by
 * "|"; optionally the paragraph and line index of each sentence. Every
 * input is copied into a heap buffer of exactly its length with no NUL
 * after it, so a sanitizer build catches any read past `len`. After the
 * table, every result (and a batch of generated inputs) is checked for the
 * invariants callers rely on: in bounds, ordered, non-overlapping,
 * non-empty, trimmed, paragraph and line indexes consistent. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "segment.h"
#include "uchar.h"
#include "tap.h"
#include "util.h"

struct seg_case {
	const char *name;
	const char *in;
	const char *want;  /* sentences joined by "|"; "" for none */
	const char *paras; /* paragraph index per sentence, or NULL */
	const char *lines; /* line index per sentence, or NULL */
};

/* Hard-wrapped article (about 70 columns, blank lines between paragraphs). */
#define WRAPPED                                                              \
	"The regional council voted on Tuesday to approve a new budget for the\n" \
	"coming year, after a debate that lasted well into the night. Members\n" \
	"of the opposition said the plan would cut services in rural areas and\n" \
	"raise fees for families.\n"                                          \
	"\n"                                                                  \
	"The council leader rejected that view and said the budget protected\n" \
	"front-line services. A final vote on the fee schedule is expected in\n" \
	"March.\n"

#define WRAPPED_WANT                                                         \
	"The regional council voted on Tuesday to approve a new budget for the\n" \
	"coming year, after a debate that lasted well into the night.|"      \
	"Members\nof the opposition said the plan would cut services in rural " \
	"areas and\nraise fees for families.|"                                \
	"The council leader rejected that view and said the budget protected\n" \
	"front-line services.|"                                               \
	"A final vote on the fee schedule is expected in\nMarch."

static const struct seg_case cases[] = {
	/* Degenerate inputs. */
	{ .name = "empty input", .in = "", .want = "" },
	{ .name = "white space only", .in = "  \n\t\n \u00A0 \n\n", .want = "" },
	{ .name = "one sentence", .in = "The cat sat on the mat.",
	  .want = "The cat sat on the mat.", .paras = "0", .lines = "0" },
	{ .name = "two sentences", .in = "The cat sat. The dog ran.",
	  .want = "The cat sat.|The dog ran." },
	{ .name = "no final punctuation", .in = "The cat sat. The dog ran",
	  .want = "The cat sat.|The dog ran" },
	{ .name = "not ending in a newline",
	  .in = "One line here.\nSecond line here.",
	  .want = "One line here.|Second line here.", .paras = "0 1",
	  .lines = "0 1" },
	{ .name = "ending in a newline", .in = "Alpha beta.\n",
	  .want = "Alpha beta." },
	{ .name = "surrounding spaces trimmed",
	  .in = "    Indented sentence here.   \n",
	  .want = "Indented sentence here." },
	{ .name = "several spaces and a tab between",
	  .in = "One.   Two.\tThree.", .want = "One.|Two.|Three." },
	{ .name = "non-breaking spaces trimmed, kept inside",
	  .in = "\u00A0The price\u00A0rose. It fell\u00A0\u00A0",
	  .want = "The price\u00A0rose.|It fell" },
	{ .name = "all capitals", .in = "BREAKING NEWS. THE FIRM CLOSED.",
	  .want = "BREAKING NEWS.|THE FIRM CLOSED." },

	/* Terminal punctuation and what follows it. */
	{ .name = "exclamation and question",
	  .in = "Stop! Who goes there? Nobody.",
	  .want = "Stop!|Who goes there?|Nobody." },
	{ .name = "?! run", .in = "You did what?! That is absurd.",
	  .want = "You did what?!|That is absurd." },
	{ .name = "question inside quotes then lowercase",
	  .in = "\"Is it late?\" she asked.",
	  .want = "\"Is it late?\" she asked." },
	{ .name = "question inside brackets",
	  .in = "He won (who knew?) and left.",
	  .want = "He won (who knew?) and left." },
	{ .name = "ellipses followed by lowercase",
	  .in = "...and then... nothing happened.",
	  .want = "...and then... nothing happened." },
	{ .name = "ellipsis then a capital", .in = "Wait... What?",
	  .want = "Wait...|What?" },
	{ .name = "ellipsis character then a capital",
	  .in = "He paused… Then he spoke.",
	  .want = "He paused…|Then he spoke." },
	{ .name = "ellipsis character then lowercase",
	  .in = "He paused… and then spoke.",
	  .want = "He paused… and then spoke." },
	{ .name = "spaced ellipsis then lowercase",
	  .in = "He paused . . . and spoke.",
	  .want = "He paused . . . and spoke." },
	{ .name = "ellipsis at the end", .in = "And then...",
	  .want = "And then..." },
	{ .name = "closing curly quote after the stop",
	  .in = "He said: “It is over.” Then he left.",
	  .want = "He said: “It is over.”|Then he left." },
	{ .name = "closing straight quote after the stop",
	  .in = "She said \"Go home.\" Then she left.",
	  .want = "She said \"Go home.\"|Then she left." },
	{ .name = "quoted sentence continues in lowercase",
	  .in = "She said \"Go home.\" and left.",
	  .want = "She said \"Go home.\" and left." },
	{ .name = "single quote closer", .in = "He wrote 'the end.' Nobody replied.",
	  .want = "He wrote 'the end.'|Nobody replied." },
	{ .name = "guillemet closer",
	  .in = "Il a dit «C'est fini.» Puis il est parti.",
	  .want = "Il a dit «C'est fini.»|Puis il est parti." },
	{ .name = "bracket before the stop",
	  .in = "He left (for good). She stayed.",
	  .want = "He left (for good).|She stayed." },
	{ .name = "opening quote before the next capital",
	  .in = "He stopped. “Why?” she asked.",
	  .want = "He stopped.|“Why?” she asked." },
	{ .name = "opening quote before lowercase",
	  .in = "He stopped. “and then” was all he said.",
	  .want = "He stopped. “and then” was all he said." },
	{ .name = "digit after the stop", .in = "They counted them. 14 fans left.",
	  .want = "They counted them.|14 fans left." },
	{ .name = "number then a number (decimal that lost its spacing)",
	  .in = "Shares rose +0. 26% on the day.",
	  .want = "Shares rose +0. 26% on the day." },
	{ .name = "closing quote set off by a space",
	  .in = "He said \"it is late. \" Then he left. \"We go now. \"",
	  .want = "He said \"it is late. \"|Then he left.|\"We go now. \"" },
	{ .name = "opening quote set off by a space",
	  .in = "He left. “ Now what? ” she asked.",
	  .want = "He left.|“ Now what? ” she asked." },

	/* Abbreviations. */
	{ .name = "U.S. before lowercase (seed 004 shape)",
	  .in = "As of March 3, 2025, the carrier started slowly closing "
		"down its U.S. routes.",
	  .want = "As of March 3, 2025, the carrier started slowly closing "
		  "down its U.S. routes." },
	{ .name = "U.S. then The splits",
	  .in = "The firm ended operations in the U.S. The company said it "
		"would appeal.",
	  .want = "The firm ended operations in the U.S.|The company said it "
		  "would appeal." },
	{ .name = "U.S. before a name", .in = "The U.S. Commerce Department ruled.",
	  .want = "The U.S. Commerce Department ruled." },
	{ .name = "U.S.-based", .in = "The U.S.-based staff were told.",
	  .want = "The U.S.-based staff were told." },
	{ .name = "word before U.S. ends normally",
	  .in = "It will cease U.S. operations. It said so.",
	  .want = "It will cease U.S. operations.|It said so." },
	{ .name = "Sept. 29", .in = "Updates stop on Sept. 29 for all users.",
	  .want = "Updates stop on Sept. 29 for all users." },
	{ .name = "number after Sept. ends", .in = "The bout is on Sept. 8. Tickets sell fast.",
	  .want = "The bout is on Sept. 8.|Tickets sell fast." },
	{ .name = "Nov. and Jan. before numbers",
	  .in = "Talks ran from Nov. 12 to Jan. 3 in the capital.",
	  .want = "Talks ran from Nov. 12 to Jan. 3 in the capital." },
	{ .name = "No. 5", .in = "He lives at No. 5 Main Street.",
	  .want = "He lives at No. 5 Main Street." },
	{ .name = "No. 1 at the start", .in = "No. 1 seed wins again.",
	  .want = "No. 1 seed wins again." },
	{ .name = "the word No.", .in = "The answer was No. The vote failed.",
	  .want = "The answer was No.|The vote failed." },
	{ .name = "Mr. Mrs. Dr.", .in = "Mr. Smith met Mrs. Jones and Dr. Brown.",
	  .want = "Mr. Smith met Mrs. Jones and Dr. Brown." },
	{ .name = "Ms. Sen. Gov.",
	  .in = "Ms. Lee spoke to Sen. Warren and Gov. Newsom.",
	  .want = "Ms. Lee spoke to Sen. Warren and Gov. Newsom." },
	{ .name = "Gen. and St.", .in = "Gen. Miller visited St. Louis on Tuesday.",
	  .want = "Gen. Miller visited St. Louis on Tuesday." },
	{ .name = "Dept. before a name", .in = "The Commerce Dept. Office issued a note.",
	  .want = "The Commerce Dept. Office issued a note." },
	{ .name = "Inc. before lowercase", .in = "Shares of Acme Inc. rose sharply.",
	  .want = "Shares of Acme Inc. rose sharply." },
	{ .name = "Inc. then The splits",
	  .in = "She works for Acme Inc. The company makes anvils.",
	  .want = "She works for Acme Inc.|The company makes anvils." },
	{ .name = "dateline's state before an em dash",
	  .in = "HALDEN SPRINGS, Calif. \u2014 The fire broke out on Monday.",
	  .want = "HALDEN SPRINGS, Calif. \u2014 The fire broke out on Monday." },
	{ .name = "dateline's state before a hyphen",
	  .in = "SALEM, Ore. - The fire grew. It spread.",
	  .want = "SALEM, Ore. - The fire grew.|It spread." },
	{ .name = "a long word before a dash still ends",
	  .in = "He drove to Sacramento. \u2014 The end.",
	  .want = "He drove to Sacramento.|\u2014 The end." },
	{ .name = "Corp. before a number", .in = "He joined Acme Corp. in 2001.",
	  .want = "He joined Acme Corp. in 2001." },
	{ .name = "Co. Ltd.", .in = "Sales at Widget Co. Ltd. grew.",
	  .want = "Sales at Widget Co. Ltd. grew." },
	{ .name = "a.m. then The splits",
	  .in = "The meeting starts at 9 a.m. The doors open early.",
	  .want = "The meeting starts at 9 a.m.|The doors open early." },
	{ .name = "a.m. before a name", .in = "The meeting starts at 9 a.m. Eastern time.",
	  .want = "The meeting starts at 9 a.m. Eastern time." },
	{ .name = "p.m. before lowercase", .in = "It ended at 5 p.m. on Friday.",
	  .want = "It ended at 5 p.m. on Friday." },
	{ .name = "e.g. never ends", .in = "Bring fruit, e.g. Apples or pears.",
	  .want = "Bring fruit, e.g. Apples or pears." },
	{ .name = "i.e. never ends", .in = "Use a tool, i.e. A hammer.",
	  .want = "Use a tool, i.e. A hammer." },
	{ .name = "vs.", .in = "It was Ali vs. Frazier in Manila.",
	  .want = "It was Ali vs. Frazier in Manila." },
	{ .name = "etc. then Then", .in = "They sold pens, paper, etc. Then they closed.",
	  .want = "They sold pens, paper, etc.|Then they closed." },
	{ .name = "Jr. before a name", .in = "Martin Luther King Jr. Day is a holiday.",
	  .want = "Martin Luther King Jr. Day is a holiday." },
	{ .name = "U.K. before lowercase", .in = "He moved to the U.K. in 2019.",
	  .want = "He moved to the U.K. in 2019." },
	{ .name = "D.C. then They", .in = "Talks were held in Washington, D.C. They ended late.",
	  .want = "Talks were held in Washington, D.C.|They ended late." },
	{ .name = "unlisted dotted abbreviation", .in = "She left for N.Y. The trip was long.",
	  .want = "She left for N.Y.|The trip was long." },
	{ .name = "abbreviation in capitals", .in = "ACME INC. The firm grew. MR. SMITH LEFT.",
	  .want = "ACME INC.|The firm grew.|MR. SMITH LEFT." },
	{ .name = "abbreviation in a heading line", .in = "Gov. Ban Forces Firm Out",
	  .want = "Gov. Ban Forces Firm Out" },
	{ .name = "U.S. before a starter inside a heading",
	  .in = "Firm Leaves U.S. After Ban\nIt left the U.S. After that it grew.\n",
	  .want = "Firm Leaves U.S. After Ban|It left the U.S.|After that it grew.",
	  .paras = "0 1 1" },

	/* Initials. */
	{ .name = "middle initial", .in = "George W. Bush spoke first.",
	  .want = "George W. Bush spoke first." },
	{ .name = "run of initials", .in = "J. R. R. Tolkien wrote the book.",
	  .want = "J. R. R. Tolkien wrote the book." },
	{ .name = "initials that look like the word A", .in = "A. A. Milne wrote about a bear.",
	  .want = "A. A. Milne wrote about a bear." },
	{ .name = "single letter then The splits",
	  .in = "The drug contains vitamin B. The dose is small.",
	  .want = "The drug contains vitamin B.|The dose is small." },

	/* Numbers, amounts, addresses. */
	{ .name = "percentage", .in = "Inflation rose 3.5% in May.",
	  .want = "Inflation rose 3.5% in May." },
	{ .name = "amount", .in = "The deal was worth $1.2bn in cash.",
	  .want = "The deal was worth $1.2bn in cash." },
	{ .name = "magnitude", .in = "A 6.1-magnitude quake struck. No one was hurt.",
	  .want = "A 6.1-magnitude quake struck.|No one was hurt." },
	{ .name = "decimal at the end", .in = "The figure was 3.5. Analysts expected more.",
	  .want = "The figure was 3.5.|Analysts expected more." },
	{ .name = "decimals inside", .in = "Pi is about 3.14159 and e is 2.718.",
	  .want = "Pi is about 3.14159 and e is 2.718." },
	{ .name = "year then Then", .in = "Profit was up in 2023. Then it fell.",
	  .want = "Profit was up in 2023.|Then it fell." },
	{ .name = "amount then Then", .in = "It cost $5. Then it rose.",
	  .want = "It cost $5.|Then it rose." },
	{ .name = "a number before a stop and a capital",
	  .in = "The first vote was 3. The second was 4. Then came the count!",
	  .want = "The first vote was 3.|The second was 4.|Then came the count!" },
	{ .name = "a stop, a capital and the paragraph's last question mark",
	  .in = "Prices rose again. Who pays?\nNobody knows. Not yet.",
	  .want = "Prices rose again.|Who pays?|Nobody knows.|Not yet." },
	{ .name = "a stop, a space and an opening quote before a capital",
	  .in = "He left. \"We go now,\" she said. \u201CNo one stays.\u201D Mr. \"Big\" Lee agreed.",
	  .want = "He left.|\"We go now,\" she said.|\u201CNo one stays.\u201D|Mr. \"Big\" Lee agreed." },
	{ .name = "a stop before a comma or a hyphen ends nothing",
	  .in = "Shares of Acme Inc., the maker, rose. U.S.-based staff stayed.",
	  .want = "Shares of Acme Inc., the maker, rose.|U.S.-based staff stayed." },
	{ .name = "list number", .in = "1. Preheat the oven.",
	  .want = "1. Preheat the oven." },
	{ .name = "domain name", .in = "Visit example.com for details.",
	  .want = "Visit example.com for details." },
	{ .name = "e-mail at the end", .in = "Write to press@example.org. We reply fast.",
	  .want = "Write to press@example.org.|We reply fast." },
	{ .name = "URL", .in = "See https://www.example.com/news/a.html?id=7 today.",
	  .want = "See https://www.example.com/news/a.html?id=7 today." },
	{ .name = "country domain", .in = "The site www.example.co.uk was down.",
	  .want = "The site www.example.co.uk was down." },

	/* Other scripts. */
	{ .name = "Japanese full stops", .in = "東京は晴れ。大阪は雨。",
	  .want = "東京は晴れ。|大阪は雨。" },
	{ .name = "full-width ! and ?", .in = "今日は休みです！明日は仕事ですか？はい。",
	  .want = "今日は休みです！|明日は仕事ですか？|はい。" },
	{ .name = "Japanese quote continues", .in = "「はい。」と彼は言った。",
	  .want = "「はい。」と彼は言った。" },
	{ .name = "Chinese quote closes", .in = "他说：“我们走吧。”然后离开了。",
	  .want = "他说：“我们走吧。”|然后离开了。" },
	{ .name = "full-width decimal", .in = "価格は３．５ドルです。",
	  .want = "価格は３．５ドルです。" },
	{ .name = "Hindi danda", .in = "यह पहला वाक्य है। यह दूसरा वाक्य है।",
	  .want = "यह पहला वाक्य है।|यह दूसरा वाक्य है।" },
	{ .name = "Arabic question mark", .in = "هل أنت بخير؟ نعم أنا بخير.",
	  .want = "هل أنت بخير؟|نعم أنا بخير." },
	{ .name = "Korean", .in = "안녕하세요. 반갑습니다.",
	  .want = "안녕하세요.|반갑습니다." },
	{ .name = "Cyrillic lowercase continues", .in = "Он ушёл. Она осталась. и всё.",
	  .want = "Он ушёл.|Она осталась. и всё." },
	{ .name = "Greek", .in = "Ήρθε νωρίς. Έφυγε αργά.",
	  .want = "Ήρθε νωρίς.|Έφυγε αργά." },
	{ .name = "mixed scripts", .in = "The sign said 出口。Then we left. Okay.",
	  .want = "The sign said 出口。|Then we left.|Okay." },

	/* Paragraph shapes, bullets, headings, datelines. */
	{ .name = "one paragraph per line with blank lines",
	  .in = "First paragraph here.\n\nSecond one. It has two.\n\nThird.\n",
	  .want = "First paragraph here.|Second one.|It has two.|Third.",
	  .paras = "0 1 1 2", .lines = "0 2 2 4" },
	{ .name = "dateline then a paragraph",
	  .in = "Friday, September 20, 2024\nThe firm closed its offices. Staff "
		"were told on Monday.\n",
	  .want = "Friday, September 20, 2024|The firm closed its offices.|"
		  "Staff were told on Monday.",
	  .paras = "0 1 1", .lines = "0 1 1" },
	{ .name = "headings between paragraphs",
	  .in = "Background\nThe ban took effect in July.\nWhat comes next\n"
		"Nobody knows yet.\n",
	  .want = "Background|The ban took effect in July.|What comes next|"
		  "Nobody knows yet.",
	  .paras = "0 1 2 3", .lines = "0 1 2 3" },
	{ .name = "headline stack is not hard wrapping",
	  .in = "Title Of The Story Goes Here In Full For Readers\n"
		"A standfirst that explains the story in one line\n\n"
		"Body sentence one. Body two.\n",
	  .want = "Title Of The Story Goes Here In Full For Readers|"
		  "A standfirst that explains the story in one line|"
		  "Body sentence one.|Body two.",
	  .paras = "0 1 2 2", .lines = "0 1 3 3" },
	{ .name = "lines of similar length that end sentences stay apart",
	  .in = "The first line of this article is quite long and ends here.\n"
		"The second line of this article is also long and ends here.\n"
		"The third line of this article is long as well and ends here.\n",
	  .want = "The first line of this article is quite long and ends here.|"
		  "The second line of this article is also long and ends here.|"
		  "The third line of this article is long as well and ends here.",
	  .paras = "0 1 2" },
	{ .name = "a line break ends the sentence in line-per-paragraph text",
	  .in = "This sentence is\nbroken.", .want = "This sentence is|broken.",
	  .paras = "0 1" },
	{ .name = "line numbers skip blank lines",
	  .in = "\n\nFirst.\n\n\nSecond. Third.\n",
	  .want = "First.|Second.|Third.", .paras = "0 1 1", .lines = "2 5 5" },
	{ .name = "bullets of every kind",
	  .in = "- First point is here.\n- Second point. It has more.\n"
		"* Third point\n• Fourth point\n· Fifth point\n– Sixth point",
	  .want = "First point is here.|Second point.|It has more.|Third point|"
		  "Fourth point|Fifth point|Sixth point",
	  .paras = "0 1 1 2 3 4 5", .lines = "0 1 1 2 3 4 5" },
	{ .name = "indented bullet and non-breaking indentation",
	  .in = "  • Indented bullet text.\n\u00A0\u00A0Indented with NBSP.\u00A0\n",
	  .want = "Indented bullet text.|Indented with NBSP.", .paras = "0 1" },
	{ .name = "dash and star without a space are text",
	  .in = "-5 degrees was the low.\n*nix systems vary.",
	  .want = "-5 degrees was the low.|*nix systems vary." },
	{ .name = "empty bullet makes no sentence",
	  .in = "- \nText after.\n", .want = "Text after.", .paras = "0",
	  .lines = "1" },
	{ .name = "hard-wrapped paragraphs are joined", .in = WRAPPED,
	  .want = WRAPPED_WANT, .paras = "0 0 1 1", .lines = "0 1 5 6" },
	{ .name = "hard-wrapped text with heading and bullets",
	  .in = "Budget Vote\n\n" WRAPPED
		"- fees for parking permits would rise by a tenth in the\n"
		"  spring, according to the draft\n"
		"- bus routes would be reviewed\n",
	  .want = "Budget Vote|" WRAPPED_WANT
		  "|fees for parking permits would rise by a tenth in the\n"
		  "  spring, according to the draft|bus routes would be reviewed",
	  .paras = "0 1 1 2 2 3 4", .lines = "0 2 3 7 8 10 12" },
	{ .name = "hard-wrapped single paragraph without blank lines",
	  .in = "Officials in the northern province said on Monday that heavy rain had\n"
		"washed away two bridges and cut off several villages, and that rescue\n"
		"teams were still trying to reach families stranded by the flooding in\n"
		"the hills above the river. Aid groups asked for more boats.\n",
	  .want = "Officials in the northern province said on Monday that heavy rain had\n"
		  "washed away two bridges and cut off several villages, and that rescue\n"
		  "teams were still trying to reach families stranded by the flooding in\n"
		  "the hills above the river.|Aid groups asked for more boats.",
	  .paras = "0 0", .lines = "0 3" },
	{ .name = "hard-wrapped paragraphs marked by indentation",
	  .in = "    The regional council voted on Tuesday to approve a new budget for\n"
		"the coming year, after a debate that lasted well into the night.\n"
		"    Members of the opposition said the plan would cut services in rural\n"
		"areas and raise fees for families, and they promised to fight it.\n",
	  .want = "The regional council voted on Tuesday to approve a new budget for\n"
		  "the coming year, after a debate that lasted well into the night.|"
		  "Members of the opposition said the plan would cut services in rural\n"
		  "areas and raise fees for families, and they promised to fight it.",
	  .paras = "0 1", .lines = "0 2" },
	{ .name = "hard-wrapped heading without a blank line after it",
	  .in = "Outlook\n"
		"Analysts at the bank said on Friday that growth would slow in the\n"
		"second half of the year as exports weaken and households spend less\n"
		"on travel. The forecast was cut to two percent from three percent.\n"
		"\n"
		"The central bank is expected to hold rates steady at its meeting in\n"
		"the spring, although several members have called for an early cut.\n",
	  .want = "Outlook|Analysts at the bank said on Friday that growth would "
		  "slow in the\nsecond half of the year as exports weaken and "
		  "households spend less\non travel.|The forecast was cut to two "
		  "percent from three percent.|The central bank is expected to "
		  "hold rates steady at its meeting in\nthe spring, although "
		  "several members have called for an early cut.",
	  .paras = "0 1 1 2", .lines = "0 1 3 5" },
	/* The scan jumps to sentence punctuation sixteen or eight bytes at a
	 * time; terminals on either side of those strides. */
	{ .name = "terminals at stride edges",
	  .in = "Abcdefghijklmno. Pqrstuvwxyzabcde! Fghijklmnopqrst? Klm. Nopqrstuvwxyzab.",
	  .want = "Abcdefghijklmno.|Pqrstuvwxyzabcde!|Fghijklmnopqrst?|Klm.|Nopqrstuvwxyzab." },
	{ .name = "terminals one byte before stride edges",
	  .in = "Abcdefghijklmn. Pqrstuvwxyzabcd! Fghijklmnopqrs? Klmnopqrstuvwxyzab. Nop.",
	  .want = "Abcdefghijklmn.|Pqrstuvwxyzabcd!|Fghijklmnopqrs?|Klmnopqrstuvwxyzab.|Nop." },
	/* The token before a full stop starts after non-ASCII white space too. */
	{ .name = "title after a no-break space",
	  .in = "He met them\u00A0Mr. Smith came late. He left.",
	  .want = "He met them\u00A0Mr. Smith came late.|He left." },
	{ .name = "list number after a no-break space",
	  .in = "\u00A01. Preheat the oven. Then bake.",
	  .want = "1. Preheat the oven.|Then bake." },
	{ .name = "list number opening a later sentence",
	  .in = "Intro text. \u00A012. Mix well. Serve.",
	  .want = "Intro text.|12. Mix well.|Serve." },
	{ .name = "initial after an em space",
	  .in = "It rose 3.5 percent.\u2003W. Bush spoke. The end.",
	  .want = "It rose 3.5 percent.|W. Bush spoke.|The end." },
	{ .name = "detached closers stay with their sentence",
	  .in = "They stayed all night. \" Then they left. \u201D Next day came.",
	  .want = "They stayed all night. \"|Then they left. \u201D|Next day came." },
	/* runs answered before the full rules: a terminal inside a token or
	 * before one space and a lower-case letter */
	{ .name = "terminals inside tokens and before lower case",
	  .in = "Shares rose 3.5 percent at example.com today. Bonds fell!Really? yes. "
		"It came at 5 p.m. on Friday. Approx. five. Done.",
	  .want = "Shares rose 3.5 percent at example.com today.|Bonds fell!Really? yes.|"
		  "It came at 5 p.m. on Friday.|Approx. five.|Done." },
	{ .name = "terminal before two spaces, a tab or a capital",
	  .in = "One.  two. Three.\tfour. x. Y", .want = "One.  two.|Three.\tfour. x. Y" },
	{ .name = "line indexes across blank lines",
	  .in = "First line here\nSecond line, U.S. Commerce said. It fell.\n\nThird para. A B.\n",
	  .want = "First line here|Second line, U.S. Commerce said.|It fell.|Third para.|A B.",
	  .paras = "0 1 1 2 2", .lines = "0 1 1 3 3" },
};

/* Joins the sentences with "|" and, when asked, their paragraph and line
 * indexes with spaces. */
static void result_format(const char *in, const struct seg_sentence *v,
			  size_t n, struct buf *text, struct buf *paras,
			  struct buf *lines)
{
	buf_adds(text, "");
	buf_adds(paras, "");
	buf_adds(lines, "");
	for (size_t i = 0; i < n; i++) {
		if (i) {
			buf_addc(text, '|');
			buf_addc(paras, ' ');
			buf_addc(lines, ' ');
		}
		buf_add(text, in + v[i].start, v[i].end - v[i].start);
		buf_printf(paras, "%zu", v[i].paragraph);
		buf_printf(lines, "%zu", v[i].line);
	}
}

/* Runs segment_text on an exact-size copy with no NUL after it. */
static size_t segment_copy(const char *in, size_t len, struct seg_sentence **out)
{
	char *copy = len ? xmalloc(len) : NULL;
	if (len)
		memcpy(copy, in, len);
	size_t n = segment_text(copy, len, out);
	free(copy);
	return n;
}

static bool is_space_at(const char *s, size_t len, size_t i)
{
	ucs4_t uc;
	u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
	return uc_is_property_white_space(uc);
}

static bool is_space_before(const char *s, size_t start, size_t i)
{
	ucs4_t uc;
	const uint8_t *p =
		u8_prev(&uc, (const uint8_t *)s + i, (const uint8_t *)s + start);
	return p && uc_is_property_white_space(uc);
}

/* Checks what every caller relies on; returns NULL or what is wrong. */
static const char *invariants_check(const char *in, size_t len,
				    const struct seg_sentence *v, size_t n)
{
	size_t prev_end = 0, prev_para = 0, prev_line = 0;
	for (size_t i = 0; i < n; i++) {
		const struct seg_sentence *t = &v[i];
		if (t->start >= t->end)
			return "empty sentence";
		if (t->end > len)
			return "sentence past the end";
		if (i && t->start < prev_end)
			return "sentences overlap or are out of order";
		if (is_space_at(in, len, t->start) ||
		    is_space_before(in, t->start, t->end))
			return "sentence not trimmed";
		if (i == 0 ? t->paragraph != 0
			   : t->paragraph != prev_para &&
				     t->paragraph != prev_para + 1)
			return "paragraph index skips or goes back";
		size_t line = 0;
		for (size_t k = 0; k < t->start; k++)
			line += in[k] == '\n';
		if (t->line != line)
			return "line index wrong";
		if (i && t->paragraph != prev_para && t->line == prev_line &&
		    memchr(in + prev_end, '\n', t->start - prev_end))
			return "new paragraph on the same line";
		prev_end = t->end;
		prev_para = t->paragraph;
		prev_line = t->line;
	}
	if (len && n == 0) {
		for (size_t i = 0; i < len; i++)
			if (!is_space_at(in, len, i) && in[i] != '\n' &&
			    (unsigned char)in[i] < 0x80 && in[i] != '-' &&
			    in[i] != '*')
				return "text with content gave no sentence";
	}
	return NULL;
}

static void case_check(const struct seg_case *c)
{
	struct seg_sentence *v = NULL;
	size_t len = strlen(c->in);
	size_t n = segment_copy(c->in, len, &v);
	struct buf text, paras, lines;
	buf_init(&text);
	buf_init(&paras);
	buf_init(&lines);
	result_format(c->in, v, n, &text, &paras, &lines);
	bool ok = strcmp(text.data, c->want) == 0 &&
		  (!c->paras || strcmp(paras.data, c->paras) == 0) &&
		  (!c->lines || strcmp(lines.data, c->lines) == 0) &&
		  (n > 0 || v == NULL);
	tap_ok(ok, "%s", c->name);
	if (!ok) {
		tap_diag("got:  [%s]", text.data);
		tap_diag("want: [%s]", c->want);
		if (c->paras)
			tap_diag("paragraphs got [%s] want [%s]", paras.data,
				 c->paras);
		if (c->lines)
			tap_diag("lines got [%s] want [%s]", lines.data, c->lines);
	}
	buf_free(&text);
	buf_free(&paras);
	buf_free(&lines);
	free(v);
}

static void offsets_check(void)
{
	static const char in[] = "  Hello there. General Kenobi!\n- Item one.";
	struct seg_sentence *v = NULL;
	size_t n = segment_copy(in, sizeof in - 1, &v);
	static const struct seg_sentence want[] = {
		{ .start = 2, .end = 14, .paragraph = 0, .line = 0 },
		{ .start = 15, .end = 30, .paragraph = 0, .line = 0 },
		{ .start = 33, .end = 42, .paragraph = 1, .line = 1 },
	};
	bool ok = n == CC_ARRAY_LEN(want);
	for (size_t i = 0; ok && i < n; i++)
		ok = v[i].start == want[i].start && v[i].end == want[i].end &&
		     v[i].paragraph == want[i].paragraph &&
		     v[i].line == want[i].line;
	tap_ok(ok, "exact byte offsets, paragraphs and lines");
	for (size_t i = 0; !ok && i < n; i++)
		tap_diag("got [%zu,%zu) paragraph %zu line %zu", v[i].start,
			 v[i].end, v[i].paragraph, v[i].line);
	free(v);
}

static void invariants_table_check(void)
{
	const char *bad = NULL, *where = NULL;
	for (size_t i = 0; i < CC_ARRAY_LEN(cases) && !bad; i++) {
		struct seg_sentence *v = NULL;
		size_t len = strlen(cases[i].in);
		size_t n = segment_copy(cases[i].in, len, &v);
		bad = invariants_check(cases[i].in, len, v, n);
		where = cases[i].name;
		free(v);
	}
	if (!tap_ok(bad == NULL, "invariants hold for all %zu table cases",
		    CC_ARRAY_LEN(cases)))
		tap_diag("%s: %s", where, bad);
}

/* Pieces that exercise every rule; random strings of them must keep the
 * invariants (this is the unit-test cousin of the fuzz target). */
static const char *const pieces[] = {
	"a", "The", " ", "  ", "\n", "\n\n", ".", "!", "?", "…", "...", "。",
	"！", "।", "؟", "U.S.", "Mr.", "No.", "e.g.", "\"", "”", "“", "(", ")",
	"»", "'", "- ", "• ", "– ", "\u00A0", "\t", "3.5", "東京", "है",
	"x@y.com", "A.", "W. ", "etc.", "it", "Sept. 29", "-", "*",
	"a long run of ordinary words to make wrapped lines ",
	"and more words that keep the line going past sixty ",
};

static uint32_t rng_next(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return *state >> 8;
}

/* A generated input: up to 59 of the pieces above, in random order. */
static void random_input(struct buf *in, uint32_t *seed)
{
	buf_clear(in);
	buf_adds(in, "");
	size_t npieces = rng_next(seed) % 60;
	for (size_t k = 0; k < npieces; k++)
		buf_adds(in, pieces[rng_next(seed) % CC_ARRAY_LEN(pieces)]);
}

static void random_inputs_check(void)
{
	uint32_t seed = 12345;
	const char *bad = NULL;
	struct buf in;
	buf_init(&in);
	for (int round = 0; round < 3000 && !bad; round++) {
		random_input(&in, &seed);
		struct seg_sentence *v = NULL;
		size_t n = segment_copy(in.data, in.len, &v);
		bad = invariants_check(in.data, in.len, v, n);
		if (bad)
			tap_diag("input: [%s]", in.data);
		free(v);
	}
	if (!tap_ok(bad == NULL, "invariants hold for 3000 generated inputs"))
		tap_diag("%s", bad);
	buf_free(&in);
}

/* segment_text_lines with every line's end, with the first few only and
 * with none answers as segment_text does. */
static void lines_given_check(void)
{
	uint32_t seed = 777;
	const char *bad = NULL;
	struct buf in;
	buf_init(&in);
	for (int round = 0; round < 2000 && !bad; round++) {
		random_input(&in, &seed);
		size_t n = 0;
		size_t *ends = xmalloc(sizeof *ends * (in.len + 1));
		for (size_t i = 0; i < in.len; i++)
			if (in.data[i] == '\n')
				ends[n++] = i;
		if (in.len && in.data[in.len - 1] != '\n')
			ends[n++] = in.len;
		struct seg_sentence *want = NULL;
		size_t nw = segment_text(in.data, in.len, &want);
		size_t some = n ? rng_next(&seed) % (n + 1) : 0;
		for (int pass = 0; pass < 3 && !bad; pass++) {
			struct seg_sentence *got = NULL;
			size_t ng = segment_text_lines(in.data, in.len, pass == 2 ? NULL : ends,
						       pass == 0 ? n : some, &got);
			if (ng != nw || (nw && memcmp(got, want, nw * sizeof *got) != 0)) {
				bad = "segment_text_lines differs from segment_text";
				tap_diag("input: [%s], pass %d", in.data, pass);
			}
			free(got);
		}
		free(want);
		free(ends);
	}
	tap_ok(bad == NULL, "segment_text_lines answers as segment_text for 2000 generated inputs");
	buf_free(&in);
}

/* Bytes that are not UTF-8 break the contract, but must still not crash
 * or read out of bounds. */
static void raw_bytes_check(void)
{
	uint32_t seed = 777;
	bool ok = true;
	for (int round = 0; round < 2000 && ok; round++) {
		unsigned char raw[64];
		size_t len = rng_next(&seed) % sizeof raw;
		for (size_t k = 0; k < len; k++)
			raw[k] = (unsigned char)rng_next(&seed);
		struct seg_sentence *v = NULL;
		size_t n = segment_copy((const char *)raw, len, &v);
		size_t prev_end = 0;
		for (size_t i = 0; i < n; i++) {
			ok = ok && v[i].start < v[i].end && v[i].end <= len &&
			     v[i].start >= prev_end;
			prev_end = v[i].end;
		}
		free(v);
	}
	tap_ok(ok, "arbitrary bytes stay in bounds and in order");
}

/* The scanners answer these libunistring questions themselves for ASCII
 * (src/uchar.h, and segment.c for closers, space and terminals); the
 * answers must be libunistring's, for ASCII and for the rest. */
static void ascii_answers_check(void)
{
	int bad = 0;
	for (ucs4_t c = 0; c < 0x3000; c++) {
		bad += uchar_is_alpha(c) != uc_is_alpha(c);
		bad += uchar_is_alnum(c) != uc_is_alnum(c);
		bad += uchar_is_upper(c) != uc_is_upper(c);
		bad += uchar_is_lowercase(c) != uc_is_property_lowercase(c);
	}
	for (ucs4_t c = 0; c < 0x80; c++) {
		bad += (uc_is_general_category(c, UC_CATEGORY_Pe) ||
			uc_is_general_category(c, UC_CATEGORY_Pf) || c == '"' || c == '\'') !=
		       (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}');
		bad += uc_is_property_white_space(c) != (c == ' ' || (c >= '\t' && c <= '\r'));
		bad += uc_is_property_sentence_terminal(c) != (c == '.' || c == '!' || c == '?');
	}
	tap_ok(bad == 0, "ASCII shortcuts agree with libunistring (%d disagreements)", bad);
}

/* paragraph_split steps over U+2010-U+2025 (E2 80 90-A5) without asking
 * libunistring: none of them is white space or a sentence terminal (U+2026,
 * the ellipsis, is one of segment's terminals and stays out of the range). */
static void dash_quote_answers_check(void)
{
	int bad = 0;
	for (ucs4_t c = 0x2010; c <= 0x2025; c++)
		bad += uc_is_property_white_space(c) || uc_is_property_sentence_terminal(c);
	tap_ok(bad == 0, "U+2010-U+2025 are neither white space nor terminals (%d are)", bad);
	/* segment.c's masks for the quotes U+2018 + k: bit k of 0xBB is Pi
	 * or Pf, of 0x44 Ps, of 0x22 Pf; the rest of the range is none of
	 * Pi, Pf, Ps, Pe */
	bad = 0;
	for (ucs4_t c = 0x2010; c <= 0x2025; c++) {
		unsigned k = c - 0x2018, in = c >= 0x2018 && c <= 0x201F;
		bool pi_pf = in && (0xBBu >> k & 1), ps = in && (0x44u >> k & 1), pf = in && (0x22u >> k & 1);
		bad += pi_pf != (uc_is_general_category(c, UC_CATEGORY_Pi) ||
				 uc_is_general_category(c, UC_CATEGORY_Pf));
		bad += ps != uc_is_general_category(c, UC_CATEGORY_Ps);
		bad += pf != uc_is_general_category(c, UC_CATEGORY_Pf);
		bad += uc_is_general_category(c, UC_CATEGORY_Pe);
	}
	tap_ok(bad == 0, "the quote classes segment.c answers inline for U+2010-U+2025 are libunistring's (%d differ)", bad);
	{
		/* U+2000-U+203F are decoded inline: a space, a terminal and
		 * closing and opening quotes of that block around stops */
		static const struct {
			const char *in, *want;
		} quote_cases[] = {
			{"Done.\u2003Next one.", "Done.|Next one."},
			{"Stop\u203C Go now.", "Stop\u203C|Go now."},
			{"He said \u2018no.\u2019 \u201CThen go.\u201D", "He said \u2018no.\u2019|\u201CThen go.\u201D"},
			{"It ended \u201Aso.\u201A Fine. Next \u201Aone.", "It ended \u201Aso.\u201A Fine.|Next \u201Aone."},
		};
		int wrong = 0;
		for (size_t c = 0; c < CC_ARRAY_LEN(quote_cases); c++) {
			struct seg_sentence *sv;
			size_t n = segment_text(quote_cases[c].in, strlen(quote_cases[c].in), &sv);
			struct buf got;
			buf_init(&got);
			for (size_t k = 0; k < n; k++) {
				if (k)
					buf_addc(&got, '|');
				buf_add(&got, quote_cases[c].in + sv[k].start, sv[k].end - sv[k].start);
			}
			if (strcmp(got.data ? got.data : "", quote_cases[c].want) != 0) {
				wrong++;
				tap_diag("[%s] -> [%s]", quote_cases[c].in, got.data ? got.data : "");
			}
			buf_free(&got);
			free(sv);
		}
		tap_ok(wrong == 0, "stops around U+2000-U+203F spaces, terminals and quotes (%d wrong)", wrong);
	}
	/* a sentence ends after a dash or a quote of the range as before */
	struct seg_sentence *v;
	const char *t = "He said \u201cno.\u201d Then \u2014 later \u2014 yes\u2026 Fine\u2025";
	static const char *const want[] = {"He said \u201cno.\u201d", "Then \u2014 later \u2014 yes\u2026",
					   "Fine\u2025"};
	size_t n = segment_text(t, strlen(t), &v);
	bool same = n == CC_ARRAY_LEN(want);
	for (size_t k = 0; same && k < n; k++)
		same = v[k].end - v[k].start == strlen(want[k]) &&
		       memcmp(t + v[k].start, want[k], strlen(want[k])) == 0;
	tap_ok(same, "sentences around U+201C/U+201D/U+2014/U+2026 (%zu)", n);
	for (size_t k = 0; !same && k < n; k++)
		tap_diag("sentence %zu: [%.*s]", k, (int)(v[k].end - v[k].start), t + v[k].start);
	free(v);
}

int main(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(cases); i++)
		case_check(&cases[i]);
	offsets_check();
	invariants_table_check();
	random_inputs_check();
	lines_given_check();
	raw_bytes_check();
	ascii_answers_check();
	dash_quote_answers_check();
	return tap_done();
}
