"""Negation and auxiliary mode (future, hypothetical, historical) of a trigger."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from wirewatch.events.arabic import refusal_is_no_negation
from wirewatch.events.lexicon import AR_MARKS, Lexicon, TriggerRule, any_match
from wirewatch.events.triggers import find_triggers

_BEFORE_WINDOW = 60

# A cancelled event did not happen ("called off strikes", "a annulé la visite", "ألغى القمة").
_CANCELLED = {
    "en": re.compile(r"(?<![\w])(?:called off|cancell?ed|cancell?ing|scrapped|calls? off|cancels?)\s+"
                     r"(?:[\w'-]+\s+){0,3}$"),
    "fr": re.compile(r"(?<![\w])(?:annulé|annule|annulent|annulation de)\s+"
                     r"(?:(?:à la dernière minute|au dernier moment|in extremis|purement et simplement)\s+)?(?:\w+\s+){0,1}"
                     r"(?:la\s+|le\s+|l'|les\s+|sa\s+|son\s+|ses\s+|leur\s+)?(?:\w+\s+){0,1}"
                     r"(?:(?:de|du|des)\s+(?:son\s+|sa\s+|ses\s+|leur\s+|la\s+|l')?\w+\s+)?$"),
    # Arabic verbs come first: the subject stands between the verb and the cancelled event;
    # what replaces the cancelled one ("لصالح اتفاق", "in favour of a deal") is not cancelled
    "ar": re.compile(r"(?:^|\s)[وف]?(?:الغي|الغت|يلغي|تلغي|الغاء)\s+(?:(?!(?:لصالح|مقابل|بدلا|بدل)\s)\S+\s+){0,5}$"),
}
def _coordinated_arabic_verb(folded: str, trig_start: int, lex: Lexicon) -> bool:
    """An Arabic trigger right after a conjunction at the start of its word ("وأوقفت"): a verb of
    its own, which a cancellation before it does not reach ("ألغت ترخيص القناة وأوقفت نشاطها")."""
    return lex.lang == "ar" and trig_start >= 1 and folded[trig_start - 1] in "وف" \
        and (trig_start < 2 or not folded[trig_start - 2].isalpha())


# A denial governs its complement clause: "denied that he had met", "نفى أن يكون قد التقى".
_DENIAL = {
    "en": re.compile(r"(?<![\w])(?:(?:denied|denies|deny|denying)\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday"
                     r"|friday|saturday|sunday|yesterday|today|again|also|flatly|strongly|categorically)\s+)?"
                     r"(?:that|having|it had|reports that)"
                     r"|(?:dismiss|reject|refut|deni)(?:ed|es|s|ing)?\s+(?:the\s+)?(?:reports?|claims?|allegations?"
                     r"|accusations?|suggestions?)\s+that)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?:(?:démenti|dément|démentent|nié|nie|nient)\s+(?:\w+\s+){0,2}?(?:que|qu'|avoir)"
                     r"|(?:démenti|dément|nié|rejeté|rejette|balayé|réfuté)\s+(?:les|des|ces)\s+(?:informations"
                     r"|accusations|allégations|affirmations|rumeurs|articles)\s+selon\s+lesquel(?:le)?s)"),
    # "نفى أن"، "نفت التقارير التي تفيد بأنها زودت"
    "ar": re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)\s+(?:\S+\s+){0,4}?ب?ان(?:ه|ها|هم)?(?:\s|$)"),
}
_FR_REFLEXIVE = {"se", "me", "nous", "vous"}
# French trigger nouns that end like a conditional or a future ("retrait", "extrait").
_FR_NOUN_ENDING = re.compile(r"(?:trait|tra)$")
# The second particle of "ne ... pas" or a word that is negative by itself ("sans", "refuser de").
_FR_NEGATIVE_WORD = re.compile(r"\b(?:pas|jamais|plus|point|guère|nullement|aucunement|aucune?s?|ni|sans|personne|rien|refus\w*|renon\w*|abst\w*|déclin\w*|gardée?s?|dément\w*|démenti\w*|nié|nie|nient|réfut\w*)\b")
# A negated verb of avoiding or a negated restriction asserts its complement:
# "did not hesitate to strike", "n'exclut pas de frapper", "لم يتردد في", "not only ... but".
# A negated verb of stopping asserts that the event goes on: "never stopped backing",
# "n'a jamais cessé de soutenir", "لم تتوقف عن دعم".
_DOUBLE_NEGATIVE = {
    "en": re.compile(r"\b(?:hesitat\w*|rule[sd]? out|ruling out|exclud\w*|only|just|least|matter|doubt|sooner"
                     r"|stop(?:s|ped|ping)?(?! short)|ceas\w*|halt(?:s|ed|ing)?|let up)\b"),
    "fr": re.compile(r"\b(?:hésit\w*|exclu\w*|seulement|uniquement|manqu\w*|empêch\w*|cess\w*)\b"),
    "ar": re.compile(r"(?:^|\s)(?:يتردد|تتردد|يترددوا|يستبعد|تستبعد|نستبعد|يكتف|تكتف|يكتفي|تكتفي|فقط"
                     r"|يتوقف|تتوقف|يتوقفوا|يكف|تكف|يكفوا|ينفك|تنفك|يتوان|تتوان)(?:\s|$)"),
}
# A negated verb of confirming or claiming leaves its object undecided, not negated: "did not
# confirm his death", "n'a pas confirmé la frappe", "لم تؤكد الحركة مقتله", "لم تعلن أي جهة مسؤوليتها".
_UNCONFIRMED = re.compile(r"\b(?:confirm\w*|comment\w*|claim\w*|revendiqu\w*)"
                          r"|(?:^|\s)[وف]?(?:يؤكد|تؤكد|يؤكدوا|يعلق|تعلق|يعلن|تعلن|يتبن|تتبن)(?:\s|$)")
# Refusing to receive, visit or attend negates the meeting (the refusal itself is a REJECT);
# refusing to accuse or blame ("رفض اتهام موسكو") is a negated accusation.
_AR_REFUSED_MEETING = re.compile(r"(?:ال)?(?:استقبال|زيار|حضور|لقاء|مقابل)|(?:اتهام|انتقاد|تحميل)(?!ات)")
# Arabic "ما" before a perfect verb at the start of a sentence negates it ("ما التقى" = did not meet);
# before an imperfect or in "ما إن", "ما زال" it does not.
_AR_MA_CLAUSE_START = re.compile(r"^\s*[وف]?ما\s+$")
# "ما لم" is "unless": the particle لم after it opens a condition ("ستعرقل انضمامهما ما لم تتوقفا عن ...")
_AR_UNLESS = re.compile(r"(?:^|\s)[وف]?ما\s+لم$")
_AR_IMPERFECT_PREFIX = "يتن"
_AR_MA_RELATIVE = re.compile(r"(?:ادي|اثار|اثارت|اسفر|اسفرت|دفع|دفعت|جعل|يعني)(?:\s|$)")
# Words that end the trigger's clause on its right before a cue of another verb can apply.
# ("and", "et", "و" also join the parties of a noun phrase: "talks between Iran and the US might resume")
_COORDINATION = re.compile(r"\s(?:but|while|whereas|mais|alors que|tandis que|puis|لكن|بينما|فيما|ثم)\s")
# a denial does not reach past a contrast or a clause of time: "denied having opened fire, although
# witnesses said soldiers shot", "denied that he was racist, days after the AU condemned his remarks",
# nor past the denier's next verb ("denied that its forces had shelled the plant and blamed Kyiv")
_CONTRAST = re.compile(r"[;]|\band\s+(?=\w+ed\b)|\b(?:although|though|but|while|whereas|after|before|since|when|mais"
                       r"|alors que|tandis que"
                       r"|bien que|pourtant|après|avant|depuis|lorsque|quand)\b"
                       r"|(?:^|\s)(?:لكن|لكنه|لكنها|بينما|فيما|رغم ان|بعد|قبل|عندما|منذ)(?:\s|$)")
# a participial or coordinated clause after a comma is the denier's own act, out of the denial's reach:
# "denied sending weapons, calling the claims groundless", "a démenti ..., qualifiant", "نفت ...، ووصفت"
_OWN_CLAUSE = re.compile(r"[,،]\s*(?:\w+(?:ant|ing)\b|و\w)")
def within_denial(folded: str, denial_start: int, trig_start: int) -> bool:
    """Whether a trigger at ``trig_start`` lies in the complement of the denial verb at
    ``denial_start``: close after it, with no contrast, clause of time or clause of the denier's
    own between them ("denied the strike, calling the claims groundless")."""
    if not 0 < trig_start - denial_start <= 120:
        return False
    end = folded.find(" ", denial_start)
    end = trig_start if end < 0 or end > trig_start else end
    return _CONTRAST.search(folded, end, trig_start) is None and _OWN_CLAUSE.search(folded, end, trig_start) is None \
        and re.search(r"[.;؛]", folded[end:trig_start]) is None


# Negation words that are not verbs themselves (unlike "refused to", "s'est abstenu de").
_PARTICLE = re.compile(r"(?:not|never|no|neither|nor|n't|\w+n't|ne|n'\w*|ni|[وف]?(?:لم|لن|لا|ما|ليس|ليست))$")
_RELATIVE_OPENING = re.compile(r"^\s*(?:which|who|qui|lequel|laquelle|lesquels|lesquelles|الذي|التي|الذين|اللذان|اللتان)"
                               r"\s+(?:[\w'-]+\s+){0,2}$")
_PAST_YEARS = re.compile(r"(?:19|20)\d\d|\bago\b|\bil y a\b|(?:^|\s)قبل\s")
_FUTURE_OCCURRENCE = re.compile(r"\b(?:will|won't|n'aura|n'auront)\b|(?:^|\s)لن\s")
_CLAUSE_MARK = re.compile(r"[;,،:«»\"]")


@dataclass
class Modality:
    negated: bool
    aux: str | None
    cue: str | None = None


_AR_MARK = re.compile(f"[{AR_MARKS}]")


def _without_marks(folded: str, sent_start: int, sent_end: int,
                   *positions: int) -> tuple[str, int, int, list[int]] | None:
    """The sentence without Arabic vowel marks and the positions moved into it, or None when
    it has none: cues are written unvocalised ("لم", "قد", "سوف" also match "لَمْ", "قَدْ")."""
    if _AR_MARK.search(folded, sent_start, sent_end) is None:
        return None
    sentence = folded[sent_start:sent_end]
    kept = [i for i, c in enumerate(sentence) if not _AR_MARK.match(c)]
    text = "".join(sentence[i] for i in kept)
    moved = []
    for pos in positions:
        rel = min(max(pos - sent_start, 0), len(sentence))
        moved.append(bisect_left(kept, rel))  # the marks before the position drop out
    return text, 0, len(text), moved


def _before(folded: str, clause_start: int, trig_start: int) -> str:
    # a trigger may start inside a word (after the Arabic article): look back from the word start
    while trig_start > clause_start and folded[trig_start - 1].isalpha():
        trig_start -= 1
    return folded[max(clause_start, trig_start - _BEFORE_WINDOW):trig_start]


def _clause_end(folded: str, trig_end: int, sent_end: int) -> int:
    right = _CLAUSE_MARK.search(folded, trig_end, sent_end)
    return right.start() if right else sent_end


def _clause(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int) -> str:
    """The trigger's own clause: between the punctuation marks around it."""
    left = sent_start
    for m in _CLAUSE_MARK.finditer(folded, sent_start, trig_start):
        left = m.end()
    right = _CLAUSE_MARK.search(folded, trig_end, sent_end)
    return folded[left:right.start() if right else sent_end]


