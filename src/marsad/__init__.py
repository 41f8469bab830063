"""Marsad: Arabic-first conflict event extraction into an ACLED-style event database."""
__version__ = "0.1.0"
