"""Language layers. ``lang.ar`` knows Arabic text, nothing of events."""
