# Bad input: each case gives a clear message naming the file (and line
# where there is one) and the rest of the batch is still processed.
. "$(dirname "$0")/lib.sh"
good="$PETR/PETR.UnitTest.records.xml"
rec() {  # rec ID DATE PARSE TEXT
    printf '<Sentence date="%s" id="%s" category="T" sentence="true">\n<Text>%s</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$2" "$1" "$4" "$3"
}
ok_tree='(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore) (NP (JJ full) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))))))) (. .)))'

# 1. truncated XML: the records before the cut are coded, the cut is reported
{ echo '<Sentences>'; rec T1 19950101 "$ok_tree" "Arnor is about to restore ties with Gondor."; rec T2 19950101 "$ok_tree" "x"; echo '<Sentence date="19950101" id="T3"><Text>cut he'; } > "$TMP/trunc.xml"
"$DYAD" code -q $VALDICT "$TMP/trunc.xml" > "$TMP/o1" 2> "$TMP/e1"
[ "$(grep -c '"doc":"T' "$TMP/o1")" = 2 ] && pass truncated_xml_keeps_earlier_records || fail truncated_xml_keeps_earlier_records "$(cat "$TMP/o1" "$TMP/e1")"
grep -q "trunc.xml:[0-9]*: XML error" "$TMP/e1" && pass truncated_xml_reported_with_line || fail truncated_xml_reported_with_line "$(cat "$TMP/e1")"

# 2. unbalanced tree between good records
{ echo '<Sentences>'; rec U1 19950101 "$ok_tree" a; rec U2 19950101 "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))" b; rec U3 19950101 "$ok_tree" c; echo '</Sentences>'; } > "$TMP/unbal.xml"
"$DYAD" code -q $VALDICT "$TMP/unbal.xml" > "$TMP/o2" 2> "$TMP/e2"
grep -q '"doc":"U3"' "$TMP/o2" && grep -q 'U2.*unbalanced' "$TMP/e2" && pass unbalanced_tree_error_then_continue || fail unbalanced_tree_error_then_continue "$(cat "$TMP/e2")"

# 3. invalid UTF-8 inside a record
{ echo '<Sentences>'; rec V1 19950101 "$ok_tree" "$(printf 'bad \xff\xfe bytes')"; rec V2 19950101 "$ok_tree" ok; echo '</Sentences>'; } > "$TMP/utf.xml"
timeout 20 "$DYAD" code -q $VALDICT "$TMP/utf.xml" > "$TMP/o3" 2> "$TMP/e3"; rc=$?
[ "$rc" -le 1 ] && grep -q 'utf.xml' "$TMP/e3" && pass invalid_utf8_reported || fail invalid_utf8_reported "rc=$rc $(cat "$TMP/e3")"

# 4. a 1 MB sentence: coded or refused quickly, never a hang or crash
python3 - "$TMP/big.xml" <<'PY'
import sys
words = " ".join("(NN w%d)" % i for i in range(120000))
tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBZ restores) (NP %s)) (. .)))" % words
with open(sys.argv[1], "w") as f:
    f.write('<Sentences><Sentence date="19950101" id="BIG"><Text>big</Text><Parse>%s</Parse></Sentence>' % tree)
    f.write('<Sentence date="19950101" id="AFTER"><Text>x</Text><Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))</Parse></Sentence></Sentences>')
PY
[ "$(stat -c %s "$TMP/big.xml")" -gt 1000000 ] || fail big_sentence_fixture "too small"
timeout 60 "$DYAD" code -q $VALDICT "$TMP/big.xml" > "$TMP/o4" 2> "$TMP/e4"; rc=$?
[ "$rc" -le 1 ] && grep -q '"doc":"AFTER"' "$TMP/o4" && pass one_mb_sentence_no_crash_or_hang || fail one_mb_sentence_no_crash_or_hang "rc=$rc $(head -c 300 "$TMP/e4")"

# 5. an empty dictionary: clear and harmless
: > "$TMP/empty.actors.txt"
"$DYAD" code -q --verbs "$PETR/PETR.Validate.verbs.txt" --actors "$TMP/empty.actors.txt" "$TMP/unbal.xml" > "$TMP/o5" 2> "$TMP/e5"; rc=$?
[ "$rc" -le 1 ] && pass empty_dictionary_runs || fail empty_dictionary_runs "rc=$rc"

# 6. a dictionary line with a bad date: reported as file:line, the rest loads
printf 'ARNOR [ARN]\nGONDOR [GON]\n    [GONGOV 1999133-20000101]\n' > "$TMP/bad.actors.txt"
"$DYAD" code -q --verbs "$PETR/PETR.Validate.verbs.txt" --actors "$TMP/bad.actors.txt" "$TMP/unbal.xml" > "$TMP/o6" 2> "$TMP/e6"
grep -q 'bad.actors.txt:3: bad date' "$TMP/e6" && pass bad_date_reported_file_line || fail bad_date_reported_file_line "$(cat "$TMP/e6")"
grep -q '"source":"ARN","target":"GON"' "$TMP/o6" && pass bad_date_rest_of_dictionary_loads || fail bad_date_rest_of_dictionary_loads "$(cat "$TMP/o6")"

# 7. a missing input file and an empty input file
"$DYAD" code -q $VALDICT "$TMP/nope.xml" > /dev/null 2> "$TMP/e7"; rc=$?
[ "$rc" -ne 0 ] && grep -q 'nope.xml' "$TMP/e7" && pass missing_file_named || fail missing_file_named "rc=$rc $(cat "$TMP/e7")"
: > "$TMP/empty.xml"
timeout 20 "$DYAD" code -q $VALDICT "$TMP/empty.xml" > "$TMP/o8" 2> "$TMP/e8"; rc=$?
[ "$rc" -le 1 ] && [ ! -s "$TMP/o8" ] && pass empty_file_no_events || fail empty_file_no_events "rc=$rc"
