#!/usr/bin/env python3
"""Maintain dyad's own CAMEO pattern dictionaries in place.

usage: tools/gen_verbs.py [--check] [--stats] [CAMEO_DIR]
       (run from the repo root; CAMEO_DIR defaults to ../shared/cameo)

dict/dyad.verbs.txt and dict/dyad.nouns.txt are hand-written; this tool
only rewrites the parts that are mechanical, so that editing stays easy:

  * "#@expand MOOD | TEMPLATE | TEMPLATE ..." ... "#@end" regions are
    regenerated: every THEME below that has a code for MOOD gives one
    pattern per template and per phrase of the theme ({V} = a verbal
    phrase, usable after TO; {N} or {O} = a nominal phrase).  E.g. under
    URGE, "#@expand appeal | * + TO {V}" gives "- * + TO STEP_DOWN [0241]".
    Moods: appeal intent demand reject accede (THEMES, by what is asked
    for or conceded), demo hunger strike obstruct riot (protest aims),
    threat (THREATS), accuse (ACCUSE), provide (AIDOBJ, what is given).
  * "#@synsets" ... "#@end" in the nouns file receives a copy of the
    verbs file's synsets (each file is its own synset namespace).
  * verb lines get the irregular / doubled forms the engine cannot derive
    (SEND -> {SENT}, STOP -> {STOPPED STOPPING}); noun lines get irregular
    plurals, and multi-word nouns get '+' on their head (last) word.
  * block headers without a comment get the CAMEO label as one.

It then checks every [code] against the CAMEO table and every &SYNSET
against the definitions, and (--stats) prints the coverage figures.
--check reports without rewriting.  The themes are facts about how
English names a CAMEO event; they are dyad's own work.
"""
import collections, csv, os, re, sys

