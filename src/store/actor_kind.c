/*
 * actor_kind.c -- what kind of actor a CAMEO code names.
 *
 * The store records each actor's kind and the network folds actors into
 * countries, so both need one rule (documented in dyad/store.h):
 *   - "---" or empty: no actor;
 *   - IGO...: an intergovernmental organisation;
 *   - IMG, NGO, MNC, UIS, NGM...: transnational non-state actors;
 *   - first three letters an ISO 3166-1 alpha-3 code (or KOS): a state
 *     actor whose country is those letters (IRNGOV -> IRN);
 *   - a bare agent code (GOV, MIL, REB, ...): an agent with no country;
 *   - anything else (regions such as AFR, new actors): other.
 * The country list is ISO 3166-1 (generated from Debian's iso-codes) plus
 * KOS, which CAMEO uses for Kosovo.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

/* Sorted, so bsearch works. */
static const char countries[][4] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM",
    "ASM", "ATA", "ATF", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN",
    "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ",
    "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN",
    "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL",
    "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU",
    "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESH", "ESP",
    "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
    "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC",
    "GRD", "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV",
    "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL",
    "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM",
    "KIR", "KNA", "KOR", "KOS", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA",
    "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO",
    "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE",
    "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT",
    "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG",
    "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU",
    "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB",
    "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR", "SVK",
    "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA",
    "TJK", "TKL", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN",
    "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN",
    "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
};

/* CAMEO transnational prefixes that are not states. */
static const char nonstate[][4] = {
    "IMG", "MNC", "NGM", "NGO", "UIS",
};

/* CAMEO agent codes that can stand alone (no country in front). */
static const char agents[][4] = {
    "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH",
    "HRI", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY",
    "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF",
};

static int cmp3(const void *a, const void *b)
{
    return strncmp((const char *)a, (const char *)b, 3);
}

static int in_list(const char *s, const char (*list)[4], size_t n)
{
    return bsearch(s, list, n, sizeof list[0], cmp3) != NULL;
}

int dyad_is_country3(const char *s)
{
    if (!s || strlen(s) < 3)
        return 0;
    return in_list(s, countries, sizeof countries / sizeof countries[0]);
}

dyad_actor_kind dyad_actor_kind_of(const char *code)
{
    if (!code || !*code || strcmp(code, "---") == 0)
        return DYAD_ACTOR_NONE;
    if (strncmp(code, "IGO", 3) == 0)
        return DYAD_ACTOR_IGO;
    if (strlen(code) >= 3 && in_list(code, nonstate, sizeof nonstate / sizeof nonstate[0]))
        return DYAD_ACTOR_NONSTATE;
    if (dyad_is_country3(code))
        return DYAD_ACTOR_STATE;
    if (strlen(code) >= 3 && in_list(code, agents, sizeof agents / sizeof agents[0]))
        return DYAD_ACTOR_AGENT;
    return DYAD_ACTOR_OTHER;
}

const char *dyad_actor_kind_name(dyad_actor_kind k)
{
    switch (k) {
    case DYAD_ACTOR_STATE: return "state";
    case DYAD_ACTOR_IGO: return "igo";
    case DYAD_ACTOR_NONSTATE: return "nonstate";
    case DYAD_ACTOR_AGENT: return "agent";
    case DYAD_ACTOR_OTHER: return "other";
    default: return "none";
    }
}
