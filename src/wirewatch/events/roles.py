"""Actor and recipient slots filled from participant positions around a trigger.

English and French are read subject-verb-object: the actor is the nearest party before
the trigger, the recipients the parties after it up to the end of the clause.  Passive
clauses ("was killed by") and host verbs ("received", "a reçu", "استقبل") turn the slots
round.  Arabic verbs often come first (VSO): when no party stands just before the verb
the first party after it is the actor.  Coordinated parties ("X and Y", "X et Y", "X وY")
are kept together as joint actors or several recipients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wirewatch.events.arabic import passive_reading
from wirewatch.events.participants import AR_COUNT_WORDS, Participant

_CLAUSE_BREAK = {
    "en": re.compile(r";|\.\s|\b(?:while|whereas|after|before|but|because|since|saying|which|who|when|although|as part of|according to)\b|,\s*(?:and\s+)?(?:the\s+)?(?:\w+\s+)?(?:said|says|added)\b", re.I),
    "fr": re.compile(r";|\.\s|\b(?:alors que|tandis que|après|avant|mais|car|puisque|qui|lorsque|dont|afin de|pour protester|selon|d'après)\b|,\s*(?:a|ont)\s+(?:déclaré|indiqué|ajouté|précisé)", re.I),
    "ar": re.compile(r"؛|\.\s|(?:^|\s)(?:فيما|بينما|بعد|(?<!من\s)قبل|لكن|لان|الذي|التي|الذين|حيث|عندما|وفق|وفقا|حسب|بحسب|نقلا عن)(?:\s|$)"),
}
_COORD = {
    "en": re.compile(r"^\s*(?:,\s*)?(?:and|or|as well as|along with|,)\s+(?:also\s+)?(?:with\s+)?(?:both\s+)?(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w'’-]+\s+){0,5}$", re.I),
    "fr": re.compile(r"^\s*(?:,\s*)?(?:et|ou|ainsi que|,)\s+(?:avec\s+)?(?:le\s+|la\s+|les\s+|l'|son\s+|sa\s+|ses\s+|des\s+|du\s+|de\s+)?(?:[\w'’-]+\s+){0,6},?\s*$", re.I),
    # a comma joins a list only right before the next party: "مصر، الأحد، مقترح ترامب" is a
    # date in parentheses, not a list
    # "و" joins the next party, unless it opens a word of its own: "وزير", "وزارة", "وفد", "واشنطن"
    "ar": re.compile(r"^\s*(?:،\s*)?(?:و(?!زير|زار|كال|فد|حدات|اشنطن|سائل|سيط)|او)\s*(?:\S+\s+){0,4}$|^\s*،\s*$"),
}
_APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|le\s+|la\s+|l')?[^,;.]{0,60},?\s*$", re.I)
_PASSIVE_BEFORE = {
    # "had been removed and detained": a participle coordinated to one after the auxiliary
    "en": re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?(?:\w+ed\s+(?:and|or)\s+)?$", re.I),
    "fr": re.compile(r"(?<!s')(?<!se )\b(?:été|est|sont|fut|furent)\s+(?:\w+\s+)?(?:\w+(?:é|és|ée|ées)\s+(?:et|ou)\s+)?$", re.I),
    "ar": re.compile(r"(?!)"),
}
# verbs conjugated with "être" in the active voice: "sont parvenus à un accord", "est arrivé"
_FR_ETRE_VERB = re.compile(r"(?:parven|arriv|venu|allé|parti|tomb|mort|resté|devenu|revenu|entré|sorti|retourn|"
                           r"intervenu|convenu|décédé|rentré|passé)")
# a pattern that holds its own auxiliary: "(?:ont|a) été libéré", "were released"
_PASSIVE_INSIDE = {
    "en": re.compile(r"(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+(?:ed|en)|shot|hit|struck|held|"
                     r"caught|led|met|sent|seen|beaten|thrown|brought|fought|kept|bought)\b", re.I),
    "fr": re.compile(r"(?:a|ont|avait|avaient)\s+été\s+\w+(?:é|és|ée|ées|is|ise|it|ite|u|us|ue)\b", re.I),
    "ar": re.compile(r"(?!)"),
}
_AGENT = {
    "en": re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$", re.I),  # "by Tunisian police"
    "fr": re.compile(r"\b(?:par|de la part de)\s+(?:la\s+|le\s+|les\s+|l'|des\s+|un\s+|une\s+)?$", re.I),
    "ar": re.compile(r"(?:من قبل|على يد|من طرف)\s+$"),
}
_INHERIT_SUBJECT = {
    "en": re.compile(r"(?:\band\b|,\s*then\b|\bthen\b)\s*(?:[\w'’]+\s+){0,3}$", re.I),
    "fr": re.compile(r"(?:\bet\b|\bpuis\b|\bavant de\b)\s*(?:[\w'’]+\s+){0,3}$", re.I),
    "ar": re.compile(r"(?:^|\s)$"),
}
_POSSESSIVE = {
    "en": re.compile(r"\b(?:his|her|its|their)\s+(?:\w+\s+)?$", re.I),
    "fr": re.compile(r"\b(?:sa|son|ses|leur|leurs)\s+(?:\w+\s+)?$", re.I),
    "ar": re.compile(r"(?!)"),
}
# parties that are victims or crowds rather than the ones acting in material conflict
_PATIENT_SECTORS = {"CVL", "REF", "JRN", "LAB", "OPP", "UNK"}
_PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "RETREAT"}
# types whose object is often the actor's own envoy or troops, sent or called back
_SENDS_OWN_PARTIES = {"RETREAT", "SANCTION", "MOBILIZE"}
_SHARED_OBJECT_TYPES = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "CONCEDE", "SUPPORT", "AGREE"}
# "ودعا القرار ...": a text as subject; the actor is the body that adopted it
_AR_NEW_CLAUSE = re.compile(r"[،,]\s*و?\s*$")
# "محادثات مع وزير الخارجية سيرغي لافروف": a person after a preposition and his title is its object
_AR_TITLED_OBJECT = re.compile(r"(?:^|\s)(?:مع|الى|الي|ضد|لدى|لدي)\s+(?:[^\s،,.]+\s+){1,3}$")
# the folded text spells "إلى" as "الي" and "على" as "علي"
_AR_OBJECT_PREP = re.compile(r"(?:^|\s)(?:على|علي|الى|إلى|الي|مع|من|عن|ضد|لدى|لدي)\s+$|(?:^|\s)[لب]$")
# the agent of an Arabic passive: "على يد", "من قبل", "برصاص", "بنيران", "(هجوم) شنه"
_AR_PASSIVE_AGENT = re.compile(r"(?:على يد|علي يد|من قبل|من طرف|برصاص|بنيران|شنه|شنته|شنها|"
                               r"(?:^|\s)(?:في|ب)\s*(?:ال)?(?:غار|ضرب|قصف|هجوم)\S*)\s+(?:\S+\s+){0,2}(?:ال)?$")
# "اعتقل صحفي مغربي من قبل الشرطة الإسبانية": an agent phrase makes the verb a passive
_AR_EXPLICIT_AGENT = re.compile(r"(?:من قبل|على يد|علي يد|من طرف)\s")
_AR_REQUEST_FROM = re.compile(r"(?:^|\s)[وف]?(?:ب|و)?(?:طلب|دعوة|دعوه|مبادرة|مبادره|التماس)\s+(?:\S+\s+){0,1}من\s+(?:ال)?$")
# "X received King Abdullah II", "a accueilli le président": the host receives the visitor
_HOST_VERB = {
    "en": re.compile(r"(?:received|receives|hosted|hosts|welcomed|welcomes)\b", re.I),
    "fr": re.compile(r"(?:(?:a|ont|avait)\s+)?(?:reçu|reçoit|reçoivent|accueilli|accueille|accueillent)\b", re.I),
    "ar": re.compile(r"[وف]?(?:استقبل|يستقبل|تستقبل)"),
}
_OPENING_PARTICIPLE = {
    "en": re.compile(r"\w{3,}(?:ed|en)\b", re.I),
    "fr": re.compile(r"\w+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)\b", re.I),
}
# "hosted talks", "a accueilli un sommet": the host holds a meeting, it receives no visitor
_HOSTED_EVENT = re.compile(r"talks|meeting|summit|conference|forum|pourparlers|réunion|sommet|conférence|"
                           r"محادثات|اجتماع|قم(?:ه|ة)|مؤتمر", re.I)
# "received ... from X", "a reçu ... de la part de X", "تلقت ... من X": the subject is given to
_RECEIVE_VERB = {
    "en": re.compile(r"\b(?:received|receives|receiving|obtained|obtains|secured|took delivery)\b", re.I),
    "fr": re.compile(r"\b(?:reçu|reçoit|reçoivent|obtenu|obtient|bénéficié|réceptionné)\b", re.I),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:حصل|تحصل|يحصل|تلق|يتلق|استلم|تسلم|يتسلم|تتسلم|نال)\S*"),
}
_GIVER_BEFORE = {
    "en": re.compile(r"\bfrom\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"(?:\bde la part d(?:e|u|es)\s*|\bde\s+|\bd'|\bdu\s+|\bdes\s+)(?:la\s+|l')?$", re.I),
    "ar": re.compile(r"(?:^|\s)من\s+(?:ال)?$"),
}
_AR_PATIENT_NOUN = re.compile(r"[وف]?(?:ب|ل)?(?:ال)?(?:اغتيال|اعتقال|اختطاف|احتجاز|اعدام|توقيف|ترحيل|تصفيه)(?!\S{3})")
_AR_ATTACK_PHRASE = re.compile(r"(?:^|\s)(?:في|جراء|اثر|خلال)\s+(?:ال)?$|(?:^|\s)ب(?:ال)?$")
_AR_KILLED = re.compile(r"(?:^|\s)[وف]?(?:قتل|قُتل|اصيب|أصيب|جرح|جُرح|لقي|لقوا|استشهد|سقط)\s+(?:\S+\s+){0,3}$")
# "، وقالت إن حماس": the subject of a coordinated verb, or of the clause it reports
_AR_NEXT_VERB = re.compile(r"[،,]\s*[وف]\S{2,}\s+(?:(?:ان|إن|أن)(?:ه|ها|هم)?\s+)?$")
# "معتبرة", "داعيا", "مطالبين", "مؤكدا": an active participle (ending in its case or number)
_AR_PARTICIPLE = re.compile(r"(?:م[^\s،,]{3,}(?:ا|ه|ين)|[^\s،,و]ا[^\s،,]{2}(?:ا|ه))(?=[\s،,]|$)")
_AR_PRONOUN_SUBJECT = re.compile(r"(?:^|\s)[وف]?(?:ان|لان)(?:ه|ها|هم|هما)\s+$")
# "، و", "، وشاركت في ", "، وبدأ ": a comma and a conjoined verb close the clause of the party before them
_AR_CONJOINED_GAP = re.compile(r"[،,]\s*[وف](?:\S{2,}\s+(?:(?:في|على|علي|الى|الي|ب)\s+)?)?$")
# the prepositions that govern a party told before the trigger ("إلى القاهرة", "على بغداد")
_AR_LEFT_GOVERNED = re.compile(r"(?:^|\s)(?:الى|إلى|الي|على|علي|مع|من|عن|ضد|لدى|لدي|في)\s+$")
# "قال الرئيس ترامب إن": a reporting verb, its speaker, and the "إن" opening what was said
_AR_REPORTING_FRAME = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|اضاف|اضافت|اعتبر|اعتبرت)\s+"
                                 r"(?:[^\s،,.]+\s+){1,8}?(?P<that>ان)\s+")
# the verbs of the acts themselves: "إن إيران هددت", "أن واشنطن اتهمت" report another's act
_AR_ACT_VERB = re.compile(r"[وف]?(?:هدد|يهدد|تهدد|توعد|يتوعد|تتوعد|اتهم|يتهم|تتهم|حمل|يحمل|تحمل|حذر|يحذر|تحذر|"
                          r"انتقد|ينتقد|تنتقد|ادان|يدين|تدين|دان|ندد|يندد|تندد|وصف|يصف|تصف|لوح|يلوح|تلوح)")
# "عشرات الآلاف من الجزائريين", "وحدات من الجيش السوري": the people or forces counted are the
# subject, not an object of "من"
_AR_PARTITIVE = re.compile(rf"(?:{AR_COUNT_WORDS}|وحدات|وحده|عناصر|قوات|كتائب|"
                           r"دوريات|دوريه|فرق|مجموعه|مجموعات|افراد|رتل|ارتال)\s+من\s+$")
# "طالب الأمين العام للأمم المتحدة إسرائيل", "قال المتحدث باسم الحوثيين": the body after an
# officer's title stands for him as the verb's subject, though a preposition opens it
_AR_OFFICER_TITLE = (r"\s*(?:ال)?(?:امين العام|امين عام|رئيس|مدير|مدير عام|متحدث|ناطق|مندوب|ممثل|سفير|قائد|"
                     r"زعيم|وزير خارجيه|وزير دفاع|وزير|مبعوث|مفوض)(?:\s+(?:ال)?(?:عام|سامي|خاص|رسمي|اعلي|اعلى))?")
_AR_OFFICER_OF = re.compile(_AR_OFFICER_TITLE + r"\s+(?:ل|باسم\s+)")
# "وطالب رئيس المجلس الأوروبي شارل ميشيل": the title, with or without its preposition, before the body
_AR_OFFICER_BEFORE = re.compile(_AR_OFFICER_TITLE + r"\s+(?:ل|باسم\s+)?")
# "، وهو ما نفته أبوظبي": the denial of the claim just told, whose subject follows the verb
_AR_RELATIVE_DENIAL = re.compile(r"(?:^|\s)و?(?:هو|هي|هذا|ذلك)\s+$")
_AR_LEFT_BREAK = re.compile(r"؛|\.\s|(?:^|\s)(?:فيما|بينما|في حين|حيث|لكن|غير ان)(?:\s|$)")
_AR_DOCUMENT_SUBJECT = re.compile(r"^\s*(?:ال)?(?:قرار|نص|بيان)")


# "accused each other", "se sont accusés mutuellement", "traded accusations", "تبادلت ... الاتهامات":
# each party acts on the other
_MUTUAL_AFTER = {
    "en": re.compile(r"^\s*(?:\w+\s+){0,1}(?:each other|one another)\b", re.I),
    "fr": re.compile(r"^\s*(?:\w+\s+){0,1}(?:mutuellement|l'un l'autre|les uns les autres|réciproquement)\b", re.I),
    "ar": re.compile(r"^\s*(?:\S+\s+){0,1}(?:بعضهما|بعضهم|البعض)(?!\S)"),
}
_MUTUAL_BEFORE = {
    "en": re.compile(r"\b(?:trad(?:ed|e|es|ing)|exchang(?:ed|e|es|ing)|swapp(?:ed|ing))\s+(?:[\w'’-]+\s+){0,2}$", re.I),
    "fr": re.compile(r"(?:\béchang\w*|\bmutuellement)\s+(?:[\w'’-]+\s+){0,2}$", re.I),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:تبادل|تبادلت|تبادلا|يتبادل|تتبادل|يتبادلان|تتبادلان)(?:وا|ا)?\s+(?:\S+\s+){0,4}(?:ال)?$"),
}


@dataclass
class Roles:
    actors: list[Participant]
    recipients: list[Participant]
    rule: str


def _coordinated(first: Participant, rest: list[Participant], text: str, lang: str) -> list[Participant]:
    group = [first]
    for p in rest:
        gap = text[group[-1].end:p.start]
        if _COORD[lang].match(gap) or _APPOSITION.match(gap) and p.kind == first.kind:
            group.append(p)
        else:
            break
    return group


def _coordinated_left(last: Participant, before: list[Participant], text: str, lang: str) -> list[Participant]:
    group = [last]
    for p in reversed(before):
        gap = text[p.end:group[0].start]
        if group[0].kind == "PER" and p.kind != "PER" and not gap.strip(" ,"):
            break  # "the envoy for Western Sahara, Staffan de Mistura": an apposition
        if _COORD[lang].match(gap) and len(gap.split()) <= 3:
            group.insert(0, p)
        else:
            break
    return group


# "Pretoria, a visit that Morocco denounced": the party after a relative pronoun is the
# subject of the relative clause, not part of an apposition
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom|que|qu'|dont)\s+(?:[\w'’-]+\s+){0,2}$|(?:^|\s)(?:التي|الذي|اللذين|اللتين)\s+(?:\S+\s+){0,1}$")


def _skip_apposition(nearest: Participant, left: list[Participant], folded: str) -> Participant:
    """"X, member of the Council, did ...": the subject is X, not the Council."""
    index = left.index(nearest)
    if index == 0:
        return nearest
    before = left[index - 1]
    if nearest.kind == "PER" and before.kind != "PER":
        # "the envoy for Western Sahara, Staffan de Mistura, held talks": the person named
        # after a title is the subject, not the place or body inside the title
        return nearest
    between = folded[before.end:nearest.start]
    if _AUTHOR_NOUN["en"].search(folded[max(0, before.start - 40):before.start]) \
            or _AUTHOR_NOUN["fr"].search(folded[max(0, before.start - 40):before.start]):
        return nearest  # "At the request of Ukraine, the Council met": the request phrase opens the sentence
    if re.search(r"\b(?:by|par)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?$", folded[max(0, before.start - 12):before.start], re.I):
        return nearest  # "Reçu par Xi Jinping, le Premier ministre a plaidé": the agent of a participle
    if re.match(r"^\s*,[^,;.()]{0,60}$", between) and not re.search(r"\b(?:and|et)\b|(?:^|\s)و", between) \
            and not _RELATIVE_BEFORE.search(between):
        return before
    return nearest


_TITLE_GAP = re.compile(r"^(?:['’]s)?\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*,?\s*$|^\s*,\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*,?\s*$")


def _titled_names(last: Participant, right: list[Participant], folded: str) -> list[Participant]:
    """"Morocco's ambassador, Karima Benyaich": the person named after a state recipient."""
    after = [p for p in right if p.start >= last.end]
    if not after or after[0].kind != "PER" or last.kind == "PER":
        return []
    gap = folded[last.end:after[0].start]
    return [after[0]] if len(gap) <= 45 and _TITLE_GAP.match(gap) else []


# "the UN peacekeeping mission MINUSMA", "the British-flagged tanker Stena Impero": a qualifier,
# a common noun, then the name of the party
_DESCRIPTOR_GAP = {
    "en": re.compile(r"(?:-[a-z]+)?\s+(?:[a-z][\w'’-]*\s+){1,3}"),
}


def _described_name(last: Participant, right: list[Participant], text: str, lang: str) -> list[Participant]:
    """The named body or ship a state, body or demonym qualifies through a common noun: the
    name is the party, of the qualifier's country when it has none of its own."""
    after = [p for p in right if p.start >= last.end]
    if lang not in _DESCRIPTOR_GAP or not after or after[0].kind not in ("ORG", "PER") or after[0].generic \
            or last.kind == "PER" or not _DESCRIPTOR_GAP[lang].fullmatch(text, last.end, after[0].start):
        return []
    named = after[0]
    if named.code is None or named.code != last.code and named.identifier_text == named.text and last.code:
        named = replace(named, code=last.code)  # an unlinked name takes the country of its qualifier
    return [named]