# --------------------------------------------------------------- themes
# name: (codes per mood, verbal phrases, nominal phrases)
# moods: appeal 02, intent 03, demand 10, reject 12, yield 08 (accede)
THEMES = {
 "econ": (dict(appeal="0211", intent="0311", demand="1011", reject="1211"),
   ["COOPERATE_ECONOMICALLY", "BOOST &ECONADJ_&TIES", "EXPAND &ECONADJ_&TIES",
    "STRENGTHEN &ECONADJ_&TIES", "DEEPEN &ECONADJ_&TIES", "INCREASE TRADE",
    "EXPAND TRADE", "BOOST TRADE", "INVEST IN"],
   ["&ECONADJ_&TIES", "&ECONADJ_COOPERATION", "TRADE_&AGREEMENT", "FREE_TRADE",
    "INVESTMENT"]),
 "mil": (dict(appeal="0212", intent="0312", demand="1012", reject="1212"),
   ["COOPERATE_MILITARILY", "STRENGTHEN &MILADJ_&TIES", "EXPAND &MILADJ_&TIES",
    "DEEPEN &MILADJ_&TIES", "HOLD JOINT_&DRILL", "CONDUCT JOINT_&DRILL"],
   ["&MILADJ_&TIES", "&MILADJ_COOPERATION", "JOINT_&DRILL", "&MILADJ_PACT",
    "MILITARY_ALLIANCE"]),
 "jud": (dict(appeal="0213", intent="0313", demand="1013", reject="121"),
   ["EXTRADITE", "HAND_OVER &SUSPECT", "COOPERATE WITH &INVESTIGATION"],
   ["EXTRADITION", "&LEGALADJ_COOPERATION", "&LEGALADJ_ASSISTANCE", "HANDOVER"]),
 "intel": (dict(appeal="0214", intent="0314", demand="1014", reject="121"),
   ["SHARE &INTEL", "EXCHANGE &INTEL", "PROVIDE &INTEL"],
   ["&INTEL_SHARING", "&INTEL_COOPERATION", "&INTEL_EXCHANGE"]),
 "diplo": (dict(appeal="022", intent="032", demand="102"),
   ["SUPPORT", "BACK", "ENDORSE", "RECOGNIZE", "STAND_BY", "SIDE_WITH",
    "RESTORE &RELATIONS", "NORMALIZE &RELATIONS", "NORMALISE &RELATIONS"],
   ["SUPPORT", "BACKING", "&DIPLOADJ_SUPPORT", "RECOGNITION", "SOLIDARITY",
    "ENDORSEMENT"]),
 "aid": (dict(appeal="023", intent="033", demand="103", reject="122"),
   ["PROVIDE &AID", "SEND &AID", "DELIVER &AID", "HELP", "ASSIST"],
   ["&AID"]),
 "econaid": (dict(appeal="0231", intent="0331", demand="1031", reject="1221"),
   ["PROVIDE &FUNDS", "LEND", "FINANCE", "FUND", "PROVIDE &ECONADJ_&AID",
    "SUPPLY &FUEL", "SEND &FUEL", "PROVIDE &FUEL", "REPAIR &REFINERY"],
   ["&FUNDS", "&ECONADJ_&AID", "&FUEL", "DEBT_RELIEF"]),
 "milaid": (dict(appeal="0232", intent="0332", demand="1032", reject="1222"),
   ["ARM", "SUPPLY &WEAPONS", "SEND &WEAPONS", "PROVIDE &WEAPONS",
    "DELIVER &WEAPONS", "SELL &WEAPONS", "PROVIDE &MILADJ_&AID"],
   ["&WEAPONS", "&MILADJ_&AID"]),
 "humaid": (dict(appeal="0233", intent="0333", demand="1033", reject="1223"),
   ["PROVIDE HUMANITARIAN_&AID", "SEND HUMANITARIAN_&AID",
    "DELIVER HUMANITARIAN_&AID", "SEND &RELIEF", "PROVIDE &RELIEF",
    "DELIVER &RELIEF"],
   ["HUMANITARIAN_&AID", "EMERGENCY_&AID", "&RELIEF"]),
 "protect": (dict(appeal="0234", intent="0334", demand="1034", reject="1224"),
   ["DEPLOY &PEACEKEEPER", "SEND &PEACEKEEPER", "PROVIDE PROTECTION",
    "PROVIDE SECURITY", "GUARANTEE SECURITY", "PROTECT CIVILIANS"],
   ["&PEACEKEEPER", "PROTECTION", "SECURITY_GUARANTEE", "NO-FLY_ZONE",
    "SAFE_ZONE"]),
 "reform": (dict(appeal="024", intent="034", demand="104", reject="123",
                 accede="083"),
   ["CARRY_OUT &REFORM", "IMPLEMENT &REFORM", "ENACT &REFORM",
    "INTRODUCE &REFORM", "PURSUE &REFORM"],
   ["&REFORM"]),
 "leader": (dict(appeal="0241", intent="0341", demand="1041", reject="1231",
                 accede="0831",
                 demo="1411", hunger="1421", strike="1431", obstruct="1441",
                 riot="1451"),
   ["RESIGN", "STEP_DOWN", "STAND_DOWN", "STEP_ASIDE", "LEAVE_OFFICE",
    "LEAVE_POWER", "RELINQUISH POWER", "HAND_OVER POWER", "CEDE POWER",
    "GIVE_UP POWER"],
   ["RESIGNATION", "OUSTER", "REMOVAL", "IMPEACHMENT", "EARLY_&ELECTION",
    "SNAP_&ELECTION", "CHANGE_OF_LEADERSHIP", "NEW_LEADERSHIP"]),
 "policy": (dict(appeal="0242", intent="0342", demand="1042", reject="1232",
                 accede="0832",
                 demo="1412", hunger="1422", strike="1432", obstruct="1442",
                 riot="1452"),
   ["CHANGE &POLICY", "REVERSE &POLICY", "ABANDON &POLICY", "REVISE &POLICY",
    "RECONSIDER &POLICY", "SCRAP &POLICY", "DROP &POLICY", "RESCIND &POLICY",
    "REPEAL &POLICY", "AMEND &POLICY", "WITHDRAW &POLICY"],
   ["POLICY_CHANGE", "CHANGE_IN_&POLICY", "POLICY_SHIFT", "REVERSAL",
    "REPEAL"]),
 "rights": (dict(appeal="0243", intent="0343", demand="1043", reject="1233",
                 accede="0833",
                 demo="1413", hunger="1423", strike="1433", obstruct="1443",
                 riot="1453"),
   ["RESPECT &RIGHTS", "PROTECT &RIGHTS", "GUARANTEE &RIGHTS",
    "UPHOLD &RIGHTS", "RESTORE &RIGHTS", "GRANT &RIGHTS", "EXTEND &RIGHTS"],
   ["&RIGHTS", "RESPECT_FOR_&RIGHTS"]),
 "regime": (dict(appeal="0244", intent="0344", demand="1044", reject="1234",
                 accede="0834",
                 demo="1414", hunger="1424", strike="1434", obstruct="1444",
                 riot="1454"),
   ["AMEND &CONSTITUTION", "CHANGE &CONSTITUTION", "REWRITE &CONSTITUTION",
    "HOLD FREE_&ELECTION", "DISSOLVE PARLIAMENT", "DEMOCRATIZE",
    "LEGALIZE &OPPOSITION"],
   ["&REGIMECHANGE", "FREE_&ELECTION", "MULTIPARTY_&ELECTION"]),
 "admsanc": (dict(appeal="0251", intent="0351", demand="1051", reject="1241",
                  accede="081"),
   ["LIFT &ADMINRESTR", "EASE &ADMINRESTR", "END &ADMINRESTR",
    "RELAX &ADMINRESTR", "REMOVE &ADMINRESTR"],
   ["LIFTING &ADMINRESTR", "EASING &ADMINRESTR", "END &ADMINRESTR",
    "REMOVAL &ADMINRESTR"]),
 "dissent": (dict(appeal="0252", intent="0352", demand="1052", reject="1242",
                  accede="082"),
   ["END &PROTEST", "STOP &PROTEST", "CALL_OFF &PROTEST", "HALT &PROTEST",
    "SUSPEND &PROTEST", "DISPERSE", "GO_HOME"],
   ["END &PROTEST", "HALT &PROTEST", "CALM"]),
 "release": (dict(appeal="0253", intent="0353", demand="1053", reject="1243",
                  accede="084"),
   ["RELEASE", "FREE", "SET_FREE", "RETURN &PRISONER", "RETURN &PROPERTY",
    "HAND_BACK", "UNFREEZE &ASSETS"],
   ["RELEASE", "RETURN_OF", "PRISONER_EXCHANGE", "PRISONER_SWAP",
    "UNFREEZING"]),
 "econsanc": (dict(appeal="0254", intent="0354", demand="1054", reject="1244",
                   accede="085"),
   ["LIFT &SANCTION", "EASE &SANCTION", "END &SANCTION", "RELAX &SANCTION",
    "REMOVE &SANCTION", "SUSPEND &SANCTION", "WAIVE &SANCTION"],
   ["LIFTING &SANCTION", "EASING &SANCTION", "END &SANCTION",
    "SANCTIONS_RELIEF", "REMOVAL &SANCTION"]),
 "intl": (dict(appeal="0255", intent="0355", demand="1055", reject="1245",
               accede="086"),
   ["ALLOW &INSPECTOR", "ADMIT &INSPECTOR", "ACCEPT &INSPECTOR",
    "RECEIVE &INSPECTOR", "ALLOW &PEACEKEEPER", "ACCEPT &PEACEKEEPER",
    "ALLOW &AIDGROUP", "GRANT ACCESS", "ALLOW ACCESS"],
   ["ACCESS", "&INSPECTION", "UNHINDERED_ACCESS", "HUMANITARIAN_ACCESS"]),
 "deesc": (dict(appeal="0256", intent="0356", demand="1056", reject="1246",
                accede="087"),
   ["DE-ESCALATE", "EXERCISE RESTRAINT", "SHOW RESTRAINT", "EASE &TENSION",
    "REDUCE &TENSION", "DEFUSE &TENSION", "LOWER &TENSION", "END &FIGHTING",
    "STOP &FIGHTING", "HALT &FIGHTING", "CEASE &FIGHTING",
    "LAY_DOWN &WEAPONS", "DISARM", "DEMOBILIZE"],
   ["DE-ESCALATION", "RESTRAINT", "END &FIGHTING", "HALT &FIGHTING",
    "DISARMAMENT", "DEMOBILIZATION"]),
 "withdraw": (dict(appeal="0256", intent="0356", demand="106", reject="1246",
                   accede="0874"),
   ["WITHDRAW", "PULL_OUT", "PULL_BACK", "WITHDRAW &TROOP", "PULL &TROOP",
    "REMOVE &TROOP"],
   ["&WITHDRAWAL"]),
 "ceasefire": (dict(appeal="0256", intent="0356", demand="107", reject="1246",
                    accede="0871"),
   ["OBSERVE &CEASEFIRE", "RESPECT &CEASEFIRE", "DECLARE &CEASEFIRE",
    "ACCEPT &CEASEFIRE", "HONOR &CEASEFIRE", "ABIDE_BY &CEASEFIRE",
    "EXTEND &CEASEFIRE", "AGREE TO &CEASEFIRE"],
   ["&CEASEFIRE"]),
 "meet": (dict(appeal="026", intent="036", demand="108", reject="125"),
   ["MEET", "HOLD &TALKS", "NEGOTIATE", "RESUME &TALKS", "BEGIN &TALKS",
    "START &TALKS", "ENTER &TALKS", "RETURN TO &TALKS", "JOIN &TALKS",
    "ENGAGE IN &TALKS", "SIT_DOWN"],
   ["&TALKS"]),
 "settle": (dict(appeal="027", intent="037", reject="127"),
   ["SETTLE &DISPUTE", "RESOLVE &DISPUTE", "END &DISPUTE", "MAKE PEACE",
    "REACH &SETTLEMENT", "FIND &SETTLEMENT"],
   ["&SETTLEMENT"]),
 "mediate": (dict(appeal="028", intent="039", demand="105", reject="126"),
   ["MEDIATE", "ACT AS &MEDIATION", "BROKER &TALKS"],
   ["&MEDIATION"]),
 "acceptmed": (dict(appeal="028", intent="038", demand="105", reject="126"),
   ["ACCEPT &MEDIATION", "ALLOW &MEDIATION", "SUBMIT TO ARBITRATION"],
   []),
 "matcoop": (dict(appeal="021", intent="031", reject="121"),
   ["COOPERATE_MORE_CLOSELY", "BOOST_COOPERATION", "EXPAND_COOPERATION",
    "DEEPEN_COOPERATION", "STRENGTHEN_COOPERATION", "INTENSIFY_COOPERATION"],
   ["CLOSER_COOPERATION", "PRACTICAL_COOPERATION", "GREATER_COOPERATION",
    "CONCRETE_COOPERATION"]),
 "yield": (dict(appeal="025", intent="035", reject="124"),
   ["MAKE_CONCESSIONS", "BACK_DOWN", "GIVE_IN", "COMPROMISE",
    "SHOW_FLEXIBILITY", "YIELD", "SOFTEN &POLICY"],
   ["CONCESSIONS", "COMPROMISE", "FLEXIBILITY"]),
 "investigate": (dict(appeal="020", demand="101"),
   ["INVESTIGATE", "PROBE", "LOOK_INTO", "EXPLAIN", "CLARIFY",
    "OPEN &INVESTIGATION", "LAUNCH &INVESTIGATION"],
   ["&INVESTIGATION", "EXPLANATION", "CLARIFICATION", "ANSWERS",
    "ACCOUNTABILITY"]),
}

