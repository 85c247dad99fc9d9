/*
 * protest.c -- acts done in protest, and whom they protest against.
 *
 * Blocking roads, storming an embassy or torching buses "to protest" or
 * "in protest against X" are protests (CAMEO 14), not the rejection,
 * coercion or fighting the verb alone would code; force makes them a
 * violent protest (145).  The target is who the protest is against:
 * "farmers blocked border crossings in protest against European Union
 * farm rules" protests the EU, not the crossings.  code_verbs() calls
 * protest_code() on every coded verb's lower sequence and, when the verb
 * binds no target, protest_target().  Force used by protesters --
 * "protesters torched buses and hurled stones at police", "demonstrators
 * clashed with riot police" -- is a violent protest too, whatever the
 * verb (protester_code(), asked once per source/target pair).
 */
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

const char *protest_code(const seq *lower, const char *code, int *at)
{
    *at = -1;
    int root = code_root(code);
    if (root != 12 && root != 17 && root != 18 && root != 19)
        return code;
    for (int k = 0; k + 1 < lower->n; k++) {
        if (lower->v[k].kind != SQ_WORD ||
            !(tok_is(lower->v[k].word, "TO") || tok_is(lower->v[k].word, "IN")))
            continue;
        int j = k + 1;
        if (lower->v[j].kind == SQ_NE_OPEN && j + 1 < lower->n)
            j++;                           /* "to (NE protest" */
        if (lower->v[j].kind == SQ_WORD && tok_is(lower->v[j].word, "PROTEST")) {
            *at = j;
            return root == 12 ? "144" : "145";
        }
    }
    return code;
}

/* "PROTEST [~NE] AGAINST|OVER|AT (NE x": x if it names an actor, else none. */
actor_ref protest_target(const dyad_coder *c, const seq *lower, int at)
{
    actor_ref none = { -1, -1 };
    int k = at + 1;
    if (k < lower->n && lower->v[k].kind == SQ_NE_CLOSE)
        k++;
    if (k + 1 >= lower->n || lower->v[k].kind != SQ_WORD ||
        !(tok_is(lower->v[k].word, "AGAINST") || tok_is(lower->v[k].word, "OVER") ||
          tok_is(lower->v[k].word, "AT")))
        return none;
    const seq_item *x = &lower->v[k + 1];
    actor_ref r = none;
    if (x->kind == SQ_NE_OPEN && x->ne >= 0)
        r = (actor_ref){ x->ne, c->ne_nec[x->ne] };
    else if (x->kind == SQ_NEC_OPEN && x->ne >= 0)
        r = (actor_ref){ c->nec_first[x->ne], x->ne };
    /* "against foreign competition" names no one: look elsewhere */
    return r.ne >= 0 && ref_named(c, r) ? r : none;
}

/* Does the source's text name protesters? */
static int names_protesters(const char *text)
{
    static const char *const who[] = { "PROTESTER", "PROTESTOR", "DEMONSTRATOR",
                                       "RIOTER", "MARCHER", NULL };
    for (int i = 0; text && who[i]; i++)
        if (strstr(text, who[i]))
            return 1;
    return 0;
}

const char *protester_code(const char *code, const char *src_text)
{
    int root = code_root(code);
    return (root == 17 || root == 18 || root == 19) && names_protesters(src_text)
               ? "145" : code;
}