# "killed by fire from Israeli soldiers", "tués par des tirs de soldats israéliens"
_AGENT_INSTRUMENT = {
    "en": re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,2}(?:of|from)\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"\bpar\s+(?:la\s+|le\s+|les\s+|l'|des\s+|un\s+|une\s+)?(?:[\w'-]+\s+){1,2}"
                     r"(?:de\s+(?:la\s+|l')?|du\s+|des\s+|d')$", re.I),
    "ar": re.compile(r"(?:برصاص|بنيران|بقصف|بغار(?:ة|ه)|بضرب(?:ة|ه))\s+(?:\S+\s+){0,1}$"),
}


# "تعرضت X لهجوم ...": the noun of what X underwent
_AR_UNDERGONE = re.compile(r"(?<!\S)ل(?:ال)?(?:هجوم|هجمات|قصف|اعتداء|كمين|اطلاق|غار|محاول|تفجير|ضرب)")


def _arabic_undergoing(right: list[Participant], folded: str, trig_start: int, text: str) -> Roles:
    """"تعرضت السفارة لهجوم روسي": the subject after the verb is the target; the attacker is
    the agent after the attack noun (a demonym, "من قبل", "شنته")."""
    undergone = _AR_UNDERGONE.search(folded, trig_start)
    split = undergone.start() if undergone else len(folded)
    targets = [p for p in right if p.end <= split]
    agent = next((p for p in right if p.start >= split and p.start - split <= 40 and (
        _AR_PASSIVE_AGENT.search(folded[max(split, p.start - 30):p.start])
        or not _AR_OBJECT_PREP.search(folded[max(split, p.start - 8):p.start])
        and len(folded[split:p.start].split()) <= 3)), None)
    recipients = _coordinated(targets[0], targets[1:], text, "ar") if targets else []
    actors = _coordinated(agent, [p for p in right if p.start > agent.start], text, "ar") if agent else []
    return Roles(actors, recipients, "passive")


# Verb-subject agreement: a verb right before its subject agrees with it in gender
# ("استدعت الخارجية", "استدعى الوزير"); a noun of the other gender right after the verb is its
# object ("واستدعت السفير الأمريكي": the ambassador is summoned, the subject is dropped).
# A verb whose root ends in "ت" ("صوت البرلمان") tells nothing.
_AR_ROOT_FINAL_TA = re.compile(r"^(?:صوت|ثبت|اثبت|بت|سكت|افلت|التفت|مات|فات|بات|نعت|شتت)$")
_AR_OBJECT_SUFFIX = re.compile(r"(?:هما|هم|ها|ه)$")
# heads of masculine noun phrases: titles of men, masculine bodies, sound masculine plurals in the
# object case ("المحتجين")
_AR_MASCULINE_HEAD = re.compile(
    r"^(?:ال)?(?:سفير|رئيس|وزير|مبعوث|قائم|ملك|امير|زعيم|قائد|متحدث|امين|مدير|ممثل|دبلوماسي|مسؤول|"
    r"نائب|جنرال|مستشار|مندوب|قنصل|شيخ|جيش|مجلس|برلمان|اتحاد|حزب|كرملين|نظام|حرس|صحفي|معارض|ناشط|"
    r"مرشح|مرشد|عاهل|ولي|قاضي|مدعي|نظير|وفد|مكتب|كونغرس|بنتاغون|فريق|ضابط|جندي|لاجئ)(?:ه|ها|هم)?$"
    r"|^ال\S{3,}ين$")


# "الرئيس", "رئيس الوزراء", "وزير الخارجية الفرنسي": up to four words of title before a person's
# name, with no preposition or comma among them
_AR_SUBJECT_TITLE = re.compile(r"\s+(?:ال)?(?:رئيس|وزير|سفير|مبعوث|ملك|امير|زعيم|قائد|متحدث|امين|مدير|ممثل|نائب|"
                               r"مستشار|مندوب|مرشد|عاهل|ولي|قاضي|مدعي|جنرال|شيخ|نظير)(?:ه)?"
                               r"(?:\s+(?!(?:في|من|الى|الي|على|علي|مع|عن|ضد|لدى|لدي)\s)[^\s،,.]+){0,3}\s+")


# what a clause-opening verb follows: the start of a sentence or clause, "و", "ثم", "قد", "لم",
# "أن", a relative pronoun
_AR_VERB_OPENING = re.compile(r"(?:^\s*|[،,.:؛\"«(]\s*|(?:^|\s)[وف]|(?:^|\s)[وف]?(?:ثم|قد|لقد|لم|لن|ان|انه|انها|"
                              r"الذي|التي|الذين|ما|حيث|بينما|فيما|عندما|كما|اذ)\s+)$")


def _ar_verb_gender(folded: str, trig_start: int, trig_end: int, clitics: list[Participant]) -> str | None:
    """"f" or "m" for a finite Arabic verb opening the trigger when its form tells its gender
    ("اتهمت", "تستدعي": feminine; "اتهم", "يستدعي": masculine), else None (plurals, duals,
    verbal nouns, participles and forms that read both ways)."""
    found = re.match(r"\s*(\S+)", folded[trig_start:trig_end])
    if found is None:
        return None
    word = found.group(1)
    word_end = trig_start + found.end()
    if any(trig_start <= c.start < word_end for c in clitics):
        word = _AR_OBJECT_SUFFIX.sub("", word)  # "استقبلتها": the object pronoun on the verb
    if len(word) < 3 or re.search(r"(?:وا|ون|ان|ين|تا|ات)$", word) or word.startswith("م") \
            or word.startswith("ال") and not word.startswith("الت"):  # "التزمت", "التقى" are verbs
        return None
    if word.endswith("ت"):
        return None if _AR_ROOT_FINAL_TA.match(word) else "f"
    if word.startswith(("تت", "تست")):
        return "f"  # "تتهم", "تستدعي"
    if word.startswith("ي") and not word.endswith("ا"):
        return "m"  # "يتهم", "يستدعي"
    if word.startswith("ت") or word.endswith(("ا", "ه")) and len(word) > 3:
        return None  # "تعهد" or a feminine present; "اتهما" a dual; "دعوته" a noun
    if "ا" in word[1:]:
        return None  # "اعتقال", "استدعاء": a verbal noun, whose genitive may be its doer or its object
    if not _AR_VERB_OPENING.search(folded[max(0, trig_start - 12):trig_start]):
        return None  # "بعد رفض الحكومة", "أعلنت رفض": "رفض" is there the verbal noun
    return "m"


def _ar_head_gender(text: str, folded: str, start: int, parts: list[Participant]) -> str | None:
    """Gender of the noun phrase whose first word starts at ``start``: "f" for "الحكومة",
    "السلطات", "فرنسا"; "m" for "السفير", "الجيش", "المحتجين"; None for names and others."""
    found = re.match(r"\S+", text[start:start + 30])
    if found is None:
        return None
    head = re.sub(r"[^\w]+$", "", found.group())
    head_folded = re.sub(r"[^\w]+$", "", folded[start:start + found.end()])
    owner = next((p for p in parts if p.start == start), None)
    if owner is not None and owner.kind == "GPE" and not owner.generic and owner.pronoun is None:
        return None if _AR_MASCULINE_STATE.match(head_folded) else "f"
    if owner is not None and owner.kind == "PER" and not owner.generic:
        return None  # a bare name: "بوتين" is no plural
    if _AR_QUANTITY.match(head_folded):
        return None  # "قتل العشرات": a count agrees with nothing
    if head.endswith("ة") or len(head) > 4 and head.endswith("ات"):
        return "f"
    if _AR_MASCULINE_HEAD.match(head_folded):
        return "m"
    return None


