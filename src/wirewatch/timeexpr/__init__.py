"""Date expressions in English, French and Arabic, resolved against the publication date.

Public surface: :func:`find_time_expressions`, :func:`publication_date_from_text`,
:func:`event_date`; the pipeline stage is :class:`wirewatch.timeexpr.stage.TimeExpressionStage`.
"""

from wirewatch.timeexpr.dateline import publication_date_from_text
from wirewatch.timeexpr.event_date import event_date
from wirewatch.timeexpr.finder import SUPPORTED_LANGS, find_time_expressions

__all__ = ["SUPPORTED_LANGS", "event_date", "find_time_expressions", "publication_date_from_text"]