def detect(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int,
           trigger_text: str, prefix: str | None, lex: Lexicon, *, learned: bool = False) -> Modality:
    """Negation and aux from cues before, in and after the trigger, within its sentence.

    ``learned``: the trigger is the sentence classifier's strongest word, not a lexicon match;
    its clause's negation and modal are read wherever they stand in the clause."""
    plain = _without_marks(folded, sent_start, sent_end, trig_start, trig_end)
    if plain is not None:
        text, start, end, (t_start, t_end) = plain
        return detect(text, start, end, t_start, t_end, trigger_text, prefix, lex, learned=learned)
    before = _before(folded, sent_start, trig_start)
    # cut the look-back at the last clause boundary so that "X did not ..., Y condemned" stays positive
    for mark in (";", ",", "،", "«", "»", "\"", ":"):
        cut = before.rfind(mark)
        if cut >= 0 and lex.lang != "fr":
            before = before[cut + 1:]
    if lex.lang == "fr":
        cut = max(before.rfind(";"), before.rfind(":"))
        if cut >= 0:
            before = before[cut + 1:]
    # the right side of the trigger up to the end of its clause or a coordinated verb
    right = folded[trig_end:_clause_end(folded, trig_end, sent_end)]
    coordination = _COORDINATION.search(right)
    right_clause = right[:coordination.start()] if coordination else right
    negation = _negation(folded, sent_start, sent_end, trig_start, trig_end, before, lex, learned)
    aux, cue = _aux(folded, sent_start, sent_end, trig_start, trig_end, before, right_clause, prefix,
                    negation, lex, learned)
    return Modality(negation is not None, aux, cue or (negation.group(0) if negation else None))


