class StoreError(Exception):
    """A store could not be opened, read or written; the message is one line."""