_AR_PLURAL_VERB = re.compile(r"^(?:[^\sمت]\S{1,}وا|[يت]\S{2,}ون)$")  # "سيطروا", "يطالبون"
# counts and quantities, which tell no gender
_AR_QUANTITY = re.compile(r"^(?:ال)?(?:عشرات|مئات|الاف|الوف|ملايين|عشر(?:ه|ات)?|مئه|مائه|نحو|اكثر|عدد|بضع\S*)$")
# states whose names take a masculine verb ("أعلن العراق"); the others take a feminine one
_AR_MASCULINE_STATE = re.compile(r"^(?:ال)?(?:عراق|لبنان|مغرب|اردن|سودان|يمن|صومال|كونغو|كاميرون|غابون|نيجر|"
                                 r"بحرين|فاتيكان|اكوادور|برازيل|مكسيك|كيان)$")


# "بإطلاق", "الهجوم", "للمساعدات": a word opened by the article or a preposition is a noun
_AR_NOMINAL_WORD = re.compile(r"[وف]?(?:ب|ل|ك)?ال|[وف]?[بل](?!ال)\S{4,}")
# "، وردت طهران": a coordinated clause opens after a comma and "و"; "، ما أثار": a clause on the
# previous one
_AR_CLAUSE_OPEN = re.compile(r"[،,]\s*(?:[وف]|ما\s)")


def _ar_nominal_trigger(folded: str, trig_start: int, verb_gender: str | None) -> bool:
    """True when the trigger's word is a noun (article or preposition on it), not a finite verb."""
    if verb_gender is not None:
        return False
    word_start = folded.rfind(" ", 0, trig_start) + 1
    return bool(_AR_NOMINAL_WORD.match(folded, word_start, trig_start + 8))


def _ar_clause_subject(left: list[Participant], text: str, folded: str, sent_start: int,
                       trig_start: int) -> list[Participant]:
    """The subject of the clause a nominal trigger stands in: the first party of the clause that
    no preposition governs, the clause opening at the last ", و" before the trigger."""
    opens = [m.end() for m in _AR_CLAUSE_OPEN.finditer(folded, sent_start, trig_start)]
    clause_start = opens[-1] if opens else sent_start
    return sentence_subject([p for p in left if p.start >= clause_start], text, folded, clause_start, "ar")


def _ar_finite_verb(folded: str, trig_start: int, trig_end: int, verb_gender: str | None) -> bool:
    """A verb of known gender, or a plural one ("وسيطروا", "يطالبون")."""
    if verb_gender is not None:
        return True
    word = re.match(r"\s*(\S+)", folded[trig_start:trig_end])
    return word is not None and bool(_AR_PLURAL_VERB.match(word.group(1)))


def _ar_possessed_noun(text: str, trig_start: int, trig_end: int, clitics: list[Participant],
                       verb_gender: str | None) -> bool:
    """True when the trigger's first word is a verbal noun with a pronoun suffix ("استقباله",
    "زيارتها", "لقائهما"), not a verb with its object ("استقبله", "استقبلتها", "هنأه", "دعاه");
    read on the unfolded text, where the hamza of "هنأ" is no long vowel."""
    found = re.match(r"\s*(\S+)", text[trig_start:trig_end])
    if found is None or verb_gender is not None:
        return False
    word_end = trig_start + found.end()
    if not any(trig_start <= c.start < word_end and c.end == word_end for c in clitics):
        return False
    stem = re.sub(r"(?:هما|هم|ها|ه)$", "", found.group(1))
    if _AR_PLURAL_VERB.match(found.group(1)) or len(stem) < 3:
        return False
    return "ا" in stem[-3:-1] or stem.endswith(("ة", "ت", "ئ", "ؤ", "اء"))


def _ar_reported_statement(parts: list[Participant], left: list[Participant], right: list[Participant], text: str,
                           folded: str, sent_start: int, trig_start: int) -> Roles | None:
    """"قال الرئيس ترامب إن إيران ستلقى نهايتها إذا ...", "قال الحرس الثوري إن أي رد إسرائيلي سيقابل
    بضربات": a threat or a charge told as the content of a statement is the speaker's, aimed at
    the party of the reported clause (a reported act, "إن إيران هددت", keeps its own subject)."""
    if _AR_ACT_VERB.match(folded, trig_start):
        return None
    frame = None
    for m in _AR_REPORTING_FRAME.finditer(folded, sent_start, trig_start):
        frame = m
    if frame is None or len(folded[frame.end():trig_start].split()) > 6 or _AR_LEFT_BREAK.search(folded, frame.end(), trig_start):
        return None
    speakers = [p for p in left if frame.start() < p.start and p.end <= frame.start("that") and p.pronoun is None]
    if not speakers:
        return None
    speaker = _ar_named_officer(speakers[0], speakers, folded) or speakers[0]
    actors = _coordinated(speaker, [p for p in speakers if p.start > speaker.start], text, "ar")
    keys = {a.key for a in actors}
    content = [p for p in parts if frame.end() <= p.start and not p.is_place and p.pronoun is None and p.key not in keys
               and (p.end <= trig_start or p in right)]
    if not content:
        return None
    return Roles(actors, _coordinated(content[0], content[1:], text, "ar"), "reported")


def _ar_officer_subject(p: Participant, parts: list[Participant], folded: str, trig_start: int, trig_end: int) -> bool:
    """"طالب الأمين العام للأمم المتحدة إسرائيل": the body an officer's title right after the verb
    names is the subject, not the object of the title's preposition."""
    verb_word = re.match(r"\s*\S+", folded[trig_start:trig_end])
    if verb_word is None:
        return False
    verb_end = trig_start + verb_word.end()
    return p.start >= verb_end and bool(_AR_OFFICER_OF.fullmatch(folded, verb_end, p.start)) \
        and _ar_named_officer(p, parts, folded) is None


def _ar_named_officer(body: Participant, parts: list[Participant], folded: str) -> Participant | None:
    """"رئيس المجلس الأوروبي شارل ميشيل", "الأمين العام للأمم المتحدة أنطونيو غوتيريش": the person
    named right after the body of his title."""
    after = next((q for q in parts if q.start >= body.end and q.pronoun is None), None)
    if after is None or after.kind != "PER" or after.generic:
        return None
    return after if re.fullmatch(r"\s+(?:[^\s،,.:]+\s+)?", folded[body.end:after.start]) else None


def _ar_straddling(parts: list[Participant], folded: str, trig_start: int, trig_end: int) -> list[Participant]:
    """The party that opens inside the trigger after its verb and ends past it ("استدعت السفير"
    matched over "السفير الأمريكي")."""
    verb_word = re.match(r"\s*\S+", folded[trig_start:trig_end])
    if verb_word is None:
        return []
    verb_end = trig_start + verb_word.end()
    return [p for p in parts if verb_end < p.start < trig_end < p.end and p.pronoun is None][:1]


def _ar_drop_object_after_verb(subjects: list[Participant], right: list[Participant], text: str, folded: str,
                               trig_start: int, trig_end: int, verb_gender: str | None) -> list[Participant]:
    """Drop the noun phrase right after the verb from the subject candidates when the verb does
    not agree with it: "استدعت السفير الأمريكي" has the ambassador as object (the subject is
    dropped or told before), "اعتقلت الصحفي المعارض رومان" the journalist."""
    verb_word = re.match(r"\s*\S+", folded[trig_start:trig_end])
    if verb_word is None or verb_gender is None:
        return subjects
    verb_end = trig_start + verb_word.end()
    head = re.search(r"\S", folded[verb_end:verb_end + 10])
    if head is None:
        return subjects
    head_start = verb_end + head.start()
    first = subjects[0]
    gap = folded[head_start:first.start]
    if first.start - head_start > 40 or re.search(r"[،,.]", gap) or _AR_OBJECT_PREP.search(gap) \
            or not _ar_disagrees(verb_gender, text, folded, head_start, right):
        return subjects
    objects = _coordinated(first, [p for p in right if p.start > first.start], text, "ar")
    return [p for p in subjects if p not in objects]


def _ar_disagrees(verb_gender: str | None, text: str, folded: str, start: int, parts: list[Participant]) -> bool:
    """True when the noun phrase opening at ``start`` cannot be the subject of the verb."""
    if verb_gender is None:
        return False
    head = _ar_head_gender(text, folded, start, parts)
    return head is not None and head != verb_gender


def _ar_own_subject(parts: list[Participant], folded: str, trig_start: int, trig_end: int,
                    text: str | None = None, verb_gender: str | None = None) -> Participant | None:
    """The party right after a coordinated Arabic verb ("وفرض الجيش العراقي حظر تجول"), when the
    trigger pattern ran over it or it follows the trigger at once, or a person after his title
    ("وهدد الرئيس دونالد ترامب"); victims, and nouns the verb does not agree with
    ("واستدعت السفير"), are no subject."""
    verb_word = re.match(r"\s*\S+", folded[trig_start:trig_end])
    if verb_word is None:
        return None
    verb_end = trig_start + verb_word.end()
    if text is not None:
        head = re.search(r"\S", folded[verb_end:verb_end + 10])
        if head is not None and _ar_disagrees(verb_gender, text, folded, verb_end + head.start(), parts):
            return None
    for p in parts:
        if p.start < verb_end or p.is_place or p.pronoun is not None:
            continue
        gap = folded[verb_end:p.start]
        titled = text is not None and p.kind == "PER" and bool(_AR_SUBJECT_TITLE.fullmatch(gap))
        if not titled and (not re.fullmatch(r"\s*(?:ال)?", gap) or p.start > max(trig_end, verb_end) + 4):
            return None
        if p.generic and p.sector in _PATIENT_SECTORS:
            return None
        if p.kind == "GPE" and not p.generic and not _ar_object_follows(p, parts, folded):
            return None  # "واتهمت إسرائيل بتنفيذها": a state right after the verb is mostly its object
        if p.kind == "GOV" and not p.generic and p.identifier_text and _AR_COMPLEMENT_AFTER.match(folded, p.end) \
                and _AR_OBJECT_COMPLEMENT_VERB.match(verb_word.group().strip()):
            # "، واتهمت باكو بالسعي إلى", "وحذرت طهران من": a capital between a verb that takes an
            # object and its complement is that object ("ونددت طهران بالهجوم" keeps its subject)
            return None
        return p
    return None


# the complement of a verb's object: "بالسعي", "من عواقب", "على وقف", "إلى الانسحاب"
_AR_COMPLEMENT_AFTER = re.compile(r"\s+(?:ب(?!ين\s)\S{2,}|(?:من|على|علي|الى|الي)\s)")


# verbs whose object comes before a prepositional complement: "اتهم X ب", "حذر X من", "طالب X ب",
# "حث X على", "دعا X إلى", "ناشد X", "حمل X مسؤولية", "أمهل X"
_AR_OBJECT_COMPLEMENT_VERB = re.compile(r"^[وف]?(?:اتهم|حذر|طالب|حث|دعا|دعت|دعوا|ناشد|حمل|امهل)(?:ت|وا|ا)?$")


def _ar_object_follows(p: Participant, parts: list[Participant], folded: str) -> bool:
    """"وسلمت عمّان بغداد أربعة مهربين": a second bare noun phrase right after the first makes the
    first the subject and the second the object."""
    after = next((q for q in parts if q.start >= p.end and q.pronoun is None), None)
    return after is not None and not after.is_place and bool(re.fullmatch(r"\s+(?:ال)?", folded[p.end:after.start]))


# "killed in a US drone strike", "tué dans une frappe israélienne": the state of the strike acts
_STRIKE_BEFORE = {
    "en": re.compile(r"\bin\s+an?\s+(?:[\w-]+\s+)?$", re.I),
    "fr": re.compile(r"\b(?:dans|par|lors d['’])\s*(?:une?|des|la|le)\s+(?:frappes?|raids?|attaques?|bombardements?|tirs?)"
                     r"(?:\s+(?:de drones?|aériennes?|de missiles?))?\s+$", re.I),
}
_STRIKE_AFTER = {
    "en": re.compile(r"\s*(?:[\w-]+\s+)?(?:strike|airstrike|air strike|raid|attack|bombing|ambush|shelling)\b", re.I),
    "fr": re.compile(r""),  # French names the state after the noun: "une frappe israélienne"
}


def _agent_of_strike(right: list[Participant], folded: str, trig_end: int, lang: str) -> Participant | None:
    if lang not in _STRIKE_BEFORE:
        return None
    for p in right:
        if p.start - trig_end > 60:
            break
        if _STRIKE_BEFORE[lang].search(folded[max(trig_end, p.start - 50):p.start]) \
                and _STRIKE_AFTER[lang].match(folded, p.end) and not (p.generic and p.sector in _PATIENT_SECTORS):
            return p
    return None


def _agent_of_instrument(right: list[Participant], folded: str, trig_end: int, lang: str) -> Participant | None:
    for p in right:
        if p.start - trig_end > 80:
            break
        if _AGENT_INSTRUMENT[lang].search(folded[max(trig_end, p.start - 45):p.start]):
            return p
    return None


