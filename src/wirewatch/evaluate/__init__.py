"""Scoring coded events against gold files (``../shared/gold/FORMAT.md``)."""