def _negation(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int,
              before: str, lex: Lexicon, learned: bool = False) -> re.Match[str] | None:
    cues = lex.cues
    after = folded[trig_end:min(sent_end, trig_end + 25)]
    trig = folded[trig_start:trig_end]
    negation = any_match(cues.get("negation_before", []), before)
    if lex.lang == "fr":
        # "ne condamne pas": the particle before, "pas" after the verb, which may open the
        # trigger ("n'imposera pas de sanctions", "ne s'est jamais rendu", "n'a expulsé aucun diplomate")
        # the particle after the first or second word of the trigger ("ne se sont pas entendus")
        second = any_match(cues.get("negation_after", []), after)
        for head in list(re.finditer(r"\S+", trig))[:2]:
            if second is None:
                inside = folded[trig_start + head.end():min(sent_end, trig_start + head.end() + 25)]
                second = any_match(cues.get("negation_after", []), inside)
        if negation is None and (" ne " in " " + before[-12:] or "n'" in before[-12:]):
            negation = second
        if negation is not None and not _FR_NEGATIVE_WORD.search(negation.group(0)) and second is None:
            negation = None  # a bare "n'" without its second particle
    if negation is None and lex.lang == "en":
        negation = any_match(cues.get("negation_after", []), after)  # "arrested no one"
        head = re.match(r"\S+", trig)
        if negation is None and head is not None:  # "sent no new weapons": the object is in the trigger
            negation = any_match(cues.get("negation_after", []), trig[head.end():])
    if negation is not None and lex.lang == "ar" and negation.string is before:
        particle = negation.start() + len(negation.group(0)) - len(negation.group(0).lstrip())
        if _AR_UNLESS.search(before, 0, particle + len("لم")):
            negation = None  # "ما لم تتوقف": "unless", a condition, not a negation
    if negation is not None and lex.lang == "ar" and refusal_is_no_negation(folded, trig_start, negation.group(0)) \
            and not (_AR_REFUSED_MEETING.match(folded, trig_start) and folded[trig_start - 1:trig_start] not in "وف"):
        negation = None
    if negation is None and lex.lang == "ar" and trig[:1] not in _AR_IMPERFECT_PREFIX \
            and not _AR_MA_RELATIVE.match(trig):
        # only at the start of the sentence: after a comma "ما أثار" is "which drew"
        negation = _AR_MA_CLAUSE_START.search(folded[sent_start:trig_start])
    if negation is None:
        # "the meeting did not take place", "la réunion n'a pas eu lieu": the event noun is the subject
        negation = any_match(cues.get("negation_of_occurrence", []),
                             folded[trig_end:_clause_end(folded, trig_end, min(sent_end, trig_end + 100))])
    if negation is not None and lex.lang in _DOUBLE_NEGATIVE and _DOUBLE_NEGATIVE[lex.lang].search(negation.group(0)):
        negation = None
    if negation is not None and negation.string is before and _UNCONFIRMED.search(negation.group(0)):
        negation = None
    if negation is not None and negation.string is before and _object_determiner(folded, trig_start, before, negation, lex):
        negation = None
    if negation is None and not _coordinated_arabic_verb(folded, trig_start, lex):
        negation = _CANCELLED[lex.lang].search(before) if lex.lang in _CANCELLED else None
    if negation is None and learned:
        negation = _clause_negation(folded, sent_start, sent_end, trig_start, trig_end, lex)
    if negation is not None and any_match(cues.get("negation_cancelled", []), before):
        negation = None  # "not a day passes without drones striking": the strikes go on
    if negation is None and lex.lang in _DENIAL:
        window = max(sent_start, trig_start - 100)
        contrasts = [m.end() for m in _CONTRAST.finditer(folded, window, trig_end) if m.end() <= trig_start] + \
            [m.end() for m in _OWN_CLAUSE.finditer(folded, window, trig_start)]
        contrasts.sort()
        negation = _DENIAL[lex.lang].search(folded, contrasts[-1] if contrasts else window, trig_start)
    if negation is not None and negation.string is before and (
            _governed_by_other_verb(folded, trig_start, before, negation, lex)
            or _particle_of_other_trigger(folded, trig_start, before, negation, lex)):
        negation = None
    return negation


