"""The event coder: triggers, roles, modality, date, place, attribution for one document."""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any

from wirewatch.events import classifier as learned
from wirewatch.events import context as ctxmod
from wirewatch.events import dating, modality, role_model
from wirewatch.events.attribution import attribute
from wirewatch.events.lexicon import LANGS, Lexicon, load_lexicon
from wirewatch.events.participants import (
    SCENE_SECTORS,
    Participant,
    ParticipantFinder,
    names_the_state,
    state_name,
)
from wirewatch.events.roles import clause_end, fill_roles, sentence_subject
from wirewatch.events.rules import apply_conventions
from wirewatch.events.sentences import document_sentences, sentence_lang
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import TriggerMatch, find_triggers, find_triggers_in_spans
from wirewatch.records import Document, EntityRef, Event, Evidence, Place

try:  # the geo stage's event location, when present
    from wirewatch.geo import event_location as _geo_event_location  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on which packages are installed
    _geo_event_location = None

# a trigger that only completes an earlier one ("called on X *to resume talks*")
_COMPLEMENT = {
    "en": re.compile(r"\b(?:to|for|of)\s+(?:\w+\s+){0,1}$", re.I),
    "fr": re.compile(r"(?:\bà|\bde|\bd'|\bpour|\bafin de|\ben vue de)\s*(?:la\s+|le\s+|l'|les\s+)?(?:\w+\s+){0,1}$", re.I),
    "ar": re.compile(r"(?:(?:^|\s)(?:الى|ان|على)\s+(?:\S+\s+){0,1}$)|(?:^|\s)ل[^\sمن]\S*\s*$"),
}
_UNKNOWN_ACTOR_OK = {"ASSAULT", "COERCE", "PROTEST"}
_ANAPHORIC_OBJECT = {"ACCUSE", "REJECT", "SUPPORT"}
# reactions aimed at a party: without a target in their clause they answer the party that acted before
_REACTION = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"}
_POSSESSED_TARGET_TYPES = _REACTION | {"PROTEST", "COERCE", "SANCTION"}
_POSSESSED_OBJECT = {
    # not "called for his release": the one asked is whoever holds him
    "en": re.compile(r"\s*(?:against\s+)?(?:his|her)\s+(?!(?:\w+\s+)?(?:release|freedom))\w", re.I),
    "fr": re.compile(r"\s*(?:\w+\s+)?(?:contre\s+)?(?:sa|son|ses)\s+(?!(?:\w+\s+)?(?:libération|remise en liberté))\w", re.I),
    "ar": re.compile(r"(?!)"),
}
_EVENT_NOUN = re.compile(
    r"^\s*(?:the|this|that|these|its|le|la|les|l'|cette|ce|ces|sa|son)?\s*(?:[\w'’-]+\s+){0,3}"
    r"(?:attacks?|strikes?|decision|move|step|veto|vote|shelling|bombing|killing|detention|arrest|expulsion|announcement|"
    r"attaques?|frappes?|décision|démarche|mesure|veto|vote|bombardements?|tirs|arrestation|expulsion|annonce|"
    r"الهجوم|الهجمات|القرار|الخطو|الاعتداء|القصف|الاعتقال|الفيتو|التصويت)",
    re.I,
)
_QUANTITY_GAP = re.compile(
    r"^\s*(?:the|a|an|some|several|many|dozens of|hundreds of|thousands of|les|des|plusieurs|"
    r"dizaines de|centaines de|milliers de|\d[\d\s,.]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|"
    r"عشرات(?: من)?|مئات(?: من)?|الاف(?: من)?|عدد من)?\s*$", re.I)
# Arabic verbal nouns (تفعيل, افعال, استفعال, or with the article) that complete a request:
# "ناشد المجتمع الدولي تقديم المساعدات"
_AR_VERBAL_NOUN = re.compile(r"^(?:ال\S{3,}|ت\S\Sي\S|ا\S\Sا\S|است\S\Sا\S|\S\Sا\S)$")
_AR_NEW_VERB_GAP = re.compile(r"[،,;.؛]|(?:^|\s)(?:و|ف|ثم)")
# "condemned the attack" but not "called the plan theft and *threatened*": a conjunction starts a new verb
_DETERMINER_GAP = re.compile(r"^\s*(?:(?:the|a|an|this|that|its|their|le|la|les|ce|cette|son|sa|ses|leur|du|de la|des)\b|l')?\s*"
                             r"(?!(?:and|or|but|then|et|ou|mais|puis)\s)(?:\w+\s+)?$", re.I)
_DOCUMENT_BEFORE = re.compile(r"(?:resolution|draft|text|motion|statement|résolution|texte|projet|déclaration|قرار|مشروع|بيان)[^,;.]{0,40}$", re.I)
_DISASTER = re.compile(r"earthquake|quake|flood|storm|hurricane|cyclone|wildfire|landslide|crash|séisme|tremblement de terre|inondation|tempête|incendie|زلزال|فيضان|عاصف|حريق", re.I)
# "a fait route vers Pretoria, une visite que ...": the noun restates the event just told
_RESTATED = re.compile(r"^[^;.]*,\s*(?:une|un|la|le|cette|ce|a|an|the|this)\s+$", re.I)
_PLACE_RECIPIENT = {"AID", "SANCTION"}
_TOLL = re.compile(r"\b(?:at least|more than|nearly|almost|toll|au moins|plus de|près de|bilan)\b")
_VERBAL = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "CONCEDE"}
_INFINITIVE_GAP = re.compile(r"^\s*(?:to|from|de|d'|à)\s*$")
_GOVERNING = {"REQUEST", "AGREE", "THREATEN", "REJECT", "SUPPORT", "ACCUSE"}
HISTORICAL_DAYS = 90
PLUPERFECT_DAYS = 20


