"""English trigger families of everyday news wording, checked on the lexicon alone.

Each case is a family member the English lexicon must find (other inflections or
objects than the sentences the family was written for), or a look-alike it must not
take for an event.  The lexicon is matched directly, without the learned classifier or
the role filler, so a case fails when its pattern is missing or too broad.
"""

import pytest

from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers


def trigger_types(lexicon, text: str) -> set[str]:
    folded = fold(text)
    return {m.rule.event_type for m in find_triggers(folded, 0, len(folded), lexicon)}


@pytest.fixture(scope="module")
def english(lexicons):
    return lexicons["en"]


@pytest.mark.parametrize(("text", "expected"), [
    # agreements: participles, adopted pacts, signatures, joining a bloc
    ("The two sides ended the meeting, agreeing on a timetable for prisoner exchanges.", "AGREE"),
    ("Member states adopted a global compact on migration in Marrakech.", "AGREE"),
    ("Kenya and Haiti put pen to paper on a security arrangement.", "AGREE"),
    ("Sweden formally joined NATO on Thursday.", "AGREE"),
    ("Parliament gave the green light to a trade agreement with Chile.", "AGREE"),
    # consultations: gatherings for talks, hosting, sitting across the table, phone
    ("Envoys gathered in Doha on Sunday for a third day of negotiations.", "CONSULT"),
    ("Egypt's president played host to the Emir of Qatar.", "CONSULT"),
    ("The two delegations sat across the table from each other in Geneva.", "CONSULT"),
    ("The two leaders were on the phone for forty minutes.", "CONSULT"),
    ("The ministers held two days of intensive talks in Vienna.", "CONSULT"),
    # support: standing with, thrown weight, praise received from a party
    ("Canada stands resolutely with the people of Ukraine.", "SUPPORT"),
    ("The senator threw her full support behind the nominee.", "SUPPORT"),
    ("The new government won praise from Brussels for its reforms.", "SUPPORT"),
    ("Several countries are set to recognise a Palestinian state.", "SUPPORT"),
    # concessions: shelving a contested measure, pausing a reform, giving way, U-turns
    ("The cabinet shelved a controversial fuel tax hike after protests.", "CONCEDE"),
    ("The government pressed pause on its pension reform.", "CONCEDE"),
    ("Ministers gave way to pressure from truckers.", "CONCEDE"),
    ("The chancellor U-turned on plans to cut disability benefits.", "CONCEDE"),
    ("The king voiced his sincerest regrets for the massacre.", "CONCEDE"),
    # cooperation and aid
    ("Spain handed over three suspected traffickers to Moroccan authorities.", "COOPERATE"),
    ("Interpol helped Brazilian police track down the fugitive.", "COOPERATE"),
    ("France supplied Ukraine with more Caesar howitzers.", "AID"),
    ("Germany is shipping air defence missiles to Kyiv.", "AID"),
    ("The World Bank approved a $500 million loan to Jordan.", "AID"),
    ("Planes dropped food parcels over northern Gaza.", "AID"),
    # retreats: vacating, returning captives, handing hostages to the Red Cross, bowing out
    ("The rebels vacated the airport after a week.", "RETREAT"),
    ("Russia returned ten prisoners of war to Ukraine.", "RETREAT"),
    ("Hamas handed two hostages over to the Red Cross.", "RETREAT"),
    ("The minister bowed out after a week of scandal.", "RETREAT"),
    ("The president lifted the state of emergency on Friday.", "RETREAT"),
    # requests
    ("Zelensky is pressing the allies in Washington on Monday to send more air defence.", "REQUEST"),
    ("The opposition pushed the commission to recount the ballots.", "REQUEST"),
    ("Lebanon turned to France for help with the reconstruction.", "REQUEST"),
    ("Ukraine formally applied to join the European Union.", "REQUEST"),
    # accusations
    ("The minister had sharp words for Serbia over the border incident.", "ACCUSE"),
    ("Human Rights Watch found fault with the new law.", "ACCUSE"),
    ("Prosecutors are looking into the sale of the port.", "ACCUSE"),
    ("Police placed the former mayor under investigation.", "ACCUSE"),
    ("A judge issued a warrant for the arrest of the former president.", "ACCUSE"),
    ("Beijing described the visit as a dangerous provocation.", "ACCUSE"),
    # rejections
    ("Netanyahu dismissed the latest Hamas conditions for a deal.", "REJECT"),
    ("The president ruled out sending troops to the region.", "REJECT"),
    ("The country has stonewalled inspectors for months.", "REJECT"),
    ("Lawmakers voted the budget down on Tuesday.", "REJECT"),
    ("Turkey called off a planned visit by the Swedish minister.", "REJECT"),
    # threats
    ("He said he would impose tariffs on all imports from the bloc unless it changed course.", "THREATEN"),
    ("The president vowed to cut off gas supplies if the country joined the alliance.", "THREATEN"),
    ("Beijing said it would take resolute measures.", "THREATEN"),
    ("The bloc said it was ready to send troops into the country.", "THREATEN"),
    # protests, deployments, coercion, attacks, sanctions
    ("Dock workers laid down their tools on Monday.", "PROTEST"),
    ("Students set up an encampment outside the library.", "PROTEST"),
    ("Teachers walked out for 48 hours over pay.", "PROTEST"),
    ("Students occupied the faculty of law in Belgrade.", "PROTEST"),
    ("Russia is moving nuclear warheads to Belarus.", "MOBILIZE"),
    ("The army called up its reserve forces.", "MOBILIZE"),
    ("The junta barred journalists from the capital.", "COERCE"),
    ("Tunisia is deporting Sudanese who entered without visas.", "COERCE"),
    ("The authorities shut down the bureau of the broadcaster.", "COERCE"),
    ("Police locked up the activist without charge.", "COERCE"),
    ("The government placed the region under curfew.", "COERCE"),
    ("The regulator suspended X nationwide.", "COERCE"),
    ("Houthi rebels targeted a tanker with two missiles.", "ASSAULT"),
    ("A gunman shot the mayor outside his home.", "ASSAULT"),
    ("Russian strikes battered the port of Odesa.", "ASSAULT"),
    ("Rebels seized the provincial capital of Bukavu.", "ASSAULT"),
    ("Militias rocketed the embassy compound overnight.", "ASSAULT"),
    ("Gunmen snatched dozens of passengers from a bus.", "ASSAULT"),
    ("Moscow kicked out two Moldovan diplomats.", "SANCTION"),
    ("The EU suspended budget support to Mali.", "SANCTION"),
    ("Washington tightened restrictions on exports of chips to China.", "SANCTION"),
    ("The country will leave the bloc next year.", "SANCTION"),
    ("Israel recalled its ambassadors from Madrid and Dublin.", "SANCTION"),
])
def test_everyday_wording_is_found(english, text, expected):
    assert expected in trigger_types(english, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Real Madrid beat Bayern on penalties on Wednesday.", "SANCTION"),
    ("Tesla cut the prices of its cars in China again.", "CONCEDE"),
    ("The navy towed a decommissioned warship out to sea.", "RETREAT"),
    ("EU leaders settled on a support package for farmers.", "SUPPORT"),
    ("Critics called the plan a hybrid attack on democracy.", "ASSAULT"),
    ("The candidate pledged to end the war if elected.", "THREATEN"),
    ("The storm battered the coast overnight.", "ASSAULT"),
    ("Shares in the chipmaker rallied after it beat profit forecasts.", "PROTEST"),
    ("Fans welcomed the team home at the airport.", "SUPPORT"),
    ("Police detained the mayor in a dawn raid on his home.", "ASSAULT"),
    ("Thousands demanded the resignation of the minister.", "RETREAT"),
    ("The council postponed a vote on a resolution on Gaza.", "COERCE"),
    ("Spain's team arrived in Berlin for the final.", "CONSULT"),
    ("Egypt invited both sides for a new round of talks.", "CONSULT"),
    ("Turkey lifted its objection to Sweden joining NATO.", "AGREE"),
    ("Russia ordered its troops to withdraw from the river bank.", "REQUEST"),
    ("Riot police officers patrolled the centre of the capital.", "MOBILIZE"),
    ("Soldiers guarded the entrance of the ministry.", "MOBILIZE"),
])
def test_look_alikes_are_not_taken_for_events(english, text, absent):
    assert absent not in trigger_types(english, text)