# A negation particle anywhere in a clause (for triggers no lexicon entry placed: their word may be
# the subject, the object or an auxiliary of the negated verb)
_CLAUSE_PARTICLE = {
    "en": re.compile(r"\b(?:not|never|neither|no longer)\b|n't\b"),
    "fr": re.compile(r"\bn(?:e\s|['’])(?:[^,;:]{0,30}?)\b(?:pas|jamais|plus|guère|aucune?|rien|personne)\b"
                     r"|\b(?:aucune?|ni)\s"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:لم|لن|ليس|ليست|لا(?!\s+(?:يزال|تزال|يزالون|زال|زالت|سيما|بد|شك)\s))\s"),
}


def _clause_of(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int) -> tuple[int, int]:
    """The clause around a trigger: from the last clause mark before it to the clause's end."""
    left = sent_start
    for m in _CLAUSE_MARK.finditer(folded, sent_start, trig_start):
        left = m.end()
    return left, _clause_end(folded, trig_end, sent_end)


def _clause_negation(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int,
                     lex: Lexicon) -> re.Match[str] | None:
    """The negation of the clause of a trigger that no lexicon entry placed (the sentence
    classifier's strongest word): "Neither Riyadh nor Abu Dhabi sent a delegation"."""
    particle = _CLAUSE_PARTICLE.get(lex.lang)
    if particle is None or _placed_by_lexicon(folded, sent_start, trig_start, lex):
        return None
    left, right = _clause_of(folded, sent_start, sent_end, trig_start, trig_end)
    for m in _COORDINATION.finditer(folded, left, right):
        if m.end() <= trig_start:
            left = m.end()
        elif m.start() >= trig_end:
            right = m.start()
            break
    subordinate = _SUBORDINATE.search(folded, trig_end, right)
    if subordinate is not None:
        right = subordinate.start()  # "could suspend its aid if the junta does not restore order"
    clause = folded[left:right]
    if _DOUBLE_NEGATIVE[lex.lang].search(clause) or _RELATIVE_OPENING.match(clause) or _UNPUNISHED.search(clause):
        return None
    t_start, t_end = trig_start - left, trig_end - left
    for found in particle.finditer(clause):
        if found.start() >= t_end + 12:
            break  # further after the trigger: the negation of another verb
        if found.end() <= t_start and _SCENE.search(clause, found.end(), t_start):
            continue  # "n'a procédé à aucune arrestation lors de la marche": the march took place
        between = clause[found.end():t_start] if found.end() <= t_start else clause[t_start:found.start()]
        if _SUBORDINATE.search(f" {between} "):
            continue  # "... on Caracas if it does not allow": the negation is the condition's
        if any(m.start <= left + found.start() < m.end and m.rule.event_type == "REJECT"
               for m in find_triggers(folded, left, right, lex)):
            continue  # "n'accepterait aucun accord": the particle belongs to a refusal trigger
        return found
    return None


