"""Readers turn input files into Documents; a bad input becomes a Skip, never a crash."""
from marsad.readers.base import Skip, read_inputs, decode_bytes

__all__ = ["Skip", "read_inputs", "decode_bytes"]
