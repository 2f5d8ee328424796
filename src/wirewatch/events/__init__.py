"""PLOVER event coding: the ``events`` stage (:class:`wirewatch.events.stage.EventStage`)."""
