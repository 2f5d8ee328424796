"""Language handling: matching normalisation, language segments, sentences (stage ``prepare``)."""

from wirewatch.language.identify import identify_language
from wirewatch.language.normalize import normalize_for_matching, normalize_with_offsets
from wirewatch.language.segment import language_segments
from wirewatch.language.sentences import split_sentences
from wirewatch.language.stage import PrepareStage

__all__ = [
    "PrepareStage",
    "identify_language",
    "language_segments",
    "normalize_for_matching",
    "normalize_with_offsets",
    "split_sentences",
]