# threats (13x): "threatened to {V}" / "threatened {N}" / "threatened X with {N}"
THREATS = {
 "1311": (["CUT &AID", "CUT_OFF &AID", "SUSPEND &AID", "HALT &AID",
           "STOP &AID", "FREEZE &AID", "REDUCE &AID", "WITHHOLD &AID"], []),
 "1312": (["IMPOSE &SANCTION", "SANCTION", "BOYCOTT", "SLAP &SANCTION",
           "TIGHTEN &SANCTION", "EXPAND &SANCTION", "BLACKLIST",
           "REIMPOSE &SANCTION", "RE-IMPOSE &SANCTION"],
          ["&SANCTION"]),
 "1313": (["SEVER &RELATIONS", "BREAK_OFF &RELATIONS", "CUT &RELATIONS",
           "DOWNGRADE &RELATIONS", "FREEZE &RELATIONS", "RECALL &DIPLOMAT",
           "EXPEL &DIPLOMAT", "CLOSE EMBASSY", "CUT_TIES", "SUSPEND &AGREEMENT",
           "WITHDRAW FROM &AGREEMENT", "ABANDON &AGREEMENT", "SCRAP &AGREEMENT",
           "PULL_OUT OF &AGREEMENT"], ["RUPTURE"]),
 "132": (["IMPOSE RESTRICTIONS", "RESTRICT &OPPOSITION"], []),
 "1321": (["RESTRICT &RIGHTS", "CURB &RIGHTS", "CENSOR", "SHUT_DOWN &MEDIA",
           "BLOCK INTERNET", "BAN &PROTEST"], ["CENSORSHIP"]),
 "1322": (["BAN &OPPOSITION", "OUTLAW &OPPOSITION", "DISSOLVE &OPPOSITION",
           "DISQUALIFY &OPPOSITION"], []),
 "1323": (["IMPOSE CURFEW", "DECLARE CURFEW"], ["CURFEW"]),
 "1324": (["DECLARE STATE_OF_EMERGENCY", "IMPOSE STATE_OF_EMERGENCY",
           "DECLARE MARTIAL_LAW", "IMPOSE MARTIAL_LAW", "IMPOSE EMERGENCY_RULE"],
          ["MARTIAL_LAW", "STATE_OF_EMERGENCY"]),
 "133": (["STAGE &PROTEST", "HOLD &PROTEST", "LAUNCH &PROTEST", "GO ON STRIKE",
          "TAKE_TO STREETS", "ORGANIZE &PROTEST"], ["&PROTEST"]),
 "134": (["WALK_OUT", "QUIT &TALKS", "HALT &TALKS", "SUSPEND &TALKS",
          "ABANDON &TALKS", "PULL_OUT OF &TALKS", "BOYCOTT &TALKS",
          "LEAVE &TALKS", "END &TALKS", "WITHDRAW FROM &TALKS"], []),
 "135": (["END &MEDIATION", "SUSPEND &MEDIATION", "WITHDRAW AS &MEDIATION",
          "QUIT AS &MEDIATION", "ABANDON &MEDIATION"], []),
 "136": (["EXPEL &INSPECTOR", "EXPEL &PEACEKEEPER", "EXPEL &AIDGROUP",
          "BAR &INSPECTOR", "BLOCK &INSPECTOR", "END COOPERATION WITH &INSPECTOR",
          "SUSPEND COOPERATION WITH &INSPECTOR"], []),
 "137": (["CRACK_DOWN", "CRUSH &PROTEST", "SUPPRESS &PROTEST", "QUELL",
          "USE FORCE AGAINST &PROTESTER", "USE &TROOP AGAINST &PROTESTER",
          "DEPLOY &TROOP AGAINST &PROTESTER"], ["CRACKDOWN"]),
 "138": (["USE FORCE", "USE MILITARY_FORCE", "USE &TROOP", "RESPOND MILITARILY",
          "RETALIATE", "STRIKE_BACK", "TAKE MILITARY_ACTION", "GO TO WAR",
          "DECLARE WAR", "INTERVENE MILITARILY", "RESPOND WITH FORCE"],
         ["MILITARY_ACTION", "WAR", "RETALIATION", "MILITARY_RESPONSE",
          "REPRISAL", "MILITARY_INTERVENTION", "FORCE"]),
 "1381": (["BLOCKADE", "IMPOSE BLOCKADE", "CLOSE STRAIT", "SEAL BORDER",
           "CLOSE &WATERWAY"], ["BLOCKADE", "NAVAL_BLOCKADE"]),
 "1382": (["OCCUPY", "INVADE", "ANNEX", "SEIZE &TERRITORY", "TAKE_OVER"],
          ["INVASION", "OCCUPATION", "ANNEXATION"]),
 "1383": (["CARRY_OUT &TERRORATTACK", "KILL &PRISONER", "EXECUTE &PRISONER",
           "BEHEAD", "KIDNAP", "ASSASSINATE", "BLOW_UP"],
          ["&TERRORATTACK", "ASSASSINATION"]),
 "1384": (["ATTACK", "STRIKE", "BOMB", "SHELL", "FIRE &MISSILE",
           "LAUNCH &ATTACK", "HIT", "TARGET", "DESTROY", "WIPE_OUT", "RAZE",
           "ANNIHILATE", "LAUNCH &OFFENSIVE"],
          ["&ATTACK", "&OFFENSIVE", "MILITARY_STRIKE", "PREEMPTIVE_STRIKE",
           "AIRSTRIKE", "AIR_STRIKE"]),
 "1385": (["USE &WMD", "NUKE", "USE NUCLEAR", "USE CHEMICAL"],
          ["&WMD", "NUCLEAR_STRIKE", "NUCLEAR_ATTACK", "NUCLEAR_RETALIATION"]),
}