# "will not go unpunished", "ne restera pas impuni", "لن يمر دون عقاب": a promise that it happens
_UNPUNISHED = re.compile(r"\b(?:unpunished|unanswered|impunie?s?|sans (?:réponse|riposte))\b"
                         r"|(?:^|\s)لن\s+\S+\s+(?:\S+\s+)?(?:دون|بدون|من دون)\s")
_SCENE = re.compile(r"\b(?:during|after|before|amid|lors d|pendant|durant|après|avant|au cours d)|(?:^|\s)(?:خلال|اثناء|بعد|قبل)\s")
_SUBORDINATE = re.compile(r"\b(?:if|unless|because|when|after|before|although|si|s'il|s'ils|quand|lorsque|parce que"
                          r"|après|avant|bien que)\b|(?:^|\s)(?:اذا|لان|عندما|بعد ان|قبل ان|لو)\s")
def _placed_by_lexicon(folded: str, sent_start: int, trig_start: int, lex: Lexicon) -> bool:
    word_start = trig_start
    while word_start > sent_start and folded[word_start - 1].isalpha():
        word_start -= 1
    return any(_rule_matches_at(folded, pos, lex) for pos in {word_start, trig_start})


def _rules_starting_at(folded: str, pos: int, lex: Lexicon) -> list[TriggerRule]:
    """The trigger rules of ``lex`` that can match at ``pos`` (all of them where a case trap
    makes the anchors unsure), in lexicon order."""
    index = lex.anchor_index
    if lex.case_traps.search(folded, pos, pos + index.reach + 1) is not None:
        return lex.triggers
    candidates = set(index.not_word_anchored)
    for at in range(pos, min(pos + index.lead + 1, len(folded))):
        for anchor, rules in index.word_anchors_by_first.get(folded[at], ()):
            if folded.startswith(anchor, at):
                candidates.update(rules)
    triggers = lex.triggers
    return [triggers[i] for i in sorted(candidates)]