def event_id(article_id: str, start: int, end: int, event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{start}|{end}|{event_type}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


class EventCoder:
    """Codes the events of documents; lexicons are loaded once."""

    def __init__(self) -> None:
        self.lexicons: dict[str, Lexicon] = {lang: load_lexicon(lang) for lang in LANGS}

    def warm(self) -> None:
        """Build now the tables otherwise built on first use (anchor indexes, name indexes,
        demonyms, both models), so that worker processes forked from this one share them
        instead of each building its own."""
        from wirewatch.events.participants import warm_indexes

        for lexicon in self.lexicons.values():
            lexicon.anchor_index  # noqa: B018 - cached on first access
            lexicon.case_traps  # noqa: B018
        warm_indexes(self.lexicons)
        learned.load_classifier()
        role_model.load_role_model()
        if _geo_event_location is not None:
            from wirewatch.geo.demonyms import demonym_table

            demonym_table()

    def code(self, doc: Document) -> list[Event]:
        text = doc.text or ""
        if not text.strip():
            return []
        folded = fold(text)
        finder = ParticipantFinder(doc, self.lexicons)
        events: list[Event] = []
        sentences = document_sentences(doc)
        langs = [sentence_lang(doc, s) for s in sentences]
        by_sentence: dict[int, list[TriggerMatch]] = {}
        for lang in set(langs):
            chosen = [i for i, sl in enumerate(langs) if sl == lang]
            spans = [(sentences[i].start, sentences[i].end) for i in chosen]
            found_by_span = find_triggers_in_spans(folded, spans, self.lexicons[lang])
            if lang == "fr":
                found_by_span = _with_split_negation(folded, spans, self.lexicons[lang], found_by_span)
            for i, found in zip(chosen, found_by_span, strict=True):
                by_sentence[i] = found
        # the learned sentence classifier: types the lexicons found no trigger of in a sentence
        model = learned.load_classifier()
        guessed = learned.candidate_types(
            model, folded, [(s.start, s.end) for s in sentences],
            [{m.rule.event_type for m in by_sentence.get(i, [])} for i in range(len(sentences))],
        ) if model is not None and sentences else {}
        names = [(m.start, m.end) for m in doc.mentions if m.type in ("ORG", "PER") and m.end - m.start > 3]
        actor_parts: dict[int, list[Participant]] = {}
        learned_events: list[Event] = []
        for i, sentence in enumerate(sentences):
            lang = langs[i]
            lex = self.lexicons[lang]
            objects: set[int] = set()
            matches = _drop_object_nouns(by_sentence.get(i, []), folded, {e.event_type for e in events}, objects)
            # a trigger word inside a name ("Rapid Support Forces") is no event
            matches = [t for t in matches if not any(s <= t.start and t.end <= e for s, e in names)]
            if not matches and i not in guessed:
                continue
            parts = finder.find(sentence.start, sentence.end, lang)
            prev = sentences[i - 1] if i > 0 else None
            context_subject = self._subject_of(finder, folded, prev, langs[i - 1]) if prev is not None else []
            sentence_events: list[Event] = []
            previous_actors: list[Participant] | None = None
            previous_recipients: list[Participant] | None = None
            for k, match in enumerate(matches):
                if k > 0 and self._is_complement(folded, sentence.start, match, matches[:k], lang):
                    continue
                following = [m for m in matches[k + 1:] if not m.rule.agent_noun]
                right_limit = following[0].start if following else sentence.end
                event = self._code_one(doc, folded, sentence, lang, lex, match, parts, right_limit,
                                       previous_actors, prev, events + sentence_events,
                                       is_object=id(match) in objects, previous_recipients=previous_recipients,
                                       actor_parts=actor_parts, context_subject=context_subject,
                                       finder=finder)
                if event is None:
                    continue
                own_parts = event.__dict__.pop("_actor_parts", None)
                actor_parts[id(event)] = own_parts or []
                if not event.rule.endswith(":noun-agent"):  # the doer of a noun is not the clause's subject
                    previous_actors = own_parts or previous_actors
                previous_recipients = event.__dict__.pop("_recipient_parts", None)
                sentence_events.append(event)
                if event.rule.endswith(":mutual") and event.recipient:
                    # "accused each other": one record per direction
                    reverse = _reversed(event)
                    actor_parts[id(reverse)] = previous_recipients or []
                    sentence_events.append(reverse)
            for event_type in guessed.get(i, []):
                if any(e.event_type == event_type for e in sentence_events) \
                        or sentence_events and model.meta.get("mode") == "empty" \
                        or any(e.negated for e in sentence_events) \
                        or event_type == "ACCUSE" and any(e.event_type == "SANCTION" for e in sentence_events):
                    # "refused to condemn" is the act negated, not a rejection; a conviction is a
                    # sanction, not an accusation
                    continue
                # a type the model is sure of and the lexicons missed: a trigger on its strongest
                # word that is no name, roles filled as for a lexicon trigger; kept only with a party
                match = learned.classifier_match(
                    model, folded, sentence.start, sentence.end, event_type,
                    [(p.start, p.end) for p in parts] + [(m.start, m.end) for m in doc.mentions
                                                         if sentence.start <= m.start < sentence.end],
                    lang, text)
                if match is None:
                    continue
                following = [m for m in matches if m.start >= match.end and not m.rule.agent_noun]
                event = self._code_one(doc, folded, sentence, lang, lex, match, parts,
                                       following[0].start if following else sentence.end,
                                       previous_actors, prev, events + sentence_events,
                                       actor_parts=actor_parts, context_subject=context_subject, finder=finder)
                if event is None or not (event.actor or event.recipient) \
                        or not _keys(event.actor).isdisjoint(_keys(event.recipient)):
                    continue  # no party, or a party acting on itself: not an event read this way
                actor_parts[id(event)] = event.__dict__.pop("_actor_parts", None) or []
                event.__dict__.pop("_recipient_parts", None)
                event.rule = f"classifier:{event_type}:{event.rule.rsplit(':', 1)[-1]}"
                event.confidence = round(max(0.05, event.confidence - 0.2), 2)
                sentence_events.append(event)
            sentence_events = _drop_denials_of_coded_acts(sentence_events, folded)
            sentence_events = _drop_refused_meetings(sentence_events, folded)
            sentence_events = _merge_repeated_attacks(sentence_events, text, folded, lang)
            sentence_events = _drop_restated(sentence_events)
            dated = [e for e in sentence_events if e.date and e.aux != "historical"
                     and not e.rule.startswith("classifier:")]
            for event in sentence_events:
                if event.date is None and event.aux is None and dated:
                    event.date, event.date_precision = dated[0].date, dated[0].date_precision
            # the classifier's events are no context for the lexicons' (inherited parties,
            # attacks already told): kept apart, put back in sentence order at the end
            events.extend(e for e in sentence_events if not e.rule.startswith("classifier:"))
            learned_events.extend(e for e in sentence_events if e.rule.startswith("classifier:"))
        if learned_events:
            events = sorted(events + learned_events, key=lambda e: e.evidence[0].sentence or 0)
        for event in events:
            event.__dict__.pop("_trigger", None)
        return events

    def _is_complement(self, folded: str, sent_start: int, match: TriggerMatch,
                       earlier: list[TriggerMatch], lang: str) -> bool:
        if not any(m.rule.event_type in _GOVERNING or m.rule.mode == "visit" for m in earlier):
            return False
        last = earlier[-1]
        if last.rule.event_type in ("REJECT", "CONCEDE") and \
                _INFINITIVE_GAP.match(folded[last.end:match.start - len(match.prefix or "")]):
            return False  # "refused to condemn": the act refused is an event of its own, negated
        before = folded[max(sent_start, match.start - 30):match.start]
        if _COMPLEMENT[lang].search(before):
            # "... and stopped short of criticising", "but failed to agree on": a new predicate
            return not modality.coordinated_negation_frame(folded, last.end, match.start, self.lexicons[lang])
        if lang != "ar":
            return False
        request = next((m for m in reversed(earlier) if m.rule.event_type == "REQUEST"), None)
        if request is None or match.prefix:
            return False
        gap = folded[request.end:match.start]
        word = folded[match.start:match.end].split()
        return (0 < len(gap.split()) <= 4 and not _AR_NEW_VERB_GAP.search(gap)
                and bool(word) and bool(_AR_VERBAL_NOUN.match(word[0])))

    @staticmethod
    def _subject_of(finder: ParticipantFinder, folded: str, sentence: Any, lang: str) -> list[Participant]:
        """The parties opening a sentence: its subject when it starts with one."""
        parts = [p for p in finder.find(sentence.start, sentence.end, lang) if not p.is_place and p.pronoun is None]
        return sentence_subject(parts, finder.text, folded, sentence.start, lang)

    def _antecedent(self, event_type: str, roles: Any, doc_events: list[Event], index: int,
                    folded: str, match: TriggerMatch,
                    actor_parts: dict[int, list[Participant]],
                    context_subject: list[Participant] | None = None) -> tuple[list[EntityRef], list[EntityRef]]:
        """Parties taken from the previous event when the clause names none itself.

        "The text calls on ..." has the body that adopted the text as actor; "condemned
        the attack" has the attacker as recipient.  A reaction that names no target
        ("China criticised the plan", "Ukraine demanded compensation", "ورحبت حماس
        بالقرار") is aimed at the party that acted just before: the actor of the last
        event of another party in this or the previous sentence, else the subject of the
        previous sentence.
        """
        recent = [e for e in doc_events if e.actor and e.evidence and e.evidence[0].sentence is not None
                  and index - e.evidence[0].sentence <= 2]
        actors: list[EntityRef] = []
        recipients: list[EntityRef] = []
        if recent and not roles.actors and roles.rule not in ("passive",) and event_type not in _UNKNOWN_ACTOR_OK:
            actors = [EntityRef(**vars(r)) for r in recent[-1].actor]
        if not roles.actors and roles.rule not in ("passive",) and context_subject \
                and _SENTENCE_OPENS_ON_ARABIC_VERB.search(folded[max(0, match.start - 4):match.start + 2]):
            # "... دي مستورا يزور موسكو. وأجرى محادثات": a sentence opening on "and" + verb
            # continues the previous sentence's subject
            actors = [p.to_ref() for p in context_subject]
        if roles.recipients or event_type not in _REACTION:
            return actors, recipients
        own = list(roles.actors) + (actor_parts.get(id(recent[-1]), []) if actors else [])
        if event_type in _ANAPHORIC_OBJECT and _EVENT_NOUN.search(folded[match.end:match.end + 40]):
            source = next((e for e in reversed(recent) if _other_party(actor_parts.get(id(e), []), own)), None)
            if source is not None:
                return actors, [EntityRef(**vars(r)) for r in source.actor]
        if not own:
            return actors, recipients
        # this sentence's earlier events, the previous sentence's subject, its other events
        same = [e for e in recent if e.evidence[0].sentence == index]
        source = next((e for e in reversed(same) if _other_party(actor_parts.get(id(e), []), own)), None)
        if source is not None:
            return actors, [EntityRef(**vars(r)) for r in source.actor]
        if context_subject and _other_party(context_subject, own):
            return actors, [p.to_ref() for p in context_subject]
        before = [e for e in recent if e.evidence[0].sentence == index - 1]
        source = next((e for e in reversed(before) if _other_party(actor_parts.get(id(e), []), own)), None)
        if source is not None:
            recipients = [EntityRef(**vars(r)) for r in source.actor]
        return actors, recipients

    def _code_one(self, doc: Document, folded: str, sentence: Any, lang: str, lex: Lexicon,
                  match: TriggerMatch, parts: list[Participant], right_limit: int,
                  previous_actors: list[Participant] | None, prev: Any,
                  doc_events: list[Event], is_object: bool = False,
                  previous_recipients: list[Participant] | None = None,
                  actor_parts: dict[int, list[Participant]] | None = None,
                  context_subject: list[Participant] | None = None,
                  finder: ParticipantFinder | None = None) -> Event | None:
        rule = match.rule
        text = doc.text
        trig_end = match.end
        if any(match.start < p.start and p.end <= match.end for p in parts):
            # a pattern spanning its own parties ("وقعت مصر والأردن اتفاقية"): roles are read
            # around the first word of the trigger
            first = re.match(r"\S+", folded[match.start:match.end])
            trig_end = match.start + (first.end() if first else 0)
        roles = fill_roles(parts, text, folded, sentence.start, match.start, trig_end, right_limit,
                           lang, rule.event_type, rule.flags, rule.verb, previous_actors,
                           previous_recipients, next_trigger=right_limit < sentence.end)
        roles = role_model.revise(roles, parts, text, folded, sentence.start, sentence.end, match.start, trig_end,
                                  lang, rule.event_type, rule.verb)
        if finder is not None and not roles.recipients and rule.event_type in _POSSESSED_TARGET_TYPES \
                and _POSSESSED_OBJECT[lang].match(folded, match.end, match.end + 30):
            # "condemned his remarks", "demanded his resignation", "a exigé sa démission": the
            # person the possessive stands for, who is not the actor
            actor_keys = {a.key for a in roles.actors}
            owner = next((p for p in finder.antecedents(match.start)
                          if p.key not in actor_keys and p.code is not None), None)
            if owner is not None:
                roles.recipients = [owner]
        if rule.agent_noun:
            named = [p for p in parts if p.start < match.end and match.start < p.end]
            if named:
                roles.actors = named
                roles.recipients = [r for r in roles.recipients if r not in named]
        if rule.event_type == "ASSAULT" and roles.rule == "passive" and not roles.actors \
                and _TOLL.search(folded, sentence.start, match.start) \
                and any(e.event_type == "ASSAULT" for e in doc_events):
            return None  # "at least 185 people had been killed": the toll of an attack already told
        if is_object:  # the reacting party is not the attacker
            roles.actors = []
            inherited: tuple[list[EntityRef], list[EntityRef]] = ([], [])
        else:
            inherited = self._antecedent(rule.event_type, roles, doc_events, sentence.index, folded, match,
                                         actor_parts or {}, context_subject)
        blamed = _blamed_attacker(rule.event_type, roles, doc_events, sentence.index, folded[match.start:match.end],
                                  is_object)
        if blamed and not roles.actors:
            inherited = (blamed, inherited[1])
        if not roles.actors and not roles.recipients and not inherited[0] and not is_object \
                and rule.event_type not in _UNKNOWN_ACTOR_OK:
            return None  # an attack, a protest or an arrest is told without naming anyone; other events are not
        mod = modality.detect(folded, sentence.start, sentence.end, match.start, match.end,
                              text[match.start:match.end], match.prefix, lex,
                              learned=rule.source == "classifier")
        if rule.no_negation or is_object:
            mod.negated = False  # "did not condemn the shelling": the shelling did happen
        event_type, mode, aux = apply_conventions(rule.event_type, rule.mode, mod.aux, folded[match.start:match.end],
                                                  mod.negated)
        inherited_actors, inherited_recipients = inherited
        if event_type in ("COOPERATE", "CONSULT") and not roles.recipients and len(roles.actors) > 1:
            # a joint exercise, "Ukraine and Russia held talks": the first party meets the others (an
            # agreement keeps its joint actors)
            roles.actors, roles.recipients = roles.actors[:1], roles.actors[1:]
        if not roles.recipients and event_type in ("SANCTION", "COERCE", "RETREAT"):
            # "l'expulsion du diplomate": the party is named inside the trigger phrase
            own = {a.code for a in roles.actors}
            inside = [p for p in parts if match.start <= p.start and p.end <= match.end and p not in roles.actors
                      and not (p.generic and p.code in own and p.sector in ("GOV", "MIL"))]  # not "its troops"
            roles.recipients = inside
        if not roles.recipients and (event_type in _PLACE_RECIPIENT or rule.mode == "withdraw"
                                     or event_type == "ASSAULT" and roles.actors):
            # "sent rescue teams to Turkey", "ont rappelé leurs ambassadeurs en Israël", "withdrew its
            # troops from Mali": the state named as destination or origin
            own = {p.code for p in roles.actors}
            stop = clause_end(text, folded, match.end, right_limit, lang)
            roles.recipients = [p for p in parts if p.is_place and p.code and p.code not in own
                                and match.end <= p.start < stop][:1]
            if not roles.recipients and event_type == "ASSAULT" and lang == "fr":
                # "a pilonné les quartiers nord de Kharkiv", "sur un marché de Donetsk": a city the
                # attack hits stands for its state
                roles.recipients = self._struck_place(doc, match.end, stop, own, lang)
        if rule.mode == "visit" and "swap" not in rule.flags and event_type == rule.event_type:
            # "arrived in Taipei", "s'est rendu jeudi à Beyrouth", "زيارة إلى مصر": the host is the
            # state visited when no party is named first
            stop = clause_end(text, folded, match.end, right_limit, lang)
            host = self._destination(doc, parts, match.end, stop, roles.actors, lang)
            if host is not None and (not roles.recipients or roles.recipients[0].start > host.end
                                     and re.search(r"[,;،]", folded[host.end:roles.recipients[0].start])):
                roles.recipients = [host]
        # a joint action needs its partner; aid and sanctions are often told without naming the target
        if event_type == "COOPERATE" and not (roles.recipients or inherited_recipients):
            return None
        if "needs_recipient" in rule.flags and not (roles.recipients or inherited_recipients):
            return None  # "the minister's visit to the museum": a visit needs a host
        starts = [match.start] + [p.start for p in roles.actors if p.start >= sentence.start]
        ends = [match.end] + [p.end for p in roles.recipients]
        ev_start, ev_end = min(starts), max(ends)
        clause = (sentence.start, clause_end(text, folded, match.end, sentence.end, lang))
        date, precision = dating.event_date(doc, ev_start, ev_end, aux, clause=clause)
        if aux is None and mod.aux not in ("future", "hypothetical"):
            # a planned agreement or a threat (future or conditional, the aux the conventions
            # fold into the type) is not background, whatever its date resolves to
            days = dating.days_before_pub(doc, date)
            if modality.historical_cue(folded, sentence.start, sentence.end, lex, match.start, match.end) \
                    and (days is None or days > PLUPERFECT_DAYS):
                aux = "historical"
            elif days is not None and days > HISTORICAL_DAYS:
                aux = "historical"
            elif days is not None and days > PLUPERFECT_DAYS and modality.pluperfect(folded, max(sentence.start, match.start - 30), match.end, lex):
                aux = "historical"
        location, location_text = self._location(doc, ev_start, ev_end, parts, clause, event_type)
        if location is not None and location.country and len(location.country) == 3:
            # "Gunmen abducted schoolgirls in Zamfara state": role nouns no state was found for are
            # of the event's place
            for p in roles.actors + roles.recipients:
                if p.generic and p.code is None and p.sector in SCENE_SECTORS:
                    p.code = location.country
                    if finder is not None:
                        p.identifier_text = finder.group_name(p.code, p.sector, folded[p.start:p.end], lang)
        evidence = Evidence(
            article_id=doc.article.id, sentence=sentence.index, start=ev_start, end=ev_end,
            text=text[ev_start:ev_end], lang=lang, source=doc.article.source,
        )
        attribution = attribute(folded, text, sentence.start, sentence.end, lex, parts, roles.actors,
                                doc.article.source, (prev.start, prev.end) if prev else None)
        confidence = 0.5 + (0.2 if roles.actors else 0) + (0.1 if roles.recipients else 0)
        if roles.actors and all(p.generic for p in roles.actors):
            confidence -= 0.1
        if inherited_actors or inherited_recipients:
            confidence -= 0.1
        if mod.negated or aux:
            confidence -= 0.05
        event = Event(
            id=event_id(doc.article.id, ev_start, ev_end, event_type),
            article_id=doc.article.id,
            event_type=event_type,
            mode=_mode(event_type, mode, rule.event_type, folded[sentence.start:sentence.end]),
            context=ctxmod.contexts(rule.context, folded[sentence.start:sentence.end], event_type),
            actor=[p.to_ref() for p in roles.actors] or inherited_actors,
            recipient=[p.to_ref() for p in roles.recipients] or inherited_recipients,
            date=date, date_precision=precision,
            location=location, location_text=location_text,
            negated=mod.negated, aux=aux, attribution=attribution, evidence=[evidence],
            rule=f"lexicon:{lang}:{rule.rule_id}:{roles.rule}",
            confidence=round(max(0.05, min(0.95, confidence)), 2),
        )
        event.__dict__["_actor_parts"] = roles.actors or None
        event.__dict__["_recipient_parts"] = roles.recipients or None
        event.__dict__["_trigger"] = (match.start, match.end)
        return event

    def _destination(self, doc: Document, parts: list[Participant], start: int, stop: int,
                     actors: list[Participant], lang: str) -> Participant | None:
        """The state of the place named right after a visit trigger, other than the visitor's."""
        own = {a.code for a in actors}
        places = [(p.start, p.end, p.text, p.code) for p in parts if p.is_place and p.code]
        places += [(m.start, m.end, m.text, m.country or m.place.country) for m in doc.mentions
                   if m.type in ("LOC", "GPE") and m.place is not None and (m.country or m.place.country)]
        places = sorted(p for p in places if start <= p[0] < stop and p[0] - start <= 40)
        if not places or places[0][3] in own or re.search(r"[,;،]", doc.text[start:places[0][0]]):
            return None
        s, e, surface, code = places[0]
        return Participant(s, e, surface, "GPE", code=code, sector="GOV",
                           identifier_text=state_name(code, self.lexicons[lang].fallback))

    def _struck_place(self, doc: Document, start: int, stop: int, own: set[str | None],
                      lang: str) -> list[Participant]:
        """The state of the first city or region named after an attack trigger in its clause,
        other than the attacker's."""
        for m in doc.mentions:
            code = m.country or (m.place.country if m.place is not None else None)
            if m.type in ("LOC", "GPE") and m.place is not None and code and code not in own \
                    and start <= m.start < stop:
                return [Participant(m.start, m.end, m.text, "GPE", code=code, sector="GOV",
                                    identifier_text=state_name(code, self.lexicons[lang].fallback))]
        return []

    def _location(self, doc: Document, start: int, end: int, parts: list[Participant],
                  clause: tuple[int, int], event_type: str | None = None) -> tuple[Place | None, str | None]:
        if _geo_event_location is not None:
            try:
                return _geo_event_location(doc, start, end, event_type)
            except Exception as exc:  # a failing helper must not lose the event
                doc.errors.append(f"events: location of [{start}, {end}) not resolved: {exc}")
                return None, None
        for m in doc.mentions:
            if clause[0] <= m.start < clause[1] and m.place is not None and m.type in ("LOC", "GPE"):
                before = doc.text[max(clause[0], m.start - 6):m.start].lower()
                if re.search(r"\b(?:in|at|à|a|en|au|في)\s*$", before) or before.endswith("ب"):
                    return m.place, m.text
        for p in parts:
            if clause[0] <= p.start < clause[1] and p.is_place and p.code:
                return Place(name=p.identifier_text or p.text, country=p.code), p.text
        return None, None


# French negation splits a verb from its complement: "ne se retireront pas de la zone", "ne
# renouvellera pas l'accord"; the particle after the verb is blanked (offsets kept) so that the
# pattern of the verb and its complement matches, and the modality step reads the negation as
# it stands in the text
_FR_SPLIT_NEGATION = re.compile(r"\bn(?:e\s+|['’])(?:(?:se|me|te|nous|vous|le|la|les|leur|lui|y|en)\s+|[sl]['’])*"
                                r"\w+\s+(pas|plus|jamais|guère|point)(?=\s)")


def _with_split_negation(folded: str, spans: list[tuple[int, int]], lex: Lexicon,
                         found_by_span: list[list[TriggerMatch]]) -> list[list[TriggerMatch]]:
    """Adds the French triggers a negation particle between the verb and its complement hid."""
    particles = [m.span(1) for m in _FR_SPLIT_NEGATION.finditer(folded)]
    if not particles:
        return found_by_span
    blanked = list(folded)
    for start, end in particles:
        blanked[start:end] = " " * (end - start)
    blanked_text = "".join(blanked)
    merged = list(found_by_span)
    for i, (lo, hi) in enumerate(spans):
        inside = [p_start for p_start, _ in particles if lo <= p_start < hi]
        if not inside:
            continue  # only a sentence holding a particle can gain a trigger
        found = found_by_span[i]
        added = [t for t in find_triggers(blanked_text, lo, hi, lex)
                 if any(t.start < p_start < t.end for p_start in inside)
                 and all(t.end <= k.start or k.end <= t.start for k in found)]
        if added:
            merged[i] = sorted(found + added, key=lambda t: t.start)
    return merged


# "which Lebanon blamed on Israel", "l'Iran en a imputé la responsabilité à Israël", "حملت إيران
# الولايات المتحدة مسؤولية اغتيال": the party blamed is the attacker
_BLAME = re.compile(r"blam|responsib|imput|attribu|accus|(?:^|\s)[وف]?(?:حمل|يحمل|تحمل|اتهم|يتهم|تتهم)|مسؤولي")


def _blamed_attacker(event_type: str, roles: Any, doc_events: list[Event], index: int, trigger: str,
                     is_object: bool) -> list[EntityRef]:
    """An attack told without its attacker takes the party an accusation next to it blames."""
    same = [e for e in doc_events if e.evidence and e.evidence[0].sentence == index]
    if event_type == "ACCUSE" and roles.recipients and _BLAME.search(trigger):
        # "An air strike destroyed the consulate ... Tehran blamed Israel": this or the previous sentence
        recent = [e for e in doc_events if e.evidence and e.evidence[0].sentence in (index - 1, index)]
        for e in reversed(recent):
            if e.event_type == "ASSAULT" and not e.actor:
                e.actor = [p.to_ref() for p in roles.recipients]
                break
        return []
    if event_type == "ASSAULT" and (is_object or not roles.actors):
        blame = next((e for e in reversed(same) if e.event_type == "ACCUSE" and e.recipient and not e.negated
                      and _BLAME.search(fold(e.evidence[0].text))), None)
        if blame is not None:
            return [EntityRef(**vars(r)) for r in blame.recipient]
    return []


def _drop_object_nouns(matches: list[TriggerMatch], folded: str, seen: set[str],
                       objects: set[int]) -> list[TriggerMatch]:
    """Drop "protesters" in "fired tear gas at protesters": a party of the earlier trigger.

    An attack that is only the object of a verbal reaction ("did not condemn the shelling")
    is kept, without the reacting party as actor, when the article has not told it yet;
    ``objects`` receives the ids of such matches.
    """
    kept: list[TriggerMatch] = []
    for m in matches:
        prev = kept[-1] if kept else None
        if prev is not None and m.rule.agent_noun and _QUANTITY_GAP.match(folded[prev.end:m.start]) \
                and m.start - prev.end <= 25:
            continue  # "arrested ten protesters": the protesters are the recipients
        if prev is not None and prev.rule.event_type in _VERBAL:
            gap = folded[prev.end:m.start - len(m.prefix or "")]
            if prev.rule.event_type in ("REJECT", "CONCEDE") and not m.rule.agent_noun \
                    and _INFINITIVE_GAP.match(gap):
                kept.append(m)  # "refused to condemn": the act refused is coded, negated
                continue
            if m.rule.agent_noun and len(gap) <= 50:
                continue
            if len(gap) <= 25 and _DETERMINER_GAP.match(gap):
                if m.rule.event_type in ("ASSAULT", "COERCE") and m.rule.event_type not in seen:
                    objects.add(id(m))
                    kept.append(m)
                continue  # "condemned the attack", "denounced the veto": the object, not an event
        if m.rule.event_type == "REQUEST" and _DOCUMENT_BEFORE.search(folded[max(0, m.start - 60):m.start]) \
                and re.match(r"\w+(?:ing|ant)\b", folded[m.start:m.end]):
            continue  # "a draft resolution demanding ...": the content of a text
        if prev is not None and prev.rule.event_type == m.rule.event_type and m.start - prev.end <= 60 \
                and (not _SECOND_ACT.search(folded[prev.end:m.start])
                     or _RESTATED.match(folded[prev.end:m.start])):
            continue  # "a été tué ... à coups de couteau": one event told with two triggers
        if prev is not None and m.rule.event_type == "ASSAULT" and m.start - prev.end <= 60 \
                and not re.search(r"[;.]", folded[prev.end:m.start]) \
                and (prev.rule.event_type == "COERCE" and folded.startswith("raid", m.start)
                     and re.search(r"\b(?:in|during|lors d'|lors de|au cours d'|au cours de)\s+(?:[\w'-]+\s+){0,2}$", folded[prev.end:m.start])
                     or prev.rule.event_type == "PROTEST" and prev.rule.agent_noun and m.start - prev.end <= 20
                     and re.match(r"storm|pris d'assaut", folded[m.start:m.end])):
            continue  # "detained 25 people in raids", "protesters stormed": the arrest or the protest itself
        if m.rule.event_type == "ASSAULT" and _DISASTER.search(folded[max(0, m.start - 80):m.start]):
            continue  # "the earthquake, which killed ...": no actor to code
        kept.append(m)
    return kept


# what separates two acts of one type in a sentence: a clause mark or a coordinator ("detained ...
# and shut down ...", "pledged ... but failed to agree on ...", « a rencontré ... puis s'est
# entretenu avec ... », «قصفت ... ثم استهدفت»); without one, two triggers tell one event
_SECOND_ACT = re.compile(r"[;.,،]|\b(?:and|et|puis|then|but|mais|yet|while|whereas|tandis|alors)\b"
                         r"|(?:^|\s)(?:و|(?:ثم|لكن|لكنه|لكنها|بينما|فيما)(?:\s|$))")
# the verb of a denial: "denied", « a démenti », « a nié », «نفت»
_DENIAL_VERB = re.compile(r"(?:den(?:ied|ies|y|ying)|d[ée]menti|d[ée]ment|d[ée]mentent|nié|nie|nient|réfut\w*"
                          r"|[وف]?(?:نفى|نفي|نفت|ينفي|تنفي|نفوا|نافيا|نافيه))(?!\w)")


def _trigger_span(event: Event) -> tuple[int, int] | None:
    """The trigger's offsets, kept on an event while its sentence is coded (``code`` drops them)."""
    return event.__dict__.get("_trigger")


def _in_complement(folded: str, verb_starts: list[int], start: int) -> bool:
    """Whether a trigger at ``start`` lies in the complement of a denying or refusing verb at one
    of ``verb_starts``."""
    return any(verb < start and modality.within_denial(folded, verb, start) for verb in verb_starts)


def _drop_denials_of_coded_acts(events: list[Event], folded: str) -> list[Event]:
    """"Iran denied any involvement in the drone attack", « a démenti que son aviation ait frappé »,
    «نفت أي صلة لها بالهجوم»: the denied act, coded negated, is the event; the denial is no
    REJECT of its own.  A denial whose act no trigger found ("denied the reports", «نفت أي صلة لها
    بالحادث») stays a REJECT."""
    if not any(e.event_type == "REJECT" for e in events):
        return events
    negated = [span[0] for e in events if e.negated and e.event_type != "REJECT"
               and (span := _trigger_span(e)) is not None]
    kept = []
    for event in events:
        span = _trigger_span(event)
        if event.event_type == "REJECT" and not event.negated and span is not None \
                and _DENIAL_VERB.match(folded, span[0]) \
                and any(_in_complement(folded, [span[0]], start) for start in negated):
            continue
        kept.append(event)
    return kept


# a verb of refusing: "refused to", « a refusé de », «رفض»
_REFUSAL_VERB = re.compile(r"(?:refus\w*|declin\w*|[وف]?(?:رفض|رفضت|رفضوا|رفضا|يرفض|ترفض))(?!\w)")


def _drop_refused_meetings(events: list[Event], folded: str) -> list[Event]:
    """"refused to receive the delegation", « a refusé de participer aux pourparlers », «رفض
    استقبال الوفد»: the refusal is the event (REJECT, mode meet); the meeting it turns down is no
    negated CONSULT of its own."""
    refusals = [span[0] for e in events if e.event_type == "REJECT" and not e.negated
                and (span := _trigger_span(e)) is not None and _REFUSAL_VERB.match(folded, span[0])]
    if not refusals:
        return events
    return [e for e in events
            if not (e.event_type == "CONSULT" and e.negated and (span := _trigger_span(e)) is not None
                    and _in_complement(folded, refusals, span[0]))]


def _merge_repeated_attacks(events: list[Event], text: str, folded: str, lang: str) -> list[Event]:
    """One attack told twice in a sentence ("shelled the town, killing five", "the attack,
    claimed by ...") is one event: a later ASSAULT of the same polarity and aux joins an
    earlier one of the same clause when it names no actor of its own or the same actors."""
    kept: list[Event] = []
    for event in events:
        participle = _participle_after_comma(folded, event)
        same = next((k for k in kept if k.event_type == "ASSAULT" == event.event_type
                     and k.negated == event.negated and k.aux == event.aux
                     and (not event.actor or _keys(k.actor) == _keys(event.actor) or participle)
                     and _same_clause(text, folded, k, event, lang)), None)
        if same is None:
            kept.append(event)
            continue
        seen = _keys(same.actor) | _keys(same.recipient)
        same.recipient += [r for r in event.recipient if _keys([r]).isdisjoint(seen)]
        same.location = same.location or event.location
        same.location_text = same.location_text or event.location_text
        same.date = same.date or event.date
        same.date_precision = same.date_precision or event.date_precision
    return kept


# a comma, then at most an adverb, right before the participle
_COMMA_BEFORE = re.compile(r"[,،]\s*(?:(?:also|reportedly|allegedly|again|apparently|aussi|encore)\s+)?$")


def _participle_after_comma(folded: str, event: Event) -> bool:
    """", killing two generals", « , tuant cinq civils »: a participle after a comma tells the toll
    of the attack of its clause, whatever party the roles found before it (a place, the target);
    not a new clause with its own attacker (", Ukrainian shelling hit Belgorod")."""
    span = _trigger_span(event)
    if span is None:
        return False
    head = re.match(r"\w+", folded[span[0]:span[1]])
    comma = _COMMA_BEFORE.search(folded, max(0, span[0] - 20), span[0])
    return head is not None and re.fullmatch(r"\w+(?:ing|ant)", head.group(0)) is not None \
        and comma is not None \
        and all(ref.start is None or ref.start < comma.start() for ref in event.actor)


def _drop_restated(events: list[Event]) -> list[Event]:
    """"X received Y in Cairo, on the first visit by Y to Egypt": a later event of the same type,
    polarity and actors whose recipients are only the states of the earlier one's persons
    restates it; people counted after a second verb ("... واعتقلت أكثر من ألف شخص", named by
    their state) are a second act, not the state restated."""
    kept: list[Event] = []
    for event in events:
        restated = event.recipient and any(
            k.event_type == event.event_type and k.negated == event.negated and k.aux == event.aux
            and _keys(k.actor) == _keys(event.actor) and k.recipient
            and {r.code for r in event.recipient} <= {r.code for r in k.recipient}
            and all(names_the_state(r.code, r.identifier_text) and r.sector in (None, "GOV") for r in event.recipient)
            and _keys(event.recipient).isdisjoint(_keys(k.recipient)) for k in kept)
        if not restated:
            kept.append(event)
    return kept


def _same_clause(text: str, folded: str, first: Event, later: Event, lang: str) -> bool:
    start, end = first.evidence[0].start, later.evidence[0].start
    return end <= start or clause_end(text, folded, start, end, lang) >= end


_SENTENCE_OPENS_ON_ARABIC_VERB = re.compile(r"(?:^|[.!?؟\n])\s*[وف][اأيتن][\u0621-\u064a]$")


def _keys(refs: list[EntityRef]) -> set[str]:
    return {r.identifier_text or r.entity_text for r in refs}


def _mode(event_type: str, mode: str | None, trigger_type: str, sentence: str) -> str | None:
    if event_type != trigger_type:
        return None
    if event_type in ("REQUEST", "REJECT") and mode is None:
        if re.search(r"negotiat|talks|dialogue|négociation|pourparlers|مفاوضات|محادثات|الحوار", sentence):
            return "meet"
        if re.search(r"\brelease|libér|الافراج|restore|rétablir|reinstate|change|réforme", sentence):
            return "change"
    return mode



def _reversed(event: Event) -> Event:
    reverse = copy.copy(event)
    reverse.actor, reverse.recipient = list(event.recipient), list(event.actor)
    reverse.id = event_id(event.article_id, event.evidence[0].start, event.evidence[0].end,
                          f"{event.event_type}:reverse")
    reverse.evidence = list(event.evidence)
    return reverse


def _other_party(candidates: list[Participant], own: list[Participant]) -> bool:
    """True when ``candidates`` name a party other than ``own``: not the same one, and not
    its state under another name ("Russia" for "Moscow"); two persons or two groups of
    one state are two parties."""
    own_keys = {p.key for p in own}
    for c in candidates:
        if c.key in own_keys:
            return False
        if c.code and any(o.code == c.code and (_state_level(o) or _state_level(c)) for o in own):
            return False
    return bool(candidates)


def _state_level(p: Participant) -> bool:
    return p.kind in ("GPE", "GOV") and not p.generic