# accusations (112x): "accused X of {N}", "blamed X for {N}"
ACCUSE = {
 "1121": ["&CRIME", "CORRUPTION", "STEALING", "LAUNDERING", "SMUGGLING",
          "TRAFFICKING", "FRAUD", "BRIBERY", "EMBEZZLING", "LOOTING"],
 "1122": ["&ABUSE", "TORTURING", "PERSECUTING", "REPRESSING", "DETAINING",
          "ABUSING", "MISTREATING", "KILLING_CIVILIANS", "KILLING_PROTESTERS"],
 "1123": ["&AGGRESSION", "ATTACKING", "INVADING", "BOMBING", "SHELLING",
          "PROVOKING", "INTERFERING", "MEDDLING", "ARMING", "DESTABILIZING",
          "THREATENING"],
 "1124": ["&WARCRIME", "ETHNIC_CLEANSING", "GENOCIDE", "MASSACRING"],
 "1125": ["&ESPIONAGE", "SPYING", "TREASON", "BETRAYING", "COLLABORATING"],
 "112": ["LYING", "HYPOCRISY", "SUPPORTING &TERRORATTACK", "SPONSORING",
         "FINANCING", "HARBORING", "HARBOURING", "BACKING", "VIOLATING",
         "BREACHING", "NEGLIGENCE", "INCITEMENT", "INCITING", "CREATING_TENSION"],
}