def _rule_matches_at(folded: str, pos: int, lex: Lexicon) -> bool:
    """Whether a trigger rule of ``lex`` matches at ``pos`` (``pattern.match``)."""
    return any(r.pattern.match(folded, pos) for r in _rules_starting_at(folded, pos, lex))


def _types_matching_at(folded: str, pos: int, lex: Lexicon) -> set[str]:
    """The event types of the trigger rules of ``lex`` that match at ``pos``."""
    return {r.event_type for r in _rules_starting_at(folded, pos, lex) if r.pattern.match(folded, pos)}


# The modal of a clause, for triggers no lexicon entry placed ("Analysts say Russia could invade")
_CLAUSE_MODAL = {
    "en": re.compile(r"\b(?:could|might|(?<!in )(?<!of )(?<!since )(?<!early )(?<!late )may)\s+(?:well\s+|soon\s+|also\s+)?(?!have\b|\d)\w+"),
    "fr": re.compile(r"\bpourrai(?:en)?t\s+\w+"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:قد|ربما)\s+[يت]\w+"),
}


def _clause_modal(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int,
                  lex: Lexicon) -> re.Match[str] | None:
    modal = _CLAUSE_MODAL.get(lex.lang)
    if modal is None or _placed_by_lexicon(folded, sent_start, trig_start, lex):
        return None
    left, right = _clause_of(folded, sent_start, sent_end, trig_start, trig_end)
    subordinate = _SUBORDINATE.search(folded, trig_end, right)
    if subordinate is not None:
        right = subordinate.start()
    found = modal.search(folded, left, right)
    if found is None or lex.lang == "ar" and _perfect_after_qad(found.group(0).strip(), folded, found.end()):
        return None
    return found


# "no" or "aucun" as the determiner of the trigger noun
_OBJECT_DETERMINER = re.compile(r"^\s*(?:no|aucune?s?)\s+$")


def _object_determiner(folded: str, trig_start: int, before: str, negation: re.Match[str], lex: Lexicon) -> bool:
    """"arrested no protesters", "n'a interpellé aucun manifestant": "no" is the determiner of the
    trigger noun and a trigger of another type right before it is the verb it negates; the
    protesters were there."""
    if not _OBJECT_DETERMINER.match(negation.group(0)):
        return False
    word_start = trig_start
    while word_start > 0 and folded[word_start - 1].isalpha():
        word_start -= 1
    cue_start = word_start - len(before) + negation.start() + (len(negation.group(0)) - len(negation.group(0).lstrip()))
    own = _types_matching_at(folded, word_start, lex)
    return any(cue_start - 3 <= m.end <= cue_start and m.rule.event_type not in own
               for m in find_triggers(folded, max(0, cue_start - 60), cue_start, lex))


# a coordinator opening a new predicate: "X urged ..., but failed to agree on", "et s'est abstenu de"
_NEW_PREDICATE = re.compile(r"(?:\b(?:and|but|yet|mais|et)\s+|[,،]\s*|(?:^|\s)[وف]?(?:لكن|لكنه|لكنها)\s+|(?:^|\s)و(?=\S))"
                            r"(?:[\w'’-]+\s+){0,3}$")


def coordinated_negation_frame(folded: str, gap_start: int, trig_start: int, lex: Lexicon) -> bool:
    """A verb of refusing, failing or refraining that opens a coordinated predicate between an
    earlier trigger (ending at ``gap_start``) and this one: "... and stopped short of criticising
    Moscow", "... but failed to agree on": the trigger is that verb's complement, not the earlier
    trigger's."""
    gap = folded[gap_start:trig_start]
    for cue in lex.cues.get("negation_before", []):
        found = cue.search(gap)
        if found is None:
            continue
        first = re.match(r"\s*(\S+)", found.group(0))
        if first is not None and not _PARTICLE.match(first.group(1)) \
                and _NEW_PREDICATE.search(gap[:found.start() + first.start(1)]):
            return True
    return False


def _particle_of_other_trigger(folded: str, trig_start: int, before: str, negation: re.Match[str],
                               lex: Lexicon) -> bool:
    """The negation particle is part of a refusal trigger before this one, whose object this
    trigger is: "won't accept the deal", "n'accepterait aucun accord" (a rejection, not a negated
    agreement)."""
    cue = negation.group(0)
    first = re.match(r"\s*(\S+)", cue)
    if first is None or not (_PARTICLE.match(first.group(1)) or _OBJECT_DETERMINER.match(f" {first.group(1)} ")):
        return False
    word_start = trig_start
    while word_start > 0 and folded[word_start - 1].isalpha():
        word_start -= 1
    cue_start = word_start - len(before) + negation.start() + first.start(1)
    own = _types_matching_at(folded, word_start, lex)
    return any(m.start <= cue_start < m.end <= word_start and m.rule.event_type == "REJECT" and "REJECT" not in own
               for m in find_triggers(folded, max(0, cue_start - 60), word_start, lex))