_OBJECT_PREP = {
    "en": re.compile(r"\b(?:to|from|with|for|against|into|toward|towards|on|over|via|between|than|under)\s+"
                     r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.I),
    "fr": re.compile(r"(?:\b(?:à|au|aux|avec|contre|pour|vers|chez|sur|envers|auprès de|auprès du|entre)\s*"
                     r"(?:la\s+|le\s+|les\s+|l'|des\s+)?)$", re.I),
}


_BETWEEN = re.compile(r"(?:\b(?:between|entre)|(?:^|\s)بين)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?(?:[\w'’-]+\s+){0,2}$")
_GENITIVE_BEFORE = re.compile(r"(?:\b(?:of|de|du|des|d'|on|against|contre|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l')?|"
                              r"(?:^|\s)(?:على|ضد|من)\s+)$")
_NOUN_AGENT = {
    "en": re.compile(r"^\s*(?:from|by)\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"^\s*de la part d(?:e|u|es|e la|e l')\s*$", re.I),
    "ar": re.compile(r"(?!)"),
}
# nouns whose genitive is their author: "at the request of X", "à l'invitation de X"
_AUTHOR_NOUN = {
    "en": re.compile(r"(?:request|behest|invitation|initiative|urging)\s+of\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"(?:demande|invitation|initiative|appel|requête)\s*(?:de|du|des|d')\s*(?:la\s+|l')?$", re.I),
    "ar": re.compile(r"(?!)"),
}
# "after mediation by Washington": a trigger that is itself a noun
_NOUN_FORM = re.compile(r"(?:mediation|intervention|invitation|request|demande|médiation|intervention|invitation)s?"
                        r"(?:\s+(?:by|from|par))?", re.I)
_NOUN_BY = re.compile(r"(?:mediation|médiation|request|demande|invitation|initiative)\s+(?:by|from|par|de la part d\S*)\s*$", re.I)
_OPENING_PHRASE_END = re.compile(r"\s*,\s*(?:the\s+|le\s+|la\s+|les\s+|l')?", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|un|une|la|le|l'|les|des)\s*$", re.I)
_VERB_FORM = re.compile(r"(?:ed|ing|é|ée|és|ées)$")


def _noun_agent(right: list[Participant], folded: str, trig_end: int, lang: str) -> Participant | None:
    """The party right after a nominal trigger: "a request from Washington", "à la demande de l'Égypte"."""
    if not right:
        return None
    head = folded[max(0, trig_end - 30):trig_end]
    gap = folded[trig_end:right[0].start]
    if _AUTHOR_NOUN[lang].search(head + gap) and len(gap) <= 12:
        return right[0]
    if _NOUN_BY.search(head) and re.fullmatch(r"\s*(?:the\s+|la\s+|le\s+|les\s+|l')?", gap, re.I):
        return right[0]  # "after mediation by Washington": the trigger ends on its "by"
    if _NOUN_AGENT[lang].match(gap) and not _VERB_FORM.search(head.rstrip()):
        return right[0]
    return None


# "وساطة قادها X", "زيارة يقوم بها X", "هجوم شنته X": the doer named after a verbal noun
_AR_LED_BY = re.compile(r"(?:^|\s)(?:قاد|قادها|قاده|قادته|يقودها|يقوده|تقودها|اجرا|اجراها|اجراه|يجريها|يجريه|"
                        r"(?:قام|قامت|يقوم|تقوم) (?:بها|به)|شنها|شنه|شنته|شنتها|نفذها|نفذه|نفذته|نفذتها|قادتها|اجرتها)\s+(?:\S+\s+){0,3}$")
# verbal nouns whose genitive ("دعوات الحكومة", "زيارة الرئيس", "مساعدات الإمارات") is their doer
_AR_GENITIVE_DOER_TYPES = {"REQUEST", "CONSULT", "THREATEN", "AID", "SUPPORT"}


def _ar_noun_agent(right: list[Participant], folded: str, trig_start: int, trig_end: int, event_type: str,
                   verb: bool) -> Participant | None:
    first = next((p for p in right if p.pronoun is None), None)
    if first is None or first.start - trig_end > 45:
        return None
    gap = folded[trig_end:first.start]
    if _AR_LED_BY.search(folded[trig_start:first.start]) and not _AR_LED_BY.match(folded, trig_start):
        return first
    if verb:
        return None
    if event_type in _AR_GENITIVE_DOER_TYPES and re.fullmatch(r"\s+(?:ال)?", gap) \
            and not (first.generic and first.sector in _PATIENT_SECTORS):
        return first
    return None


_TITLE_WORDS = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and))*\s+")
_LEFT_STATE = {
    "en": re.compile(r"\b(?:its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}from\s+(?:the\s+)?$", re.I),
}
_FROM_COUNTERPART_TYPES = {"REQUEST", "REJECT", "AGREE", "CONCEDE", "SUPPORT"}
_NOUN_FROM = {
    "en": re.compile(r"\b(?:an?|the|its|their|his|her)\s+(?:(?!of\b)[\w'’-]+\s+){1,2}from\s+(?:the\s+)?$", re.I),
}
_GIVING_TYPES = {"AID", "COOPERATE"}
_DESTINATION = {
    "en": re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?$"),
}
_CONTRAST = {
    "en": re.compile(r"\b(?:but|while|whereas|although|though|yet)\b", re.I),
}


def _contrast_subject(left: list[Participant], previous_actors: list[Participant], folded: str, trig_start: int,
                      text: str, lang: str) -> list[Participant]:
    """The subject of the clause a contrast opens between the previous event's actor and the
    trigger ("..., but Pompeo said ... and blamed Iran"), if it names one."""
    if lang not in _CONTRAST or not previous_actors:
        return []
    last = max(p.end for p in previous_actors)
    breaks = list(_CONTRAST[lang].finditer(folded, last, trig_start))
    if not breaks:
        return []
    after = [p for p in left if p.start >= breaks[-1].end() and p.pronoun is None]
    # "US Secretary of State Mike Pompeo": the state in a person's title is not the subject
    after = [p for i, p in enumerate(after) if not (i + 1 < len(after) and after[i + 1].kind == "PER"
                                                    and _TITLE_WORDS.fullmatch(text[p.end:after[i + 1].start]))]
    for i, p in enumerate(after):
        if not _OBJECT_PREP[lang].search(folded[max(breaks[-1].end(), p.start - 14):p.start]) \
                and not re.search(r"\b(?:of|from|in|at|by)\s+(?:the\s+)?$", folded[max(breaks[-1].end(), p.start - 10):p.start]):
            return _coordinated(p, after[i + 1:], text, lang)
    return []


# "Erdogan told parliament that ...": the party told is no subject of what it is told
_TOLD = {
    "en": re.compile(r"\b(?:told|tells|telling|briefed|informed|assured|reminded)\s+(?:the\s+)?$", re.I),
}


def _subject_candidate(left: list[Participant], folded: str, sent_start: int, lang: str) -> Participant:
    """The nearest party before the verb that no preposition governs (else the nearest)."""
    for p in reversed(left):
        if not _OBJECT_PREP[lang].search(folded[max(sent_start, p.start - 14):p.start]) \
                and not (lang in _TOLD and _TOLD[lang].search(folded[max(sent_start, p.start - 14):p.start])
                         and p is not left[0]):
            return p
    return left[-1]


def clause_end(text: str, folded: str, start: int, limit: int, lang: str) -> int:
    found = _CLAUSE_BREAK[lang].search(folded, start, limit)
    return found.start() if found else limit


def fill_roles(
    parts: list[Participant], text: str, folded: str, sent_start: int, trig_start: int,
    trig_end: int, right_limit: int, lang: str, event_type: str, flags: frozenset[str],
    verb: bool, previous_actors: list[Participant] | None,
    previous_recipients: list[Participant] | None = None, next_trigger: bool = False,
) -> Roles:
    lang = lang if lang in _CLAUSE_BREAK else "en"
    # an object pronoun before the verb ("l'a félicité") or on it ("هنأه") is a recipient
    clitics = [p for p in parts if p.pronoun == "object"
               and (trig_start <= p.start < trig_end if lang == "ar" else trig_start - 12 <= p.start < trig_end)]
    parts = [p for p in parts if not (p.pronoun == "object" and (lang == "ar" or p.end <= trig_start))]
    left = [p for p in parts if p.end <= trig_start and not p.is_place]
    ar_verb_gender = _ar_verb_gender(folded, trig_start, trig_end, clitics) if lang == "ar" and verb else None
    if lang == "ar":
        # "..., فيما استدعت ألمانيا السفير": a party before a clause opener belongs to the other clause
        left = [p for p in left if not _AR_LEFT_BREAK.search(folded, p.end, trig_start)]
    right_end = clause_end(text, folded, trig_end, right_limit, lang)
    right = [p for p in parts if p.start >= trig_end and p.end <= right_end]
    if lang == "ar":
        # "استدعت السفير" with the pattern running over "السفير الأمريكي": a party that opens inside
        # the trigger after its verb and ends after it is read with the parties after the verb
        right = _ar_straddling(parts, folded, trig_start, trig_end) + right
    if next_trigger and lang != "ar" and right_end == right_limit:
        right = _before_next_subject(right, folded, right_limit, lang)
    if lang == "ar":
        # "دمر انفجار المستشفى، وتبادلت حماس وإسرائيل ...": the subject of the next coordinated verb
        cut = next((i for i, p in enumerate(right) if _AR_NEXT_VERB.search(folded[max(trig_end, p.start - 20):p.start])), None)
        right = right if cut is None else right[:cut]
    if lang == "fr":
        right = fr_parties_before_coordinated_clause(right, folded, trig_end)
    right_actors = [p for p in right if not p.is_place]
    if lang in _OPENING_PARTICIPLE and not left and not folded[sent_start:trig_start].strip(" «»\"'") \
            and _OPENING_PARTICIPLE[lang].match(folded, trig_start):
        # "Reçu à Pékin par Xi Jinping, le Premier ministre polonais a plaidé ...": the agent of the
        # opening participle acts on the subject after its comma (a host receives its guest)
        agent = next((p for p in right_actors if _AGENT[lang].search(folded[max(trig_start, p.start - 25):p.start])), None)
        if agent is None and ("swap" in flags or _HOST_VERB[lang].match(folded, trig_start)):
            # "Reçu jeudi à l'Élysée, le président nigérien ...": the seat receives
            agent = next((p for p in right_actors[:1] if "," not in folded[trig_start:p.start]), None)
        subject = next((p for p in right_actors if agent is not None and p.start > agent.end
                        and "," in folded[agent.end:p.start]), None)
        if agent is not None and subject is not None:
            if "swap" in flags or _HOST_VERB[lang].match(folded, trig_start):
                return Roles([subject], [agent], "host")
            return Roles([agent], [subject], "passive")
    if lang == "fr" and not left:
        opening = _fr_opening_phrase(parts, right, folded, sent_start, trig_start, trig_end, right_limit, flags, text)
        if opening is not None:
            return opening
    if lang == "ar" and folded.startswith("ما ", trig_start) \
            and _AR_RELATIVE_DENIAL.search(folded[max(sent_start, trig_start - 10):trig_start]):
        # "اتهمت الحكومة الإمارات بتسليح قوات الدعم السريع، وهو ما تنفيه أبوظبي": the party after the
        # verb denies, the accuser of the clause before is the one answered; the party told
        # before "وهو ما" belongs to the claim
        subject = next((p for p in right_actors if p.pronoun is None), None)
        if subject is not None:
            return Roles(_coordinated(subject, [p for p in right_actors if p.start > subject.start], text, lang),
                         list(previous_actors or []), "vso")
    # a lexicon entry may carry the flag ``passive`` when its pattern is itself a passive
    # ("accusé ... par", "تعرض ... ل"): the agent after it acts, the party before it is acted on
    passive = "passive" in flags or bool(_PASSIVE_BEFORE[lang].search(folded[max(sent_start, trig_start - 40):trig_start])) \
        and not (lang == "fr" and _FR_ETRE_VERB.match(folded, trig_start)) \
        and not _progressive_active(folded, trig_start, lang) \
        or event_type in _PATIENT_TYPES and "swap" not in flags and bool(_PASSIVE_INSIDE[lang].match(folded, trig_start, trig_end))
    if not passive and event_type in _PATIENT_TYPES and lang in _BARE_PARTICIPLE and left \
            and re.fullmatch(r"\s*,\s*", folded[left[-1].end:trig_start]) and _BARE_PARTICIPLE[lang].match(folded, trig_start):
        passive = True  # "Saleh al-Arouri, tué mardi dans une frappe": the party before the participle is its patient
    reduced = not passive and _reduced_passive(right, folded, trig_start, trig_end, lang)
    if reduced:
        # "X hailed the deal mediated by Y": a party before the participle's own noun is the
        # subject of the main verb, not the one acted on
        left = [p for p in left if not re.search(r"\w", folded[p.end:trig_start])]
        passive = True
    rule = "svo"

    actors: list[Participant] = []
    recipients: list[Participant] = []
    if passive and lang == "ar" and not left:
        return _arabic_undergoing(right_actors, folded, trig_start, text)
    if passive:
        # the "by" may close the trigger itself ("accord, initialled by")
        agent = next((p for p in right_actors if _AGENT[lang].search(folded[max(trig_start, p.start - 25):p.start])), None)
        if agent is None:
            agent = _agent_of_instrument(right_actors, folded, trig_end, lang)
        if agent is None:
            agent = _agent_of_strike(right_actors, folded, trig_end, lang)
        if left:
            # "Saleh al-Arouri, numéro deux du Hamas, a été tué": the apposition's body is not the one acted on
            patient = _skip_apposition(left[-1], left, folded)
            recipients = _coordinated_left(patient, left[:left.index(patient)], text, lang)
        if agent:
            actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
        if "swap" in flags and recipients:
            # "a delegation was hosted by Kazakh officials": the visitor acts, the host receives
            actors, recipients = recipients, actors
        elif event_type == "MOBILIZE" and not actors and recipients:
            # "North Korean troops were deployed to Russia": the forces sent are the actor's own
            own = {r.code for r in recipients}
            actors = recipients
            rest = [p for p in right_actors if p.code not in own]
            recipients = _coordinated(rest[0], rest[1:], text, lang) if rest else []
        return Roles(actors, recipients, "passive")
    # "احتشد آلاف السودانيين" is no passive; "قالت الشرطة إنها أوقفت أربعة أشخاص" nor "...، وأوقفت سبعة"
    # has its subject in the pronoun or the previous verb
    explicit_agent = lang == "ar" and not left and bool(_AR_EXPLICIT_AGENT.search(folded, trig_end, right_end))
    if lang == "ar" and event_type in _PATIENT_TYPES and (passive_reading(folded, trig_start, trig_end) or explicit_agent) \
            and not _AR_PRONOUN_SUBJECT.search(folded[max(sent_start, trig_start - 8):trig_start]) \
            and not (previous_actors and (re.search(r"(?:^|\s)[وف]$", folded[max(sent_start, trig_start - 2):trig_start])
                                          or re.match(r"[وف][اأإيتن]", folded[trig_start:trig_start + 2]))):
        # "قتل خمسة جنود برصاص مسلحين": the parties after the verb are its victims
        agent = next((p for p in right_actors
                      if _AR_PASSIVE_AGENT.search(folded[max(trig_end, p.start - 30):p.start])), None)
        victims = [p for p in right_actors if agent is None or p.start < agent.start]
        if agent:
            actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
        if victims:
            recipients = _coordinated(victims[0], victims[1:], text, lang)
        return Roles(actors, recipients, "ar-passive")

    if lang != "ar":
        # "At the request of Ukraine, the Council met": the party of an opening request phrase
        # is not the subject of the main clause
        left = [p for p in left if not (_AUTHOR_NOUN[lang].search(folded[max(sent_start, p.start - 40):p.start])
                                        and "," in folded[p.end:trig_start])]
    if lang == "ar" and event_type == "ASSAULT" and left and _AR_ATTACK_PHRASE.search(folded[max(sent_start, trig_start - 8):trig_start]) \
            and _AR_KILLED.search(folded[sent_start:left[0].start]):
        # "قتل ثلاثة جنود أردنيين في هجوم بطائرة مسيرة": the people killed are the target
        victims = _coordinated_left(left[-1], left[:-1], text, lang)
        agent = _ar_noun_agent(right_actors, folded, trig_start, trig_end, event_type, verb) \
            or next((p for p in right_actors if _AR_PASSIVE_AGENT.search(folded[max(trig_end, p.start - 30):p.start])), None) \
            or _qualifying_demonym(parts, folded, trig_start, trig_end, lang)
        actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang) if agent else []
        return Roles(actors, victims, "passive")
    if lang == "ar" and event_type in ("THREATEN", "ACCUSE"):
        spoken = _ar_reported_statement(parts, left, right_actors, text, folded, sent_start, trig_start)
        if spoken is not None:
            return spoken
    gap_ok = True
    if left and lang != "ar":
        # "signed the request of his country to the EU, and called ...": a noun governed by a
        # preposition is not the subject
        left = left[:left.index(_subject_candidate(left, folded, sent_start, lang)) + 1]
    if left:
        nearest = left[-1]
        gap_text = folded[nearest.end:trig_start]
        if lang == "ar":
            gap_ok = len(gap_text.split()) <= 4
        if previous_actors and _INHERIT_SUBJECT[lang].search(folded[max(sent_start, trig_start - 25):trig_start]) and lang != "ar" and re.search(r"\b(?:and|et|puis|avant de|then)\b", gap_text):
            # "X claimed the attack, but Y said ... and blamed Iran": after a contrast the
            # coordinated verb shares the subject of its own clause
            actors = _contrast_subject(left, previous_actors, folded, trig_start, text, lang) or list(previous_actors)
            rule = "coordinated-verb"
        elif gap_ok and lang == "ar" and _AR_CONJOINED_GAP.search(gap_text):
            # "أرسلت روسيا مستشارين إلى بوركينا فاسو، ودفعت بآليات", "...، وبدأ مناورات": the party
            # before the comma ends the previous clause; the verb after "، و" keeps its subject
            actors = sentence_subject(left, text, folded, sent_start, lang) \
                or [p for p in previous_actors or [] if p.pronoun is None]
            rule = "coordinated-verb"
        elif gap_ok and lang == "ar" and _AR_LEFT_GOVERNED.search(folded[max(sent_start, nearest.start - 8):nearest.start]) \
                and not (right_actors and not folded[trig_end:right_actors[0].start].strip()):
            # "وصل رئيس الوزراء الإثيوبي إلى القاهرة في زيارة": a party a preposition governs is no
            # subject; the clause's own subject, told before it, is (a party right after a verbal
            # noun, "اعتراف باريس", is read by the steps below)
            subject = _ar_clause_subject(left[:-1], text, folded, sent_start, trig_start)
            if subject:
                actors = subject
        elif gap_ok:
            actors = _coordinated_left(_skip_apposition(nearest, left, folded), left[:-1], text, lang)
    if lang == "ar" and not actors and left and not gap_ok and _ar_nominal_trigger(folded, trig_start, ar_verb_gender):
        # "أرسلت الإمارات، أمس، فريق إنقاذ وطائرتين محملتين بالمساعدات": the verbal noun or
        # complement far after the verb belongs to the subject of its clause
        actors = _ar_clause_subject(left, text, folded, sent_start, trig_start)
    if previous_actors and _POSSESSIVE[lang].search(folded[max(sent_start, trig_start - 12):trig_start]):
        actors = list(previous_actors)  # "his visit", "sa visite": the subject of the sentence
        rule = "possessive"
    if lang != "ar" and previous_actors and re.search(r"(?:ing|ant)$", folded[trig_start:trig_end].split()[0] if folded[trig_start:trig_end].split() else "") and folded[max(sent_start, trig_start - 3):trig_start].strip().endswith(","):
        actors = list(previous_actors)
        rule = "participle"
    remaining = right_actors
    if lang != "ar":
        remaining = [p for p in remaining if not _named_operation(p, text, folded, trig_end)
                     and not _inside_place_phrase(p, folded, trig_end)]
    nominal = not verb or bool(_DETERMINER_BEFORE.search(folded[max(sent_start, trig_start - 8):trig_start])) \
        or bool(_NOUN_FORM.fullmatch(folded[trig_start:trig_end].strip()))
    # "a request from Washington": "from" made the state a place; after a noun it is the author
    from_state = [p for p in right[:1] if p.is_place and p.kind in ("GPE", "GOV") and verb is False
                  and _DETERMINER_BEFORE.search(folded[max(sent_start, trig_start - 8):trig_start])
                  and re.fullmatch(r"\s*(?:from|de la part d\S*)\s+(?:the\s+)?", folded[trig_end:p.start], re.I)]
    owner = _noun_agent(from_state + right_actors, folded, trig_end, lang) if nominal and lang != "ar" else None
    if owner is not None:
        # "at the request of the United States", "à la demande de l'Égypte": the party after
        # the noun acts; the subject of the clause is the one asked
        recipients = [a for a in actors if a.key != owner.key]
        actors = _coordinated(owner, [p for p in right_actors if p.start > owner.start], text, lang)
        if not recipients and len(actors) > 1 and len(folded[sent_start:trig_start].split()) <= 3:
            # "At the request of Ukraine, the Security Council met": the phrase opens the
            # sentence, and the subject of the main clause after its comma is the one asked
            cuts = [i for i in range(1, len(actors)) if _OPENING_PHRASE_END.fullmatch(folded[actors[i - 1].end:actors[i].start])]
            if cuts:
                actors, recipients = actors[:cuts[-1]], actors[cuts[-1]:]
        return Roles(actors, recipients, "noun-agent")
    askers = [p for p in right if p.pronoun is None]  # "من" made the states places
    if lang == "ar" and event_type == "REQUEST" and askers \
            and _AR_REQUEST_FROM.search(folded[max(sent_start, trig_start - 3):askers[0].start]):
        # "عقد مجلس الأمن جلسة بطلب من الإمارات والصين": the parties after "من" ask, the
        # subject of the clause is asked
        asked = [p for p in left if not (p.generic and p.sector in _PATIENT_SECTORS)]
        actors = _coordinated(askers[0], askers[1:], text, lang)
        return Roles(actors, asked[:1] or (previous_actors or [])[:1], "noun-agent")
    if lang == "ar" and event_type in _PATIENT_TYPES and _AR_PATIENT_NOUN.match(folded, trig_start):
        # "اغتيال القيادي صالح العاروري", "اعتقال الصحفي": the party after the verbal noun undergoes it;
        # the doer is the agent after "على يد" / "من قبل" when one is named
        first = next((p for p in right_actors if p.pronoun is None), None)
        lam = next((p for p in right_actors if first is not None and p.start > first.end
                    and re.search(r"(?:^|\s)ل(?:ل)?$", folded[max(first.end, p.start - 3):p.start])
                    and len(folded[first.end:p.start].split()) <= 3), None)
        if first is not None and lam is not None and not (first.generic and first.sector in _PATIENT_SECTORS):
            # "اعتقال السلطات الإيرانية لصحفية": the genitive does it, the party after "ل" undergoes it
            return Roles(_coordinated(first, [p for p in right_actors if first.start < p.start < lam.start], text, lang),
                         _coordinated(lam, [p for p in right_actors if p.start > lam.start], text, lang), "noun-object")
        agentive = first is not None and (first.kind in ("GPE", "GOV") or first.generic and first.sector in ("GOV", "MIL", "COP"))
        if first is not None and not agentive and len(folded[trig_end:first.start].split()) <= 5:
            agent = next((p for p in right_actors if p.start > first.start
                          and _AR_PASSIVE_AGENT.search(folded[max(trig_end, p.start - 30):p.start])), None)
            targets = [p for p in right_actors if p.start >= first.start and (agent is None or p.start < agent.start)]
            recipients = _coordinated(targets[0], targets[1:], text, lang)
            if agent is not None:
                actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
            elif left and len(folded[left[-1].end:trig_start].split()) <= 4:
                actors = _coordinated_left(left[-1], left[:-1], text, lang)  # "تونس: اعتقال رئيس حزب"
            return Roles(actors, recipients, "noun-object")
    if lang == "ar":
        agent = _ar_noun_agent(right_actors, folded, trig_start, trig_end, event_type, verb)
        if agent is not None:
            # "وساطة قادها الرئيس البيلاروسي", "دعوات الحكومة الليبية": the party the noun belongs to acts
            victims = [a for a in actors if a.generic and a.sector in _PATIENT_SECTORS]  # "قتل خمسة أشخاص في غارة شنتها"
            actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
            rest = [p for p in right_actors if p.start >= actors[-1].end]
            recipients = _coordinated(rest[0], rest[1:], text, lang) if rest else victims
            return Roles(actors, recipients, "noun-agent")
    document_subject = lang == "ar" and bool(_AR_DOCUMENT_SUBJECT.match(folded[trig_end:trig_end + 12]))
    new_clause = lang == "ar" and bool(_AR_NEW_CLAUSE.search(folded[max(sent_start, trig_start - 4):trig_start]))
    conjoined = new_clause and (bool(re.search(r"[وف]\s*$", folded[max(sent_start, trig_start - 3):trig_start]))
                                or folded[trig_start:trig_start + 1] in ("و", "ف"))
    if _ar_finite_verb(folded, trig_start, trig_end, ar_verb_gender) and verb and left and not new_clause \
            and re.search(r"(?:^|\s)[وف]$", folded[max(sent_start, trig_start - 2):trig_start]):
        # "اقتحمت الشرطة السفارة واعتقلت نائب الرئيس": a verb joined by "و" opens a clause of its
        # own even without a comma; the party before it is the previous verb's object
        new_clause = conjoined = True
    if new_clause and not previous_actors and verb and conjoined:
        # "...، واتهمت أنقرة حزب العمال": a coordinated verb after a clause without a subject
        # names its own
        previous_actors = [p for p in [_ar_own_subject(parts, folded, trig_start, trig_end, text, ar_verb_gender)]
                           if p is not None] or None
    if lang == "ar" and previous_actors and new_clause:
        # a participle after a comma ("، داعية مجلس الأمن") keeps the subject; a verb after "و" may not
        own_subject = _ar_own_subject(parts, folded, trig_start, trig_end, text, ar_verb_gender) \
            if verb and conjoined else None
        if own_subject is not None:
            # "...، واعتقلت الشرطة المشتبه به": the coordinated verb names its own subject
            actors = _coordinated(own_subject, [p for p in parts if p.start > own_subject.start
                                                and p.end <= max(trig_end, right_end) and not p.is_place], text, lang)
            remaining = [p for p in right_actors if p not in actors]
            rule = "vso"
        else:
            actors = list(previous_actors)  # "...، ولم تستبعد": same subject as the previous verb
            rule = "coordinated-verb"
    if lang == "ar" and _AR_PARTICIPLE.match(folded, trig_start) \
            and re.search(r"[،,]\s*$", folded[max(sent_start, trig_start - 3):trig_start]):
        # "رحبت الجزائر بالقرار، داعية مجلس الأمن إلى ...": a participle after a comma has the
        # subject of the sentence, and the party after it is its object
        subject = sentence_subject([p for p in left if not p.is_place], text, folded, sent_start, lang)
        if subject:
            actors, rule = subject, "participle"
            remaining = right_actors
    # the preposition may close the trigger itself ("فرض عقوبات على النيجر"): it still governs the party
    subjects = [p for p in right_actors if not _AR_OBJECT_PREP.search(folded[max(trig_start, p.start - 8):p.start])
                or _AR_PARTITIVE.search(folded[max(trig_start, p.start - 20):p.start])
                or lang == "ar" and verb and _ar_officer_subject(p, right_actors, folded, trig_start, trig_end)]
    titled = next((p for p in right_actors if _AR_TITLED_OBJECT.search(folded[max(trig_end, p.start - 45):p.start])), None)
    if titled is not None:  # the subject comes before the object, and so before the parties joined to it
        subjects = [p for p in subjects if p.start < titled.start]
    if lang == "ar" and verb and subjects and subjects[0].kind != "PER":
        # "وطالب رئيس المجلس الأوروبي شارل ميشيل", "وتوعد المتحدث باسم الحوثيين يحيى سريع": the
        # officer named after the body of his title is the subject
        verb_word = re.match(r"\s*\S+", folded[trig_start:trig_end])
        officer = _ar_named_officer(subjects[0], right_actors, folded) if verb_word is not None \
            and _AR_OFFICER_BEFORE.fullmatch(folded, trig_start + verb_word.end(), subjects[0].start) else None
        if officer is not None:
            subjects = [p for p in subjects if p.start >= officer.start]
    if lang == "ar" and subjects and not actors:
        kept = _ar_drop_object_after_verb(subjects, right_actors, text, folded, trig_start, trig_end, ar_verb_gender)
        if not kept and left and verb:
            # "أجبرت السلطات الطائرة على الهبوط، واعتقلت الصحفي": the object follows the verb, whose
            # dropped subject is the sentence's
            actors = sentence_subject(left, text, folded, sent_start, lang)
        subjects = kept
    if not actors and lang == "ar" and (verb or not left) and subjects and not document_subject:
        actors = _coordinated(subjects[0], [p for p in right_actors if p.start > subjects[0].start], text, lang)
        remaining = [p for p in right_actors if p not in actors]
        rule = "vso"
        if previous_actors and event_type in _PATIENT_TYPES and all(a.generic and a.sector in _PATIENT_SECTORS for a in actors) \
                and (re.search(r"(?:^|\s)[وف]$", folded[max(sent_start, trig_start - 2):trig_start])
                     or re.match(r"[وف][اأإيتن]", folded[trig_start:trig_start + 2])):
            # "صادرت الشرطة ... وأوقفت سبعة مشتبه بهم": the suspects are the object, the police the subject
            actors, remaining, rule = list(previous_actors), right_actors, "coordinated-verb"
    if remaining and lang == "ar" and rule == "vso" and actors and actors[0].start > trig_start and actors[0].kind == "PER":
        # "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش حركة حماس": the body inside the
        # subject's title is not the object
        remaining = [p for p in remaining if p.start > actors[0].start]
    if remaining:
        own = {a.code for a in actors if a.code}
        sends_own = event_type in _SENDS_OWN_PARTIES
        own_sectors = {"GOV", "MIL", "COP"} if sends_own else {"GOV"}
        first = next((i for i, p in enumerate(remaining)
                      if not (p.generic and p.code in own and p.sector in own_sectors)), None)
        # "سحب سفيرها لدى فرنسا", "withdrew its troops from Mali": its own envoy or troops are
        # not the recipient
        remaining = remaining[first or 0:] if first is not None or not sends_own else []
    if remaining:
        recipients = _coordinated(remaining[0], remaining[1:], text, lang)
        extra = [p for p in remaining if p not in recipients and p.start - recipients[-1].end < 60
                 and re.match(r"^\s*,?\s*(?:and|et|و)?\s*(?:with|avec|مع)\s", folded[recipients[-1].end:p.start])]
        recipients += extra
    if lang != "ar" and rule == "svo":
        recipients = _opposed_object_first(recipients, remaining, text, folded, trig_end, lang, event_type) \
            or _object_of_trigger_preposition(parts, folded, trig_start, trig_end, right_end, lang, event_type)
    if recipients:
        recipients += _titled_names(recipients[-1], right_actors, folded) \
            or _described_name(recipients[-1], right_actors, text, lang)
    if not recipients and event_type in _SENDS_OWN_PARTIES and lang in _LEFT_STATE and rule in ("svo", "coordinated-verb"):
        # "recalled its ambassador from Paris", "withdrew its troops from Mali": the state left
        left_state = next((p for p in parts if trig_end <= p.start and p.end <= right_end and p.kind in ("GPE", "GOV")
                           and p.pronoun is None and p.key not in {a.key for a in actors}
                           and (_LEFT_STATE[lang].search(folded[max(trig_start, p.start - 40):p.start])
                                or re.fullmatch(r"\s*from\s+(?:the\s+)?", folded[trig_end:p.start]))), None)
        if left_state is not None:
            recipients = [replace(left_state, is_place=False)]
    if not recipients and event_type in _FROM_COUNTERPART_TYPES and lang in _NOUN_FROM and rule == "svo":
        # "turned down an offer from Addis Ababa", "demanded an explanation from Moscow": the party
        # the offer or answer comes from is the one the act answers
        source = next((p for p in right if p.pronoun is None and p.kind in ("GPE", "GOV", "ORG", "IGO", "PER")
                       and _NOUN_FROM[lang].search(folded[max(trig_start, p.start - 60):p.start])), None)
        if source is not None and source.key not in {a.key for a in actors}:
            recipients = [replace(source, is_place=False)]
    if event_type in _GIVING_TYPES and lang in _DESTINATION and rule == "svo":
        # "Spain extradited a Colombian trafficker to the United States", "sent rescue teams to
        # Damascus": the party the goods or people go to receives, not the thing sent
        destination = next((p for p in right if p.pronoun is None and p.kind in ("GPE", "GOV", "ORG", "IGO", "GENERIC")
                            and (not p.is_place or p.kind in ("GPE", "GOV"))
                            and (not recipients or p.start > recipients[0].start)
                            and _DESTINATION[lang].search(text[max(trig_end, p.start - 25):p.start])), None)
        if destination is not None and (not recipients or all(r.generic and r.sector not in ("GOV", "MIL", "COP")
                                                              for r in recipients)):
            recipients = _coordinated(destination, [p for p in right_actors if p.start > destination.start], text, lang)
    if event_type in _PATIENT_TYPES:
        victims = [p for p in actors if p.generic and p.sector in _PATIENT_SECTORS]
        if victims and len(victims) == len(actors):
            recipients = victims + [r for r in recipients if r not in victims]
            actors = []
    if not actors and len(recipients) > 1 and _BETWEEN.search(folded[trig_start:recipients[0].start]):
        # "fighting between the army and the RSF", "pourparlers entre X et Y": X acts, Y is acted on
        actors, recipients, rule = recipients[:1], recipients[1:], "between"
    if not actors:
        # "troops moved into ...", "des missiles russes ont frappé": the party opens the trigger
        inside = [p for p in parts if trig_start <= p.start and p.end <= trig_end and p.pronoun is None
                  and p.start - trig_start <= 20 and not _GENITIVE_BEFORE.search(folded[trig_start:p.start])]
        if inside:
            actors, rule = inside[:1], "inside"
            recipients = [r for r in recipients if r is not inside[0]]
    if lang == "ar" and clitics and event_type not in _PATIENT_TYPES \
            and _ar_possessed_noun(text, trig_start, trig_end, clitics, ar_verb_gender):
        # "خلال استقباله وزير الخارجية", "لقاؤه مع": the pronoun on a verbal noun is its doer, and
        # the party after the noun its object ("اعتقاله", "مقتله" have their patient there)
        objects = [p for p in right_actors if p.pronoun is None and p.start - trig_end <= 40]
        actors = clitics[:1]
        recipients = _coordinated(objects[0], objects[1:], text, lang) if objects else []
        clitics, rule = [], "noun-possessor"
    if clitics and lang == "ar" and subjects and subjects[0].start - trig_end <= 30 and subjects[0] not in actors:
        # "استقبله الرئيس تبون": with its object on the verb, the noun after it is the subject
        actors = _coordinated(subjects[0], [p for p in right_actors if p.start > subjects[0].start], text, lang)
        recipients, rule = [], "vso"
    actor_keys = {p.key for p in actors}
    # "عن شكره": a suffix standing for the actor itself is a possessive, not an object
    clitics = [c for c in clitics if _other_antecedent(c, actor_keys) is not None]
    if clitics and (not recipients or lang == "ar" and verb):
        recipients = clitics[:1]  # "استقبله الرئيس": the suffix is the object, the noun after the subject
    attacker = _qualifying_demonym(parts, folded, trig_start, trig_end, lang) \
        or _weapon_complement_demonym(parts, folded, trig_start, trig_end, lang) if event_type in _ATTACK_TYPES else None
    if attacker is not None and attacker not in actors:
        # "des missiles russes ont frappé", "في غارة أمريكية": the state qualifying the weapon or
        # strike acts; a party told before it is the target
        if not recipients and actors and rule == "svo":
            recipients = [a for a in actors if a.code != attacker.code]
        recipients = [r for r in recipients if r is not attacker]
        actors, rule = [attacker], "qualified-attack"
    if event_type in ("AID", "COOPERATE") and "swap" not in flags and actors \
            and _RECEIVE_VERB[lang].search(folded[max(sent_start, trig_start - 45):trig_end]):
        # "Kenya received equipment from the United States", "حصلت أوكرانيا على مساعدات من
        # ألمانيا": the party after "from" gives, the subject receives
        own_keys = {a.key for a in actors}
        giver = next((p for p in parts if p.start >= trig_end and p.end <= right_end and p.pronoun is None
                      and p.key not in own_keys and _GIVER_BEFORE[lang].search(folded[max(trig_end, p.start - 16):p.start])), None)
        if giver is not None:
            recipients = actors
            actors = _coordinated(giver, [p for p in right_actors if p.start > giver.start], text, lang)
            rule = "receive"
    if "swap" in flags or event_type == "CONSULT" and rule == "svo" and actors and recipients and _HOST_VERB[lang].match(folded, trig_start) \
            and not _HOSTED_EVENT.search(folded[trig_start:recipients[0].start]):
        own = {a.code for a in actors if a.code}
        visitor = next((r for r in recipients if r.code not in own), recipients[0] if recipients else None)
        actors, recipients = ([visitor] if visitor else []), actors
        rule = "host"
    if len(actors) > 1 and not recipients and _mutual(folded, sent_start, trig_start, trig_end, lang):
        # "Azerbaijan and Armenia accused each other": the first acts on the others (the
        # coder adds the event the other way round)
        actors, recipients, rule = actors[:1], actors[1:], "mutual"
    if not recipients and previous_recipients and rule in ("coordinated-verb", "participle") \
            and event_type in _SHARED_OBJECT_TYPES:
        # "blamed Israel and vowed revenge": the coordinated verb is aimed at the same party
        recipients = list(previous_recipients)
    if not actors and lang in _PARTICIPLE_AGENT and rule == "svo":
        # "une cargaison de matériel médical offerte par l'Algérie": the agent of the participle
        # that follows the nominal trigger
        agent = next((p for p in right_actors[:1] if _PARTICIPLE_AGENT[lang].match(folded[trig_end:p.start])), None)
        if agent is not None:
            actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
            recipients = [r for r in recipients if r not in actors]
            rule = "passive"
    if not actors and lang in _LATE_AGENT and rule == "svo":
        # "un accord ..., parrainé par Moscou, a été signé dans la nuit par l'Arménie et l'Azerbaïdjan":
        # the agent of the trigger's own passive verb acts
        agent = next((p for p in right_actors if _LATE_AGENT[lang].search(folded[trig_start:p.start])
                      and _AGENT[lang].search(folded[max(trig_start, p.start - 25):p.start])), None)
        if agent is not None:
            actors = _coordinated(agent, [p for p in right_actors if p.start > agent.start], text, lang)
            recipients = [r for r in recipients if r not in actors]
            rule = "passive"
    if event_type in _ATTACK_TYPES and actors and rule in ("svo", "vso") \
            and _SURVIVED[lang].search(folded[max(sent_start, trig_start - 80):trig_start]):
        # "X survived an assassination attempt", "نجا X من محاولة اغتيال": X is the target
        recipients, actors, rule = actors, [], "survived"
    if rule == "svo" and event_type in _SHARED_OBJECT_TYPES and (
            not recipients or _COMPLEMENT_OPENING.match(folded[trig_end:recipients[0].start])):
        # the object stands before the verb as a relative pronoun; a party in the
        # complement after it ("accuse de soutenir les rebelles") is not the object
        relative = _relative_object(parts, left, text, folded, sent_start, trig_start, lang)
        if relative is not None and relative[0]:
            (actors, recipients), rule = relative, "relative-object"
    clash = _hurt_in_clash(actors, recipients, folded, trig_start, trig_end, lang) \
        if event_type in _ATTACK_TYPES and rule == "svo" else None
    if clash is not None:
        (actors, recipients), rule = clash, "hurt-in-clash"
    reported = _reported_accusation(left, actors, folded, trig_start, lang) \
        if event_type == "ACCUSE" and rule == "svo" else None
    if reported is not None:
        # "Western leaders said the Kremlin bore responsibility": the speaker accuses, the
        # subject of the reported predicate is accused
        (actors, recipients), rule = reported, "reported-accusation"
    actors = _expand_pairs(actors)
    actor_keys = {p.key for p in actors}
    recipients = [_other_antecedent(r, actor_keys) for r in _expand_pairs(recipients)]
    recipients = [r for r in recipients if r is not None and r.key not in actor_keys]
    return Roles(actors, recipients, rule)


# an accusation told as a predicate of the accused: "X bore responsibility", "X was committing genocide"
_ACCUSED_PREDICATE = {
    "en": re.compile(r"(?:was|were|is|are|had been|has been|have been|bore|bears?|committed|commits|committing)\b", re.I),
}
# "Amnesty International said on Thursday that": the frame that reports what the speaker holds
_REPORTING_FRAME = {
    "en": re.compile(r"\s*(?:,[^,;.]{0,60},\s*)?(?:also\s+)?(?:said|says|concluded|found|argued|insisted|claimed|stated|"
                     r"declared|charged|alleged|maintained|asserted|believes|believed|added)\s+"
                     r"(?:(?:on|late on|early on)\s+\w+\s+|in an? (?:statement|report)(?: published on \w+)?\s+)?"
                     r"(?:that\s+)?(?:the\s+)?", re.I),
}


def _reported_accusation(left: list[Participant], actors: list[Participant], folded: str, trig_start: int,
                         lang: str) -> tuple[list[Participant], list[Participant]] | None:
    """The speaker and the accused of an accusation told as the accused's predicate after a
    reporting verb ("Amnesty said that Israel was committing genocide")."""
    if lang not in _ACCUSED_PREDICATE or len(left) < 2 or not actors or left[-1] not in actors:
        return None
    if not _ACCUSED_PREDICATE[lang].match(folded, trig_start):
        return None
    speaker, accused = left[-2], left[-1]
    if speaker.key == accused.key or accused.pronoun is not None \
            or not _REPORTING_FRAME[lang].fullmatch(folded, speaker.end, accused.start):
        return None
    return [speaker], [accused]


def _expand_pairs(parts: list[Participant]) -> list[Participant]:
    """"the two presidents", "الرئيسان": each of the two persons the description stands for."""
    if not any(p.pronoun == "pair" for p in parts):
        return parts
    out: list[Participant] = []
    for p in parts:
        out.append(p)
        if p.pronoun == "pair":
            out.extend(replace(a, start=p.start, end=p.end, text=p.text, is_place=False, pronoun="pair",
                               antecedents=p.antecedents) for a in p.antecedents[1:])
    return out


# ", and Seoul summoned ...", "et Paris a rappelé ...": a party opening a coordinated clause
_NEXT_CLAUSE_OPEN = {
    "en": re.compile(r"(?:,\s*(?:and|but|while)?|\b(?:and|but|while))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I),
    "fr": re.compile(r"(?:,\s*(?:et|mais|tandis que)|\bmais)\s+(?:la\s+|le\s+|les\s+|l')?(?:[\w'’-]+\s+){0,2}$", re.I),
}
_NEXT_VERB_GAP = {
    "en": re.compile(r"^\s*(?:(?:has|have|had|also|then|later|swiftly|quickly|immediately|in turn|for its part|on \w+day)\s*,?\s*)*$", re.I),
    "fr": re.compile(r"^\s*(?:(?:a|ont|avait|avaient|aussi|également|ensuite|aussitôt|de son côté|pour sa part|\w+di)\s*,?\s*)*$", re.I),
}


def _before_next_subject(right: list[Participant], folded: str, next_start: int, lang: str) -> list[Participant]:
    """Drop the subject of the next coordinated clause and what follows it from the
    parties after a trigger: "criticised the plan, and Seoul summoned ..." does not make
    Seoul a recipient of the criticism."""
    for i, p in enumerate(right):
        if p.is_place or not _NEXT_VERB_GAP[lang].match(folded[p.end:next_start]):
            continue
        head = _coordinated_left(p, right[:i], folded, lang)[0]
        if _NEXT_CLAUSE_OPEN[lang].search(folded[max(0, head.start - 30):head.start]):
            return right[:right.index(head)]
    return right


# "a salué la décision et appelé Paris à ...": a participle coordinated after the trigger's
# own words opens a predicate of its own, whose object is not the trigger's
_FR_COORDINATED_VERB = re.compile(
    r"\b(?:et|puis)\s+(?:a\s+|ont\s+)?(?:(?:aussi|également|ensuite|aussitôt|notamment|enfin)\s+)?"
    r"(?:l'|les\s+|lui\s+|leur\s+|s')?(?P<verb>(?!(?:puis|plus|tous|depuis|surtout|jusqu\w*|ainsi|aussi)\b)"
    r"\w{2,}(?:é|ée|és|ées|is|it|u|us|int))\s")
# "... et le président Petro Porochenko a proposé", ", et Joe Biden l'a jugée": the subject of a
# coordinated clause, told by the auxiliary right after it
_FR_CLAUSE_SUBJECT_BEFORE = re.compile(r"\b(?:et|mais|puis)\s+(?:la\s+|le\s+|les\s+|l')?"
                                       r"(?:(?!(?:où|qui|que|qu|dont|lorsque|quand|si)\b)[\w'’-]+\s+){0,3}$")
_FR_CLAUSE_SUBJECT_AFTER = re.compile(r"\s*(?:(?:l'|les\s+|lui\s+|leur\s+|en\s+|y\s+|s')\s*)?"
                                      r"(?:a|ont|avait|avaient|va|vont|doit|doivent|aurait|auraient)\s")


def fr_parties_before_coordinated_clause(right: list[Participant], folded: str, trig_end: int) -> list[Participant]:
    """The parties after a French trigger up to a coordinated predicate or clause: "a salué la
    décision et appelé Paris à juger" does not make Paris the one praised, nor ", et le président
    Joe Biden l'a jugée" Joe Biden the one denounced."""
    for i, p in enumerate(right):
        gap = folded[trig_end:p.start]
        verb = _FR_COORDINATED_VERB.search(gap)
        # a party's name is no verb ("et Moscou", "et Paris")
        if verb is not None and gap[:verb.start()].strip(" «»\"'") \
                and not any(q.start <= trig_end + verb.start("verb") < q.end for q in right):
            return right[:i]
        if p.is_place or not _FR_CLAUSE_SUBJECT_AFTER.match(folded, p.end):
            continue
        head = _coordinated_left(p, right[:i], folded, "fr")[0]
        if head.start > trig_end and _FR_CLAUSE_SUBJECT_BEFORE.search(folded[max(trig_end, head.start - 40):head.start]):
            return right[:right.index(head)]
    return right


def _fr_opening_phrase(parts: list[Participant], right: list[Participant], folded: str, sent_start: int,
                       trig_start: int, trig_end: int, right_limit: int, flags: frozenset[str],
                       text: str) -> Roles | None:
    """"En visite à Kigali, Emmanuel Macron a ...", "Réunis à Istanbul, les négociateurs russes et
    ukrainiens ...", "Reçu jeudi à l'Élysée, le président nigérien ...": a phrase opening the
    sentence on its trigger has for subject the party right after its comma; a host verb's seat
    named in the phrase receives that subject."""
    lead = folded[sent_start:trig_start].strip(" «»\"'")
    if lead not in ("", "en") or not (lead == "en" or _OPENING_PARTICIPLE["fr"].match(folded, trig_start)
                                      or re.match(r"en\s+visite\b", folded[trig_start:trig_end])):
        return None
    if re.match(r"(?:sous|sur|à)\b", folded[trig_start:trig_end]) or re.search(r"\b(?:de|du|des|d')\s*$", folded[trig_start:trig_end]):
        return None  # "Sous l'égide de Pékin, ...": the party of the phrase mediates, the subject is met
    comma = folded.find(",", trig_end, right_limit)
    if comma < 0:
        return None
    subject = next((p for p in parts if p.start > comma and not p.is_place and p.pronoun != "object"
                    and "," not in folded[comma + 1:p.start] and len(folded[comma + 1:p.start].split()) <= 3), None)
    if subject is None:
        return None
    actors = _coordinated(subject, [p for p in parts if p.start > subject.start and not p.is_place], text, "fr")
    inside = [p for p in right if p.end <= comma]
    if "swap" in flags or _HOST_VERB["fr"].match(folded, trig_start):
        seat = [p for p in inside if not p.is_place or p.kind in ("GOV", "GPE")][:1]
        if not seat or any(_AGENT["fr"].search(folded[max(trig_start, p.start - 25):p.start]) for p in inside):
            return None  # an agent after "par" is read by the opening-participle rule
        return Roles(actors, [replace(seat[0], is_place=False)], "host")
    return Roles(actors, [p for p in inside if not p.is_place], "svo")


_ATTACK_TYPES = {"ASSAULT"}
_BARE_PARTICIPLE = {
    "en": re.compile(r"\w{3,}ed\b", re.I),
    "fr": re.compile(r"\w{2,}(?:é|ée|és|ées)\b", re.I),
}
_PARTICIPLE_AGENT = {
    "en": re.compile(r"[^,;.]{0,60}\b\w+(?:ed|en)\s+by\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"[^,;.]{0,60}\b\w+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|ites|ert|erte|erts|ertes|u|ue|us|ues)"
                     r"\s+par\s+(?:la\s+|le\s+|les\s+|l')?$", re.I),
}
_LATE_AGENT = {
    "en": re.compile(r"^[^,;]{0,40}?\b(?:was|were|has been|have been|had been)\s+\w+ed\b[^,;]{0,30}\bby\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"^[^;]{0,70}?\b(?:a|ont|avait|avaient)\s+été\s+\w+(?:é|és|ée|ées|u|us|ue|ues|is|it|ite)\b[^,;]{0,30}"
                     r"\bpar\s+(?:la\s+|le\s+|les\s+|l')?$", re.I),
}
_SURVIVED = {
    "en": re.compile(r"\b(?:survived|survives|escaped|escapes|unhurt in|unharmed in)\b(?![^,;.]*\b(?:and|but)\b)[^,;.]*$", re.I),
    "fr": re.compile(r"\b(?:survécu|survit|réchappé|échappé|échappe|indemne)\b[^,;.]*$", re.I),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:نجا|نجت|ينجو|تنجو|نجاته|نجاتها|نجاه)(?:\s|$)[^،,.؛]*$"),
}
# nouns of attacks and weapons, and the adjectives that may come between them and a demonym
_ATTACK_NOUN = {
    "fr": re.compile(r"(?:frappes?|raids?|bombardements?|attaques?|offensives?|missiles?|drones?|roquettes?|obus|"
                     r"tirs|incursions?|opérations?|assauts?)$"),
    "ar": re.compile(r"(?:[وفبل]|ال)*(?:غار\S*|قصف|هجوم\S*|ضرب\S*|صاروخ\S*|صواريخ|مسير\S*|طائر\S*|اعتداء\S*|"
                     r"عدوان|توغل|عملي\S*)$"),
}
_ATTACK_ADJECTIVE = re.compile(r"aériens?|aériennes?|terrestres?|navals?|navales?|جوي(?:ة|ه)?|بري(?:ة|ه)?|بحري(?:ة|ه)?|مسير(?:ة|ه)")


