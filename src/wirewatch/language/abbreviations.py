"""Abbreviations that end in a full stop without ending a sentence (English and French).

Compared lowercased, without the final full stop.  Only words that are rarely the last
word of a sentence belong here: a company suffix ("Inc.", "Ltd.") or "Jr." often ends
one, and before a lowercase word no full stop ends a sentence anyway.
"""

from __future__ import annotations

# Never end a sentence: titles and forms of address, Latin abbreviations, months.
ALWAYS = frozenset(
    """
    mr mrs ms messrs mmes dr drs prof gen lt col maj capt cmdr cdr adm sgt cpl pte brig
    gov sen rep rev hon pres amb supt insp det atty st ste mt ft
    mme mlle mlles mgr pr cf ca approx env av bd blvd ave vs
    e.g i.e viz
    jan feb mar apr jun jul aug sep oct nov dec janv févr avr juil déc
    """.split()
)

# End no sentence when a number follows ("No. 5", "p. 12", "art. 3").
BEFORE_NUMBER = frozenset("no nos nr num p pp art arts ch chap fig figs para sect n° vol tel".split())

# Words that start sentences; after a dotted acronym ("U.S.") one of them means the
# acronym also ended the sentence.
SENTENCE_STARTERS = frozenset(
    """
    the he she it they we i in but a an this that these those there his her their its
    on at after before when while however meanwhile earlier later also yet so if as
    le la les il elle ils elles on nous en dans mais ce cette ces lors selon pour un une
    des du au aux par depuis après avant alors ainsi cependant
    """.split()
)
