"""Mention detection: persons, organisations, places and titles in en, fr and ar.

Entry points: :func:`wirewatch.entities.detect.detect_mentions` (one document) and the
pipeline stage :class:`wirewatch.entities.stage.EntityStage` (a batch, then linking).
The spaCy docs made on the way are available to later stages through
:mod:`wirewatch.entities.parses`.  Submodules are imported on use, so importing this
package loads no model.
"""
