/*
 * assault.c -- when a killing is an assault (CAMEO 18), not military
 * force (19).
 *
 * The verb dictionary codes "killed", "beheaded", "shot dead" as 190/193,
 * conventional military force, which is right when armies, rebels and
 * militias fight ("Taliban insurgents killed four Afghan soldiers") or a
 * state strikes ("Israel killed ...").  CAMEO keeps 18 for the other
 * kind of killing: a suicide bomber's (1831, whoever the victims), and
 * any killing of people who are not armed by a source that is not an
 * army -- militants beheading hostages, agents killing a journalist, a
 * police officer shooting an ambassador, gunmen killing villagers (1823
 * for a killing, 180 for other force).  Aircraft bombing or striking
 * use aerial weapons (195), not the non-military bombing of 183.
 * coder_make_events() asks this once per source/target pair, after roles
 * have their countries.
 *
 * Scale is CAMEO's other line: killing or deporting people by the
 * hundred is mass violence, 202 and 201, not an assault or a deportation
 * of individuals (mass_code).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* Does the 3-letter role r (an actor code's segment) carry arms? */
static int armed_role(const char *r)
{
    static const char *const armed[] = { "MIL", "REB", "INS", "SEP", "UAF", "IMG", NULL };
    return tok_prefix_in(r, armed);
}

/* Is any 3-letter segment of the actor code an armed role? */
static int code_has_armed(const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 0; i + 3 <= n; i += 3)
        if (armed_role(code + i))
            return 1;
    return 0;
}

/* A state's army or the state itself with no role ("Israel killed ..."
 * is its forces): the sources whose killings stay military force. */
static int state_force(const char *code)
{
    size_t n = strlen(code);
    if (n == 3 && !tok_is(code, "---"))
        return 1;
    return n >= 6 && !strncmp(code + 3, "MIL", 3);
}

static int suicide_bomber(const char *text)
{
    static const char *const who[] = { "SUICIDE BOMBER", "SUICIDE ATTACKER", NULL };
    return text_has_any(text, who);
}

static int killing_word(const char *trigger)
{
    static const char *const kill[] = { "KILL", "BEHEAD", "MURDER", "SLAY", "SLAIN",
                                        "SLEW", "SHOT", "SHOOT", "EXECUTE", NULL };
    for (int i = 0; trigger && kill[i]; i++)
        if (tok_has_prefix(trigger, kill[i]))
            return 1;
    return 0;
}

/* Is the trigger a verb of fighting, which takes two armed sides ("police
 * fought a gun battle with gang members" is no assault on them)? */
static int fighting_word(const char *trigger)
{
    static const char *const fight[] = { "FOUGHT", "FIGHT", "CLASH", "BATTLE", "EXCHANGE",
                                         NULL };
    for (int i = 0; trigger && fight[i]; i++)
        if (tok_has_prefix(trigger, fight[i]))
            return 1;
    return 0;
}

/* Does the source's text name aircraft ("Thai F-16 fighter jets",
 * "Israeli warplanes", "Russian drones")?  Their force is aerial (195). */
static int aircraft(const char *text)
{
    static const char *const air[] = { "JET", "WARPLANE", "AIRCRAFT", "DRONE", "BOMBER",
                                       "HELICOPTER", "AIR FORCE", NULL };
    return text_has_any(text, air);
}

const char *assault_code(const char *code, const char *src, const char *src_text,
                         const char *tgt, const char *trigger)
{
    int force = tok_is(code, "190") || tok_is(code, "193");
    if ((force || tok_is(code, "183")) && suicide_bomber(src_text))
        return "1831";
    if ((force || tok_is(code, "183")) && aircraft(src_text))
        return "195";                    /* "fighter jets bombed", "drones struck" */
    if (!force)
        return code;                     /* a specific weapon or act */
    /* the victims must be people in a role (a bare state is its forces)
     * and the killer known */
    if (state_force(src) || tok_is(src, "---") || strlen(tgt) < 6 || code_has_armed(tgt) ||
        fighting_word(trigger))
        return code;
    return killing_word(trigger) ? "1823" : "180";
}

/* Does the phrase count a hundred or more ("at least 171 civilians",
 * "thousands of Haitians", "an estimated 1.7 million Cambodians")? */
static int counts_hundreds(const char *text)
{
    static const char *const many[] = { "HUNDREDS", "THOUSANDS", "MILLIONS", "THOUSAND",
                                        "MILLION", NULL };
    for (const char *p = text; p && *p; ) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        for (int i = 0; many[i]; i++)
            if (n == strlen(many[i]) && !strncmp(p, many[i], n))
                return 1;
        if (isdigit((unsigned char)*p)) {
            long v = 0;
            for (size_t k = 0; k < n && (isdigit((unsigned char)p[k]) || p[k] == ','); k++)
                if (p[k] != ',')
                    v = v * 10 + (p[k] - '0');
            if (v >= 100 && v < 1800)      /* not a year: "in 1995" */
                return 1;
        }
        p += n;
    }
    return 0;
}

const char *mass_code(const char *code, const char *tgt, const char *tgt_text,
                      const char *trigger)
{
    int deporting = tok_is(code, "174");
    int killing = tok_is(code, "1823") ||
                  ((tok_is(code, "190") || tok_is(code, "193") || tok_is(code, "180")) &&
                   killing_word(trigger));
    if ((!deporting && !killing) || strlen(tgt) < 6 || code_has_armed(tgt) ||
        !counts_hundreds(tgt_text))
        return code;
    return deporting ? "201" : "202";   /* deported, killed by the hundred */
}

int killing_toll_hundreds(const seq *lower)
{
    static const char *const armed[] = { "SOLDIER", "TROOP", "FIGHTER", "MILITANT", "REBEL",
                                         "GUNMEN", "POLICE", NULL };
    for (int k = 0; k + 1 < lower->n; k++) {
        if (lower->v[k].kind != SQ_WORD || !tok_is(lower->v[k].word, "KILLING"))
            continue;
        int open = k + 1;                   /* past "about", "at least" */
        while (open < lower->n && open < k + 3 && lower->v[open].kind == SQ_WORD)
            open++;
        if (open >= lower->n || lower->v[open].kind != SQ_NE_OPEN)
            continue;
        char text[256];
        size_t len = 0;
        text[0] = '\0';
        for (int j = open + 1; j < lower->n && lower->v[j].kind == SQ_WORD; j++) {
            int w = snprintf(text + len, sizeof text - len, "%s%s", len ? " " : "",
                             lower->v[j].word);
            if (w < 0 || (size_t)w >= sizeof text - len)
                break;
            len += (size_t)w;
        }
        return counts_hundreds(text) && !text_has_any(text, armed);
    }
    return 0;
}