# things given (07x): "provided {O}", "provided X with {O}", "sent {O} to X"
AIDOBJ = {
 "070": ["&AID", "SUPPORT", "MATERIAL_SUPPORT", "LOGISTICAL_SUPPORT",
         "BACKING", "SPONSORSHIP"],
 "071": ["&FUNDS", "&ECONADJ_&AID", "&FUEL", "&LAND", "&ECONADJ_SUPPORT",
         "TECHNICAL_ASSISTANCE", "TECHNICAL_SUPPORT", "REFINERY_PARTS",
         "SPARE_PARTS", "EQUIPMENT_FOR &REFINERY", "ENGINEERS", "TECHNICIANS",
         "GOLD", "FOOD_IMPORTS"],
 "072": ["&WEAPONS", "&MILADJ_&AID", "&MILADJ_SUPPORT", "TRAINING",
         "MILITARY_TRAINING", "MILITARY_ADVISERS", "MILITARY_ADVISORS",
         "MILITARY_INSTRUCTORS", "INSTRUCTORS", "LOGISTICAL_MILITARY_SUPPORT"],
 "073": ["HUMANITARIAN_&AID", "EMERGENCY_&AID", "&RELIEF", "MEDICAL_TEAMS",
         "DOCTORS", "RESCUE_TEAMS", "SHELTER_FOR &REFUGEE"],
 "074": ["&PEACEKEEPER", "PROTECTION", "SECURITY_GUARANTEES",
         "MILITARY_PROTECTION", "AIR_COVER", "ESCORTS", "BODYGUARDS"],
 "075": ["&ASYLUM", "&PASSPORT", "ACCESS_FOR_MEMBERS", "SAFE_HAVEN",
         "SHELTER_TO_MEMBERS", "SANCTUARY"],
}

