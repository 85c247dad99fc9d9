# The seed article, as given, with dyad's own dictionaries: the relations
# the raw-text issue lists, with direction, root and years.
. "$(dirname "$0")/lib.sh"
seed="$DYAD_SHARED/seed/article.txt"
[ -f "$seed" ] || { fail seed_article_present "$seed missing"; exit 0; }
"$DYAD" code -q --year 2025 "$seed" > "$TMP/seed.jsonl" 2> "$TMP/err"
[ -s "$TMP/seed.jsonl" ] && pass seed_codes_events || fail seed_codes_events "$(head -3 "$TMP/err")"
python3 "$DYAD_ROOT/tests/e2e/seed_check.py" "$TMP/seed.jsonl"
# without --year the story date is incomplete: reported, never guessed
"$DYAD" code --dict-dir "$DYAD_ROOT/dict" "$seed" > "$TMP/noyear.jsonl" 2> "$TMP/err2"
python3 - "$TMP/noyear.jsonl" <<'PY' && pass seed_story_date_not_guessed || fail seed_story_date_not_guessed "story_date set without a year"
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    assert not e.get("story_date"), e["story_date"]
PY
