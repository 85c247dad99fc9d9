# lib.sh -- helpers for end-to-end tests (sourced).  Each check prints
# "PASS name" or "FAIL name: why"; tools/run-tests.sh counts them.
set -u
: "${DYAD:?DYAD must point at the dyad binary}"
: "${DYAD_SHARED:=$DYAD_ROOT/../shared}"
PETR="$DYAD_SHARED/petrarch"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }
# check NAME CONDITION-COMMAND...: pass when the command succeeds
check() { local n=$1; shift; if "$@" >/dev/null 2>&1; then pass "$n"; else fail "$n" "$*"; fi; }
# PETRARCH validation dictionaries as options
VALDICT="--dict-dir $PETR --verbs PETR.Validate.verbs.txt --actors PETR.Validate.actors.txt --agents PETR.Validate.agents.txt --discards PETR.Validate.discards.txt"