def _qualifying_demonym(parts: list[Participant], folded: str, trig_start: int, trig_end: int,
                        lang: str) -> Participant | None:
    """A bare demonym right after an attack noun ("frappe israélienne", "غارة جوية أمريكية")."""
    if lang not in _ATTACK_NOUN:
        return None  # English puts the demonym before the noun, where it is the subject anyway
    words = folded[trig_start:trig_end].split()
    if not words or not _ATTACK_NOUN[lang].match(words[-1]):
        return None
    after = next((p for p in parts if p.start >= trig_end), None)
    if after is None or not (after.generic and after.sector is None) or after.start - trig_end > 20:
        return None
    gap = folded[trig_end:after.start].split()
    if len(gap) > 1 or any(not _ATTACK_ADJECTIVE.fullmatch(w) for w in gap):
        return None
    return after


# "a deal mediated by Beijing", "a commitment hailed by campaigners": a participle with its agent
# (French participles are left to the lexicon: "une peine prononcée par" is read from its trigger)
_PARTICIPLE_END = {
    "en": re.compile(r"\w{3,}ed(?:\s+by)?$", re.I),
}
_AGENT_RIGHT_AFTER = {
    "en": re.compile(r"^\s*(?:by\s+)?(?:the\s+)?$", re.I),
}