# ------------------------------------------------------------ inflection
IRREG = {  # verb: irregular past / participle / other forms
 "SAY": "SAID", "SPEAK": "SPOKE SPOKEN", "TELL": "TOLD", "MEET": "MET",
 "SEND": "SENT", "SEEK": "SOUGHT", "BUILD": "BUILT", "GIVE": "GAVE GIVEN",
 "TAKE": "TOOK TAKEN", "MAKE": "MADE", "HOLD": "HELD", "BRING": "BROUGHT",
 "BUY": "BOUGHT", "SELL": "SOLD", "LEND": "LENT", "SPEND": "SPENT",
 "WRITE": "WROTE WRITTEN", "SWEAR": "SWORE SWORN", "FORGIVE": "FORGAVE FORGIVEN",
 "UNDERTAKE": "UNDERTOOK UNDERTAKEN", "FORESEE": "FORESAW FORESEEN",
 "SEE": "SAW SEEN", "FLY": "FLEW FLOWN", "GO": "WENT GONE", "COME": "CAME",
 "LEAVE": "LEFT", "LEAD": "LED", "FEED": "FED", "FIGHT": "FOUGHT",
 "SHOOT": "SHOT", "HIT": "HIT HITTING", "STRIKE": "STRUCK STRICKEN",
 "BREAK": "BROKE BROKEN", "STEAL": "STOLE STOLEN",
 "BEAT": "BEATEN", "BLOW": "BLEW BLOWN", "THROW": "THREW THROWN",
 "SHUT": "SHUT SHUTTING", "CUT": "CUT CUTTING", "SET": "SET SETTING",
 "PUT": "PUT PUTTING", "UPSET": "UPSET UPSETTING", "FORBID": "FORBADE FORBIDDEN FORBIDDING",
 "KEEP": "KEPT", "WITHHOLD": "WITHHELD", "UPHOLD": "UPHELD", "WITHDRAW": "WITHDREW WITHDRAWN",
 "DRAW": "DREW DRAWN", "OVERTHROW": "OVERTHREW OVERTHROWN", "FLEE": "FLED",
 "BID": "BID BIDDING", "FORGO": "FORWENT FORGONE", "FORESWEAR": "FORESWORE FORESWORN",
 "WIN": "WON WINNING", "SPREAD": "SPREAD", "SHED": "SHED SHEDDING",
 "SLAY": "SLEW SLAIN", "STAND": "STOOD", "UNDERSTAND": "UNDERSTOOD",
 "BEGIN": "BEGAN BEGUN BEGINNING", "RUN": "RAN RUNNING", "SIT": "SAT SITTING",
 "GET": "GOT GOTTEN GETTING", "FIND": "FOUND", "HEAR": "HEARD", "PAY": "PAID",
 "LAY": "LAID", "MISLEAD": "MISLED", "FREEZE": "FROZE FROZEN",
 "DO": "DID DONE", "HANG": "HUNG", "OVERRIDE": "OVERRODE OVERRIDDEN",
 "RISE": "ROSE RISEN", "ARISE": "AROSE ARISEN", "FORSAKE": "FORSOOK FORSAKEN",
 "FORECAST": "FORECAST", "BROADCAST": "BROADCAST", "OVERSEE": "OVERSAW OVERSEEN",
 "HAVE": "HAS HAD", "BEAR": "BORE BORNE", "WAKE": "WOKE WOKEN",
 "SHAKE": "SHOOK SHAKEN", "TEAR": "TORE TORN", "GRIND": "GROUND",
 "SPIT": "SPAT SPITTING", "SLIT": "SLIT SLITTING", "QUIT": "QUIT QUITTING",
 "RID": "RID RIDDING", "FORGET": "FORGOT FORGOTTEN FORGETTING", "LOSE": "LOST",
 "SPLIT": "SPLIT SPLITTING", "UNDERGO": "UNDERWENT UNDERGONE", "WEEP": "WEPT",
 "OVERCOME": "OVERCAME", "OUTRUN": "OUTRAN OUTRUNNING", "REBUILD": "REBUILT",
 "RESELL": "RESOLD", "RETELL": "RETOLD", "FORETELL": "FORETOLD",
 "SHOW": "SHOWN", "SOW": "SOWN", "BEFALL": "BEFELL BEFALLEN", "FALL": "FELL FALLEN",
 "OVERTAKE": "OVERTOOK OVERTAKEN", "MISTAKE": "MISTOOK MISTAKEN", "BIND": "BOUND",
 "SLING": "SLUNG", "STING": "STUNG", "FLING": "FLUNG", "STICK": "STUCK",
 "DEAL": "DEALT", "MEAN": "MEANT", "FEEL": "FELT", "SLEEP": "SLEPT",
 "WEAR": "WORE WORN", "TREAD": "TROD TRODDEN", "DIG": "DUG DIGGING",
 "HIDE": "HID HIDDEN", "RIDE": "RODE RIDDEN", "DRIVE": "DROVE DRIVEN",
 "SPRING": "SPRANG SPRUNG", "SWING": "SWUNG", "LIGHT": "LIT",
 "SHINE": "SHONE", "BET": "BET BETTING", "LET": "LET LETTING", "THRUST": "THRUST",
 "CAST": "CAST", "HURT": "HURT", "COST": "COST", "BURST": "BURST",
 "BESEECH": "BESOUGHT", "FORSWEAR": "FORSWORE FORSWORN", "OFFSET": "OFFSET OFFSETTING",
 "FOREGO": "FOREWENT FOREGONE", "OUTDO": "OUTDID OUTDONE", "REDO": "REDID REDONE",
 "RETAKE": "RETOOK RETAKEN", "WITHSTAND": "WITHSTOOD", "OVERRUN": "OVERRAN OVERRUNNING",
 "UNDERCUT": "UNDERCUT UNDERCUTTING", "UNDERWRITE": "UNDERWROTE UNDERWRITTEN",
 "REWRITE": "REWROTE REWRITTEN", "OUTBID": "OUTBID OUTBIDDING", "TEACH": "TAUGHT",
 "CATCH": "CAUGHT", "THINK": "THOUGHT",
}
THIRD = {"GO": "GOES", "DO": "DOES", "VETO": "VETOES", "ECHO": "ECHOES",
         "FOREGO": "FOREGOES", "FORGO": "FORGOES", "UNDERGO": "UNDERGOES",
         "OUTDO": "OUTDOES", "REDO": "REDOES", "TORPEDO": "TORPEDOES"}
# stressed final syllable (or US/UK variants): the consonant doubles
DOUBLE = set("""STOP PLAN SHIP BAN COMMIT ADMIT SUBMIT REGRET CONTROL PATROL EXPEL
 COMPEL PROPEL REPEL EQUIP DROP GRAB SNUB TAP SCRAP BAR DEBAR STAB ROB KIDNAP RIP SLAM
 JAM TRAP CAP STEP STRIP OCCUR DETER REFER CONFER PREFER TRANSFER DEFER ABET SPAR STIR
 BEG BUG FLAG NAB PIN SHUN SPUR TOP ZAP CHOP DIP PLOT SPOT ACQUIT EMIT OMIT PERMIT
 REMIT TRANSMIT SLAP WRAP GUN SCAN REBEL PROD STAR AVER INTER
 REGRET RECAP STRAP SWAP DRUM TRIP TRIM SKIM SNIP SIP SHOP PROP CLIP CHIP
 EMBED ALLOT COMMIT PET QUIZ WHIP RAM DAM SUM STEM MOP LOB JAB NAG WAG TAG LAG
 DRAG HUG MUG CLUB RUB SOB STUB GRIP FLIP SLIP""".split())
DOUBLE_BOTH = set("""TRAVEL CANCEL LABEL SIGNAL FUEL TOTAL DIAL MODEL COUNSEL LEVEL
 QUARREL MARSHAL CHANNEL TUNNEL SHOVEL EQUAL PANEL""".split())
NOUN_IRREG = {"CRISIS": "CRISES", "ANALYSIS": "ANALYSES", "THESIS": "THESES",
              "MAN": "MEN", "WOMAN": "WOMEN", "CHILD": "CHILDREN",
              "REFERENDUM": "REFERENDA REFERENDUMS", "EMBARGO": "EMBARGOES",
              "TORPEDO": "TORPEDOES", "VETO": "VETOES", "HERO": "HEROES",
              "CARGO": "CARGOES CARGOS", "MEMORANDUM": "MEMORANDA MEMORANDUMS",
              "LIFE": "LIVES", "THIEF": "THIEVES", "WIFE": "WIVES",
              "CRITERION": "CRITERIA", "PHENOMENON": "PHENOMENA"}