def _governed_by_other_verb(folded: str, trig_start: int, before: str, negation: re.Match[str],
                            lex: Lexicon) -> bool:
    """A trigger of another type between the negation and this one is the verb negated, this
    trigger its object: "did not condemn the strike", "ne soutient plus l'embargo"."""
    word_start = trig_start
    while word_start > 0 and folded[word_start - 1].isalpha():
        word_start -= 1  # ``before`` ends where the trigger's word starts
    first = re.match(r"\s*\S+", negation.group(0))
    if first is None or not _PARTICLE.match(first.group(0).strip()):
        return False  # "refused to condemn", "s'est abstenu de critiquer": the cue is the verb
    gap_start = word_start - len(before) + negation.start() + first.end()
    if word_start - gap_start < 3:
        return False
    own = _types_matching_at(folded, word_start, lex)
    return any(m.end <= word_start and m.rule.event_type not in own
               for m in find_triggers(folded, gap_start, word_start, lex))


def _aux(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int, before: str,
         right_clause: str, prefix: str | None, negation: re.Match[str] | None,
         lex: Lexicon, learned: bool = False) -> tuple[str | None, str | None]:
    """Future, hypothetical or historical, with the cue that decided it.

    A modal before the trigger decides; when both a future and a hypothetical cue stand before
    it, the nearer one wins ("could visit next week" is hypothetical).  A future in the
    conditional mood after a conditional clause is hypothetical ("Should talks fail, the unions
    would strike"; Arabic "لو").  Dates of the sentence ("next week") come last.
    """
    cues = lex.cues
    trig = folded[trig_start:trig_end]
    words = trig.split()
    first = words[0] if words else trig
    if lex.lang == "fr" and first in _FR_REFLEXIVE and len(words) > 1:
        first = words[1]  # "se retireront": the verb after its pronoun
    elif lex.lang == "fr" and first.startswith("s'") and len(first) > 2:
        first = first[2:]  # "s'engagera" (folded text has a straight apostrophe)
    future: re.Match[str] | str | None = None
    if lex.lang == "ar" and prefix and "س" in prefix:
        future = prefix
    # "the planned talks did not take place": the occurrence is told in the past
    if negation is not None and any(negation.re is p for p in cues.get("negation_of_occurrence", [])) \
            and not _FUTURE_OCCURRENCE.search(negation.group(0)):
        return None, None
    if future is None:
        future = any_match(cues.get("future_before", []), before)
    if future is None and lex.lang == "fr" and not _FR_NOUN_ENDING.search(first):
        future = any_match(cues.get("future_trigger", []), first) or any_match(cues.get("future_trigger", []), trig)

    hypothetical = any_match(cues.get("hypothetical_before", []), before)
    if hypothetical is not None and lex.lang == "ar" and _perfect_after_qad(hypothetical.group(0), folded, trig_start):
        hypothetical = None  # "قد التقى": قد before a past verb asserts, it does not hedge
    if hypothetical is None and lex.lang == "fr" and not _FR_NOUN_ENDING.search(first):
        hypothetical = any_match(cues.get("hypothetical_trigger", []), first)
    if hypothetical is None:
        # the event noun is the subject of a modal: "talks might resume", "des pourparlers pourraient reprendre"
        hypothetical = any_match(cues.get("hypothetical_after", []), right_clause)
    protasis = any_match(cues.get("hypothetical_protasis", []), folded[sent_start:trig_start])
    if hypothetical is None and protasis is not None and _conditional_clause_before(folded, protasis, sent_start, trig_start):
        conditional_mood = any_match(cues.get("future_conditional", []), before)
        if lex.lang == "ar" or conditional_mood is not None:
            hypothetical = conditional_mood or protasis
    if future is not None and hypothetical is not None:
        if isinstance(future, re.Match) and future.start() > hypothetical.start() and hypothetical.string is before:
            hypothetical = None  # "could ... will": the nearer cue governs
        else:
            future = None
    if isinstance(future, re.Match) and future.string is before and any_match(cues.get("future_conditional", []), before) \
            and any_match(cues.get("conditional_after", []), folded[trig_end:sent_end]):
        future, hypothetical = None, future  # "would expel the ambassador if the war went on"
    if future is None and hypothetical is None:
        future = any_match(cues.get("future_after", []), right_clause) or \
            any_match(cues.get("future_sentence", []), _clause(folded, sent_start, sent_end, trig_start, trig_end))
    if future is None and hypothetical is None and negation is None and learned:
        hypothetical = _clause_modal(folded, sent_start, sent_end, trig_start, trig_end, lex)
    if future is not None:
        return "future", future if isinstance(future, str) else future.group(0)
    if hypothetical is not None:
        return "hypothetical", hypothetical.group(0)
    if negation is not None and lex.lang == "ar" and re.search(r"(?:^|\s)[وف]?لن\s", negation.group(0) + " "):
        return "future", None
    if negation is not None:
        return None, None
    # "expulsions over the attack", "après l'attaque", "بعد مقتل": a prior event recalled as background,
    # unless the event carries its own recent date ("since the 2020 coup expelled ... on Monday")
    local = re.split(r"[;,،:«»\"]", before)[-1]
    found = any_match(cues.get("background_before", []), local)
    if found is not None and any_match(cues.get("recent_date_after", []), right_clause) is None:
        return "historical", found.group(0)
    # "previously met", "سبق أن التقيا"; "had met in Berlin in May": a pluperfect with a date of its own
    found = any_match(cues.get("historical_before", []), local)
    if found is not None:
        return "historical", found.group(0)
    past = any_match(cues.get("past_date", []), right_clause)
    if past is not None and pluperfect(folded, max(sent_start, trig_start - 30), trig_end, lex):
        return "historical", "pluperfect"
    # a relative clause that dates its own event years back: "Morocco, which cut ties with Iran in 2018, ..."
    if past is not None and _PAST_YEARS.search(right_clause) and _RELATIVE_OPENING.match(local):
        return "historical", past.group(0)
    return None, None


