#!/usr/bin/env bash
# eval.sh: precision and recall of the conflicts crosscheck marks, per kind,
# against each story's gold.tsv in examples/.
#   tests/eval/eval.sh [--check FLOOR.tsv] [CROSSCHECK]
# Prints one line per kind and a total. With --check, exits 1 when any
# figure falls below the floor file's (kind <TAB> precision <TAB> recall).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
floor=
if [ "${1:-}" = --check ]; then floor=$2; shift 2; fi
cc=${1:-${CROSSCHECK:-$top/crosscheck}}
command -v jq >/dev/null || { echo "eval.sh: jq is needed (Debian package: jq)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc-eval.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

sys=$tmp/system.jsonl gold=$tmp/gold.jsonl
: >"$sys"; : >"$gold"
for dir in "$top"/examples/*/; do
	story=$(basename "$dir")
	[ -f "$dir/gold.tsv" ] || continue
	"$cc" --db "$tmp/$story.db" add --story "$story" "$dir"*.txt >/dev/null || exit 2
	"$cc" --db "$tmp/$story.db" conflicts --format jsonl |
		jq -c --arg story "$story" '{story: $story, kind, severity, key, a: .a.source, b: .b.source}' >>"$sys"
	grep -v '^#' "$dir/gold.tsv" | grep . |
		jq -R -c --arg story "$story" 'split("\t") | {story: $story, kind: .[0], severity: .[1], a: .[2], b: .[3], anchor: .[4]}' >>"$gold"
done

jq -n -r --slurpfile s "$sys" --slurpfile g "$gold" '
  def pair($x): [$x.a, $x.b] | sort;
  def hit($c; $r): $c.story == $r.story and $c.kind == $r.kind and pair($c) == pair($r)
                 and ($r.anchor == "-" or ($c.key | ascii_downcase | contains($r.anchor | ascii_downcase)));
  # one to one: each gold row takes at most one conflict, and each conflict
  # counts for at most one row (rows with an anchor choose first), so two
  # conflicts on one row count one hit and one false alarm
  def assign($sk; $gk):
    reduce ($gk | sort_by(.anchor == "-") | .[]) as $r ([];
      . as $used
      | ([range(0; $sk | length) | select(. as $i | (any($used[]; . == $i) | not) and hit($sk[$i]; $r))]
         | first) as $i
      | if $i == null then $used else $used + [$i] end);
  ($s | map(.kind)) + ($g | map(.kind)) | unique as $kinds
  | ($kinds + ["all"])[] as $k
  | ($s | map(select($k == "all" or .kind == $k))) as $sk
  | ($g | map(select($k == "all" or .kind == $k))) as $gk
  | (assign($sk; $gk) | length) as $tp
  | [$k, ($sk|length), ($gk|length),
     (if ($sk|length) == 0 then 1 else $tp / ($sk|length) end),
     (if ($gk|length) == 0 then 1 else $tp / ($gk|length) end)]
  | "\(.[0])\t\(.[1])\t\(.[2])\t\(.[3]*1000|round/1000)\t\(.[4]*1000|round/1000)"
' >"$tmp/table"

printf '%-12s %7s %5s %9s %7s\n' kind marked gold precision recall
while IFS=$'\t' read -r k n g p r; do
	printf '%-12s %7s %5s %9s %7s\n' "$k" "$n" "$g" "$p" "$r"
done <"$tmp/table"

if [ -n "$floor" ]; then
	bad=0
	while IFS=$'\t' read -r k fp fr; do
		case $k in ''|'#'*) continue ;; esac
		line=$(awk -F'\t' -v k="$k" '$1 == k' "$tmp/table")
		p=$(cut -f4 <<<"$line") r=$(cut -f5 <<<"$line")
		[ -n "$line" ] || { echo "eval: no figures for '$k'" >&2; bad=1; continue; }
		if awk -v p="$p" -v fp="$fp" -v r="$r" -v fr="$fr" 'BEGIN { exit !(p + 1e-9 < fp || r + 1e-9 < fr) }'; then
			echo "eval: $k fell below the floor: precision $p (floor $fp), recall $r (floor $fr)" >&2
			bad=1
		fi
	done <"$floor"
	exit $bad
fi
