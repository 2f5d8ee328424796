"""Places from an offline GeoNames gazetteer, and where events happened.

Public surface: :class:`~wirewatch.geo.gazetteer.Gazetteer` (``get_gazetteer()`` for the
shared instance), :func:`event_location`, the settings of contested territories in
:mod:`wirewatch.geo.settings`; the pipeline stage is :class:`wirewatch.geo.stage.GeoStage`.
"""

from wirewatch.geo.gazetteer import Gazetteer, get_gazetteer
from wirewatch.geo.location import event_location

__all__ = ["Gazetteer", "event_location", "get_gazetteer"]