def _conditional_clause_before(folded: str, protasis: re.Match[str], sent_start: int, trig_start: int) -> bool:
    """The conditional clause ends before the trigger: a clause mark lies between them."""
    return _CLAUSE_MARK.search(folded, sent_start + protasis.end(), trig_start) is not None or \
        protasis.group(0).strip() in ("لو", "ولو", "فلو")


def _perfect_after_qad(cue: str, folded: str, trig_start: int) -> bool:
    """The hedge cue is قد and the word after it is a perfect verb (no imperfect prefix)."""
    words = cue.split()
    if not words or words[0] not in ("قد", "وقد", "فقد"):
        return False
    after = folded[trig_start:trig_start + 15].split()
    word = words[1] if len(words) > 1 else (after[0] if after else "")
    return bool(word) and word[0] not in "يتن"


def historical_cue(folded: str, sent_start: int, sent_end: int, lex: Lexicon,
                   trig_start: int | None = None, trig_end: int | None = None) -> bool:
    """A background cue ("previously", "en 2018", "سبق أن") in the sentence.

    Given the trigger, a cue inside an inserted clause that does not hold the trigger ("X and Y,
    who had met in 2019, spoke on Tuesday") does not count; the opening clause ("In 2018, ...")
    and the trigger's own clause do.
    """
    if trig_start is None or trig_end is None:
        plain = _without_marks(folded, sent_start, sent_end)
        if plain is not None:
            folded, sent_start, sent_end, _ = plain
        return any_match(lex.cues.get("historical_sentence", []), folded[sent_start:sent_end]) is not None
    plain = _without_marks(folded, sent_start, sent_end, trig_start, trig_end)
    if plain is not None:
        folded, sent_start, sent_end, (trig_start, trig_end) = plain
    marks = [m.start() for m in _CLAUSE_MARK.finditer(folded, sent_start, sent_end)]
    bounds = [sent_start, *marks, sent_end]
    for left, right in zip(bounds, bounds[1:], strict=False):
        opening = left == sent_start
        own = left <= trig_start < right or left < trig_end <= right
        if (opening or own) and any_match(lex.cues.get("historical_sentence", []), folded[left:right]) is not None:
            return True
    return False


def pluperfect(folded: str, start: int, end: int, lex: Lexicon) -> bool:
    """A pluperfect in the trigger's own clause ("had met", "avait rencontré", "كان قد")."""
    span = _AR_MARK.sub("", folded[start:end])
    cut = max(span.rfind(mark) for mark in (",", ";", ":", "،"))
    return any_match(lex.cues.get("pluperfect", []), span[cut + 1:]) is not None