def _reduced_passive(right: list[Participant], folded: str, trig_start: int, trig_end: int, lang: str) -> bool:
    """A past participle followed at once by "by" and a party, with no auxiliary before."""
    if lang not in _PARTICIPLE_END or not right:
        return False
    trigger = folded[trig_start:trig_end].rstrip()
    if not _PARTICIPLE_END[lang].search(trigger):
        return False
    gap = folded[trig_end:right[0].start]
    by = re.search(r"\bby$", trigger) or re.match(r"^\s*by\b", gap)
    return bool(by) and bool(_AGENT_RIGHT_AFTER[lang].match(gap)) and not right[0].is_place


def _mutual(folded: str, sent_start: int, trig_start: int, trig_end: int, lang: str) -> bool:
    return bool(_MUTUAL_AFTER[lang].match(folded[trig_end:trig_end + 40])
                or _MUTUAL_BEFORE[lang].search(folded[max(sent_start, trig_start - 50):trig_start]))


def _other_antecedent(p: Participant, actor_keys: set[str]) -> Participant | None:
    """"Ba congratulated him": the pronoun is not the subject; the next person back is meant."""
    if p.pronoun is None or p.key not in actor_keys:
        return p
    other = next((a for a in p.antecedents if a.key not in actor_keys), None)
    if other is None:
        return None
    return Participant(p.start, p.end, p.text, other.kind, code=other.code, sector=other.sector,
                       identifier_id=other.identifier_id, identifier_text=other.identifier_text,
                       actor_id=other.actor_id, pronoun=p.pronoun, antecedents=p.antecedents)