def engine_forms(w):
    """The forms src/dict/verbs.c regular_forms() makes (keep in step)."""
    n = len(w)
    if w.endswith("Y") and n > 1 and w[-2] not in "AEIOU":
        return {w[:-1] + "IES", w[:-1] + "IED", w + "ING"}
    s = w + "ES" if w[-1] in "SXZ" or w.endswith(("CH", "SH")) else w + "S"
    if w.endswith("E"):
        return {s, w + "D", w[:-1] + "ING"}
    return {s, w + "ED", w + "ING"}


def true_forms(w):
    """English inflections of verb w (including the base)."""
    out = {w}
    out.add(THIRD.get(w, w[:-1] + "IES" if re.search("[^AEIOU]Y$", w) else
                       w + "ES" if re.search("(S|X|Z|CH|SH)$", w) else w + "S"))
    dbl = w + w[-1]
    if w in IRREG and IRREG[w]:
        out |= set(IRREG[w].split())
    if w in DOUBLE or w in DOUBLE_BOTH:
        if not (w in IRREG and IRREG[w]):
            out.add(dbl + "ED")
        out.add(dbl + "ING")
    if w in DOUBLE_BOTH or w not in DOUBLE:
        if not (w in IRREG and IRREG[w]):
            out.add(w + "D" if w.endswith("E") else w[:-1] + "IED"
                    if re.search("[^AEIOU]Y$", w) else w + "KED"
                    if w.endswith("C") else w + "ED")
        if not (w in IRREG and any(f.endswith("ING") for f in IRREG[w].split())):
            out.add(w[:-2] + "YING" if w.endswith("IE") else w + "ING"
                    if re.search("(EE|YE|OE)$", w) or w in ("BE",) else
                    w[:-1] + "ING" if w.endswith("E") else w + "KING"
                    if w.endswith("C") else w + "ING")
    return out


def verb_braces(lemma):
    """Braces text needed for a verb line, or '' if the engine suffices."""
    words = lemma.replace(" ", "_").split("_")
    vi = next((i for i, x in enumerate(words) if x.startswith("+")), 0)
    vw = words[vi].lstrip("+")
    extra = true_forms(vw) - engine_forms(vw) - {vw}
    if not extra:
        return ""
    if len(words) == 1:
        return " ".join(sorted(extra))
    forms = []
    for f in sorted(true_forms(vw) - {vw}):
        ws = list(words)
        ws[vi] = ("+" if vi else "") + f
        forms.append("_".join(ws))
    return " ".join(forms)


def noun_line(lemma):
    words = lemma.replace(" ", "_").split("_")
    if len(words) > 1 and not any(x.startswith("+") for x in words):
        words[-1] = "+" + words[-1]
    hi = next((i for i, x in enumerate(words) if x.startswith("+")), 0)
    head = words[hi].lstrip("+")
    line = "_".join(words)
    if head in NOUN_IRREG:
        pl = NOUN_IRREG[head].split()
        if len(words) > 1:
            pl = ["_".join(w if i != hi else "+" + p for i, w in enumerate(words))
                  for p in pl]
        line += " {" + " ".join(pl) + "}"
    return line


def fix_braced_noun(st):
    """A noun line with braces: mark the head of a multi-word lemma, drop '{}'."""
    lemma, rest = st.split("{", 1)
    lemma = lemma.strip()
    if "_" in lemma and "+" not in lemma:
        words = lemma.split("_")
        words[-1] = "+" + words[-1]
        lemma = "_".join(words)
    rest = "{" + rest
    if rest.startswith("{}"):
        rest = rest[2:].strip()
    return (lemma + " " + rest).strip()


# ------------------------------------------------------------ rewriting
PAT = re.compile(r"^\s*-\s*(.*?)\s*\[([^\]]*)\]\s*(#.*)?$")
HEAD = re.compile(r"^\s*---.*\[([^\]]*)\].*---")


def expand(spec, seen):
    """Lines for one '#@expand MOOD | TEMPLATE ...' region."""
    parts = [p.strip() for p in spec[len("#@expand"):].split("|")]
    mood, templates = parts[0], [t.replace("{O}", "{N}") for t in parts[1:]]
    if mood == "threat":
        table = [(c, c, v, n) for c, (v, n) in THREATS.items()]
    elif mood == "accuse":
        table = [(c, c, [], n) for c, n in ACCUSE.items()]
    elif mood == "provide":
        table = [(c, c, [], n) for c, n in AIDOBJ.items()]
    else:
        table = [(t, cs[mood], v, n) for t, (cs, v, n) in THEMES.items()
                 if mood in cs]
    out = []
    for theme, code, verbal, nominal in table:
        for tpl in templates:
            for ph in (verbal if "{V}" in tpl else nominal if "{N}" in tpl else []):
                pat = tpl.replace("{V}", ph).replace("{N}", ph)
                if pat in seen:
                    continue
                seen.add(pat)
                out.append(("- %-44s [%s]" % (pat, code)).ljust(56) + "  # " + theme)
    return out


