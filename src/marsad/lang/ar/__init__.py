"""Arabic layer: normalisation with offsets, sentences, tokens with clitics, numbers, dates."""
from marsad.lang.ar.normalize import NormText, normalize, norm_key

__all__ = ["NormText", "normalize", "norm_key"]