def sentence_subject(parts: list[Participant], text: str, folded: str, sent_start: int,
                     lang: str) -> list[Participant]:
    """The first party of a sentence that no preposition governs, with the parties
    coordinated to it ("China and South Korea ..."): the sentence's subject in most wire
    sentences, whether the verb comes after it (en, fr) or before it (ar)."""
    lang = lang if lang in _CLAUSE_BREAK else "en"
    for i, p in enumerate(parts):
        before = folded[max(sent_start, p.start - 14):p.start]
        governed = _AR_OBJECT_PREP.search(before) if lang == "ar" else _OBJECT_PREP[lang].search(before)
        if not governed and not (p.generic and p.sector in _PATIENT_SECTORS):
            return _coordinated(p, parts[i + 1:], text, lang)
    return []


# English and French government of the verb: objects marked by their preposition, named
# operations, progressive forms and the patients of clashes.

# "were expelling", "is sending": a progressive is active although "be" stands before it
_PROGRESSIVE = {
    "en": re.compile(r"(?!being\b)[a-z]{2,}ing\b", re.I),
}


# "it was ready to accept", "they were prepared to use force": "be" and an adjective, no passive
_PREDICATE_ADJECTIVE = {
    "en": re.compile(r"(?:ready|willing|unwilling|prepared to|eager|keen|determined to|poised|open to|"
                     r"reluctant|able|unable|due to|set to|about to)\b", re.I),
}