def rewrite(lines, kind, labels, synsets):
    """Return the rewritten lines; fills synsets (verbs) or uses it (nouns)."""
    out, i, in_block, seen = [], 0, False, set()
    while i < len(lines):
        ln = lines[i].rstrip("\n")
        st = ln.strip()
        if st.startswith("#@expand") or st.startswith("#@synsets"):
            out.append(ln)
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("#@end"):
                body.append(lines[i].rstrip("\n"))
                i += 1
            if st.startswith("#@expand"):
                out += expand(st, seen)
            elif kind == "verbs":
                synsets[:] = body
                out += body
            else:
                out += synsets
            out.append("#@end")
            i += 1
            continue
        i += 1
        m = HEAD.match(ln)
        if m:
            in_block, seen = True, set()
            if "#" not in ln.split("---")[-1]:
                code = m.group(1).split(":")[0]
                ln = ln.rstrip() + "   # " + labels.get(code, "?")
        elif PAT.match(ln):
            seen.add(PAT.match(ln).group(1))
        elif in_block and kind == "nouns" and st and st[0] not in "#-&+<" and "{" in st:
            ln = fix_braced_noun(st)
        elif in_block and st and st[0] not in "#-&+<" and "{" not in st:
            body = re.split(r"[\[#]", st, 1)[0].strip()
            rest = st[len(body):].strip()
            if kind == "verbs":
                br = verb_braces(body)
                new = body + (" {%s}" % br if br else "")
            else:
                new = noun_line(body)
            if new != body:
                ln = new + (" " + rest if rest else "")
        out.append(ln)
    return out


# -------------------------------------------------------------- checking
def check(lines, fname, codes):
    """Problems in one file, and its figures."""
    probs, defined, used = [], set(), []
    st = collections.Counter()
    per_code = collections.Counter()
    lemmas = set()
    in_block = False
    for no, ln in enumerate(lines, 1):
        s = ln.strip()
        where = "%s:%d" % (fname, no)
        if not s or s.startswith("#") or s.startswith("<!"):
            continue
        if s.startswith("&"):
            defined.add(s.split()[0].rstrip("_"))
            continue
        if s.startswith("+"):
            continue
        m = HEAD.match(s)
        if m:
            in_block = True
            st["blocks"] += 1
            for c in m.group(1).split(":"):
                if c != "---" and c not in codes:
                    probs.append("%s: unknown code [%s]" % (where, c))
            continue
        m = PAT.match(s)
        if m:
            pat, code = m.group(1), m.group(2)
            st["patterns"] += 1
            if pat.split().count("*") != 1 or pat.count("*") != 1:
                probs.append("%s: pattern needs exactly one '*'" % where)
            if re.search(r"[(){}]", pat):
                probs.append("%s: no ( ) { } in patterns" % where)
            for c in code.split(":"):
                if c != "---" and c not in codes:
                    probs.append("%s: unknown code [%s]" % (where, c))
                elif c != "---":
                    per_code[c] += 1
            used += [(where, t.rstrip("_")) for t in re.findall(r"&[A-Z0-9_-]+", pat)]
            continue
        if s.startswith("-"):
            probs.append("%s: pattern without [code]" % where)
            continue
        if not in_block:
            probs.append("%s: line outside any block" % where)
            continue
        lemma = re.split(r"[\[{#]", s, 1)[0].strip()
        if lemma in lemmas:
            probs.append("%s: lemma %s is already in another block" % (where, lemma))
        lemmas.add(lemma)
        m = re.search(r"\[([^\]]*)\]", s)
        if m and m.group(1) not in codes and m.group(1) != "---":
            probs.append("%s: unknown code [%s]" % (where, m.group(1)))
    for where, name in used:
        base = re.sub(r"_.*", "", name) if name not in defined else name
        if name not in defined and base not in defined:
            probs.append("%s: undefined synset %s" % (where, name))
    st["lemmas"] = len(lemmas)
    st["synsets"] = len(defined)
    return probs, st, per_code


def main(argv):
    opts = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    cdir = args[0] if args else os.environ.get("DYAD_SHARED", "../shared") + "/cameo"
    labels = {}
    for r in csv.reader(open(os.path.join(cdir, "eventcodes.tsv")), delimiter="\t"):
        if r and r[0] != "CAMEOEVENTCODE":
            labels[r[0]] = r[1].strip()
    synsets, total, all_codes, bad = [], collections.Counter(), collections.Counter(), 0
    for kind in ("verbs", "nouns"):
        fname = "dict/dyad.%s.txt" % kind
        lines = open(fname, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        new = rewrite(lines, kind, labels, synsets)
        if new != lines and "--check" not in opts:
            open(fname, "w", encoding="utf-8").write("\n".join(new) + "\n")
        probs, st, per_code = check(new, fname, labels)
        for p in probs:
            print(p, file=sys.stderr)
        bad += len(probs)
        total += st
        all_codes += per_code
        print("%s: %d blocks, %d lemmas, %d patterns, %d synsets"
              % (fname, st["blocks"], st["lemmas"], st["patterns"], st["synsets"]))
    three = [c for c in labels if len(c) == 3]
    print("3-digit codes with >= 3 patterns: %d of %d"
          % (sum(1 for c in three if all_codes[c] >= 3), len(three)))
    short = [c for c in labels if len(c) <= 3]
    ok = [c for c in short if all_codes[c] >= 3]
    four = [c for c in labels if len(c) == 4]
    print("total: %d blocks, %d lemmas, %d patterns" %
          (total["blocks"], total["lemmas"], total["patterns"]))
    print("2/3-digit codes with >= 3 patterns: %d of %d (%.1f%%); "
          "4-digit codes used: %d of %d" %
          (len(ok), len(short), 100.0 * len(ok) / len(short),
           sum(1 for c in four if all_codes[c]), len(four)))
    if "--stats" in opts:
        for c in short:
            if all_codes[c] < 3:
                print("  thin: %s (%d) %s" % (c, all_codes[c], labels[c]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
