#!/usr/bin/env bash
# A deal's price however it is told (a new user's try-out on fresh text): a
# sum "in cash" or "in stock" that is its sentence's only sum is the price,
# not a measure of its own; a price per share is one measure whether it is
# written "per share", "a share" or "/share".
. "$top_srcdir/tests/cli/lib.sh"

worth="Corvel will buy Dantry in a deal worth \$2.6 billion."

# ---- how a price is paid is no measure of it
pair cash "Corvel will buy Dantry for \$2.3 billion in cash." "$worth"
like "$out" 'quantity (strong)' "'\$2.3 billion in cash' against 'a deal worth \$2.6 billion': a strong conflict"
like "$out" 'For Corvel, a.txt says "$2.3 billion"' "... on the price, not on 'Corvel's cash'"
pair stock "Corvel will buy Dantry for \$2.3 billion in stock." "$worth"
like "$out" 'quantity (strong)' "'in stock': the same"
pair both "Corvel will buy Dantry for \$2.3 billion in cash and stock." "$worth"
like "$out" 'quantity (strong)' "'in cash and stock': the same"
pair allcash "Corvel will buy Dantry for \$2.3 billion in an all-cash deal." "$worth"
like "$out" 'quantity (strong)' "'in an all-cash deal': the same"
pair cashsame "Corvel will buy Dantry for \$2.6 billion in cash." "$worth"
is "$(grep -c '^#' <<<"$out")" 0 "the same price, one of them paid in cash: no conflict"
# ... but a sentence of several sums tells parts of the price, and cash
# held is a balance
pair parts "Corvel will buy Dantry, paying \$2.3 billion in cash and \$0.3 billion in stock." "$worth"
is "$(grep -c '^#' <<<"$out")" 0 "\$2.3 billion in cash as a part of the price: no conflict"
pair split "Corvel is paying \$2.3 billion in cash and \$0.3 billion in stock to acquire Dantry." "$worth"
is "$(grep -c '^#' <<<"$out")" 0 "parts of the price told across two verbs (paying ... to acquire): no conflict"
pair cashpart "Corvel will buy Dantry for \$2.6 billion in cash." \
	"Corvel will buy Dantry, paying \$2.3 billion in cash and \$0.3 billion in stock."
like "$out" "For Corvel's cash" "the whole price called cash against the cash part: still a conflict on the cash"
pair balance "Corvel ended the year with \$2.3 billion in cash." "$worth"
is "$(grep -c '^#' <<<"$out")" 0 "cash held at the year's end is no price: no conflict"

# ---- a price per share, however the rate is written
pair share "Corvel will pay \$38 per share for Dantry." "Corvel is paying \$36 a share for Dantry."
like "$out" 'quantity (strong)' "'\$38 per share' against '\$36 a share': a strong conflict"
like "$out" "For Corvel's share" "... per share"
pair slash "Corvel will pay \$38/share for Dantry." "Corvel is paying \$36 a share for Dantry."
like "$out" 'quantity (strong)' "'\$38/share' against '\$36 a share': a strong conflict"
pair sharesame "Corvel will pay \$38/share for Dantry." "Corvel is paying \$38 a share for Dantry."
is "$(grep -c '^#' <<<"$out")" 0 "\$38/share and \$38 a share: no conflict"
pair sharetotal "Corvel will pay \$38 a share for Dantry." "$worth"
is "$(grep -c '^#' <<<"$out")" 0 "a price per share against the whole price: no conflict"
done_testing