def _progressive_active(folded: str, trig_start: int, lang: str) -> bool:
    """The trigger opens on an -ing form or a predicate adjective ("was ready to"), so a "be"
    before it makes no passive."""
    return lang in _PROGRESSIVE and bool(_PROGRESSIVE[lang].match(folded, trig_start)
                                         or _PREDICATE_ADJECTIVE[lang].match(folded, trig_start))


# "an offensive dubbed X", "une offensive baptisée « X »": the name of an operation, not a party
_OPERATION_NAMING = re.compile(
    r"\b(?:dubbed|code-?named|codenamed|named|called|baptisée?s?|nommée?s?|surnommée?s?|intitulée?s?|nom de code)"
    r"\s*$", re.I)
_OPERATION_QUOTED = re.compile(r"\b(?:operation|opération|offensive)\s*[«\"“]\s*$", re.I)


def _named_operation(p: Participant, text: str, folded: str, trig_end: int) -> bool:
    before = max(trig_end, p.start - 30)
    if _OPERATION_QUOTED.search(text[before:p.start]):
        return True
    return bool(_OPERATION_NAMING.search(folded[before:p.start].rstrip(" \"'")))


# types whose target is the object of "against" / "contre" when one is named
_OPPOSED_TYPES = {"ASSAULT", "PROTEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "MOBILIZE"}
# "against the Kurdish militia", "contre le président": up to three words (title, adjective) between
_AGAINST_BEFORE = {
    "en": re.compile(r"\bagainst\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", re.I),
    "fr": re.compile(r"\bcontre\s+(?:la\s+|le\s+|les\s+|l'|un\s+|une\s+|des\s+|du\s+|son\s+|sa\s+|ses\s+|leur\s+|leurs\s+)?"
                     r"(?:[\w'’-]+\s+){0,3}$", re.I),
}


def _opposed_object_first(recipients: list[Participant], right_actors: list[Participant], text: str,
                          folded: str, trig_end: int, lang: str, event_type: str) -> list[Participant]:
    """"protested in the capital's main square against the president", "a lancé une offensive
    « X » contre la milice": the party governed by "against" / "contre" is the target, not a
    party told before it (a place, a name, the institution that reported)."""
    if event_type not in _OPPOSED_TYPES or lang not in _AGAINST_BEFORE:
        return recipients
    if recipients and _AGAINST_BEFORE[lang].search(folded[max(trig_end, recipients[0].start - 40):recipients[0].start]):
        return recipients
    opposed = next((p for p in right_actors if _AGAINST_BEFORE[lang].search(folded[max(trig_end, p.start - 40):p.start])
                    and not re.search(r"[,;]", folded[max(trig_end, p.start - 40):p.start])), None)
    if opposed is None or recipients and opposed.start < recipients[0].start:
        return recipients
    return _coordinated(opposed, [p for p in right_actors if p.start > opposed.start], text, lang)


# "peacekeepers were injured in clashes with protesters", "des policiers ont été blessés lors
# d'affrontements avec des manifestants": the subject of the passive suffers the attack, and the
# party "with" whom it clashed acts
_HURT_IN = {
    "en": re.compile(r"\b(?:was|were|been|got)\s+(?:\w+ly\s+)?(?:injured|wounded|killed|hurt|shot|attacked)\b"
                     r"[^,;.]{0,50}\b(?:in|during|amid)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}$", re.I),
    "fr": re.compile(r"\b(?:été|sont|est)\s+(?:\w+\s+)?(?:blessé|tué|attaqué|agressé)\w*\b"
                     r"[^,;.]{0,50}(?:\blors d'|\bdans\s+|\bau cours d'|\bpendant\s+)(?:une?\s+|des\s+|les\s+|la\s+|le\s+|l')?"
                     r"(?:[\w'’-]+\s+){0,2}$", re.I),
}
_CLASH_WITH = {
    "en": re.compile(r"(?:^|\s)with\s*(?:the\s+)?$|^\s*with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I),
    "fr": re.compile(r"(?:^|\s)avec\s*(?:la\s+|le\s+|les\s+|l'|des\s+)?$|^\s*avec\s+(?:la\s+|le\s+|les\s+|l'|des\s+)?(?:[\w'’-]+\s+){0,2}$", re.I),
}


def _hurt_in_clash(actors: list[Participant], recipients: list[Participant], folded: str, trig_start: int,
                   trig_end: int, lang: str) -> tuple[list[Participant], list[Participant]] | None:
    """The roles of an attack noun whose subject was hurt in it: (attackers, victims), or None
    when the sentence is not built so."""
    if lang not in _HURT_IN or not actors or not _HURT_IN[lang].search(folded[actors[-1].end:trig_start]):
        return None
    attackers = recipients if recipients and (
        _CLASH_WITH[lang].search(folded[trig_start:trig_end])
        or _CLASH_WITH[lang].match(folded[trig_end:recipients[0].start])) else []
    return attackers, actors


# "in the streets of Khartoum", "Nigeria's Kaduna state", "à travers le poste-frontière d'Adré":
# a name inside a phrase of place is where the event happens, not a party to it
_PLACE_HEAD_BEFORE = re.compile(
    r"\b(?:streets|city|town|village|region|province|district|outskirts|suburbs|rues|ville|localité|village|région|"
    r"province|district|quartier|banlieue|environs|faubourgs|poste-frontière|frontière)\s+(?:of|de|d'|du|des)\s*"
    r"(?:the\s+|la\s+|le\s+|l')?$", re.I)
_PLACE_HEAD_AFTER = re.compile(
    r"\s*(?:state|province|region|district|county|crossing|border crossing|airport|neighbourhood|neighborhood)\b", re.I)


def _inside_place_phrase(p: Participant, folded: str, trig_end: int) -> bool:
    # a demonym before "state" or "region" ("a Palestinian state") names a party, not a place
    return bool(_PLACE_HEAD_BEFORE.search(folded[max(trig_end, p.start - 40):p.start])
                or not p.generic and _PLACE_HEAD_AFTER.match(folded, p.end)) and p.kind != "PER"


# "lashed out at Israel", "s'est plaint auprès de l'ambassadeur": the trigger ends on the preposition
# it governs, so the party after it is its object even where the preposition made it a place
_GOVERNED_PREPOSITION_END = {
    "en": re.compile(r"\b(?:at|against|with|toward|towards)\s*$", re.I),
    "fr": re.compile(r"(?:\bauprès\s+(?:de|du|des|d')|\bavec|\bcontre|\benvers)\s*$", re.I),
}
_PLACE_OBJECT_TYPES = {"ACCUSE", "THREATEN", "ASSAULT", "REQUEST", "REJECT", "SUPPORT", "PROTEST", "COERCE",
                       "SANCTION", "AGREE", "COOPERATE"}


def _object_of_trigger_preposition(parts: list[Participant], folded: str, trig_start: int, trig_end: int,
                                   right_end: int, lang: str, event_type: str) -> list[Participant]:
    if lang not in _GOVERNED_PREPOSITION_END or event_type not in _PLACE_OBJECT_TYPES \
            or not _GOVERNED_PREPOSITION_END[lang].search(folded[trig_start:trig_end]):
        return []
    first = next((p for p in parts if trig_end <= p.start and p.end <= right_end), None)
    if first is None or not first.is_place or first.kind == "LOC" \
            or not re.fullmatch(r"\s*(?:the\s+|la\s+|le\s+|les\s+|l'|des\s+|du\s+)?", folded[trig_end:first.start], re.I):
        return []
    return [first]


# "des tirs d'obus israéliens", "des frappes de drones russes": the demonym qualifies the weapon
# named in the attack noun's complement, and its state fires
_WEAPON_COMPLEMENT = re.compile(
    r"\s*(?:de\s+|d')(?:obus|missiles?|roquettes?|drones?|artillerie|mortiers?|chars?|avions?|hélicoptères?)\s+$", re.I)


def _weapon_complement_demonym(parts: list[Participant], folded: str, trig_start: int, trig_end: int,
                               lang: str) -> Participant | None:
    if lang != "fr":
        return None
    words = folded[trig_start:trig_end].split()
    if not words or not _ATTACK_NOUN["fr"].match(words[-1]):
        return None
    after = next((p for p in parts if p.start >= trig_end), None)
    if after is None or not (after.generic and after.sector is None) \
            or not _WEAPON_COMPLEMENT.fullmatch(folded[trig_end:after.start]):
        return None
    return after


# "le Front ..., que le Premier ministre accuse de", "the bloc, which they accused of": the
# relative pronoun stands for the party just before it, the verb's object
_RELATIVE_OBJECT = {
    "en": re.compile(r"^(?:(?:\s+[\w'’-]+){0,2}\s*,)?\s*(?:which|whom)\s+(?P<gap>[^,;.]{0,60})$", re.I),
    "fr": re.compile(r"^(?:(?:\s+[\w'’-]+){0,2}\s*,)?\s*(?:que\s+|qu')(?P<gap>[^,;.]{0,60})$", re.I),
}
_COMPLEMENT_OPENING = re.compile(r"\s*(?:(?:of|to|de|à)\s+|d')\w+", re.I)
_SUBJECT_PRONOUN = {
    "en": re.compile(r"^(?:it|they|he|she)\s+(?:[\w'’]+\s+){0,2}$", re.I),
    "fr": re.compile(r"^(?:il|ils|elle|elles|on)\s+(?:[\w'’]+\s+){0,2}$", re.I),
}


def _relative_object(parts: list[Participant], left: list[Participant], text: str, folded: str,
                     sent_start: int, trig_start: int, lang: str) -> tuple[list[Participant], list[Participant]] | None:
    """(actors, recipients) of a verb in a relative clause whose pronoun is its object."""
    if lang not in _RELATIVE_OBJECT or not left:
        return None
    for i in range(len(left) - 1, -1, -1):
        found = _RELATIVE_OBJECT[lang].match(folded[left[i].end:trig_start])
        if found is None:
            continue
        antecedent, inside = left[i], left[i + 1:]
        if inside:
            actors = _coordinated(inside[0], inside[1:], text, lang)
        elif _SUBJECT_PRONOUN[lang].match(found.group("gap")):
            actors = sentence_subject([p for p in parts if p.end <= antecedent.start and not p.is_place],
                                      text, folded, sent_start, lang)
        else:
            return None
        return actors, [antecedent]
    return None
