"""Marsad: Arabic-first conflict event extraction into an ACLED-style event database."""
from marsad import native as _native

# first, before any compiled module can be imported: pure Python unless the build vouches for the sources
_native.install()

__version__ = "0.1.0"
