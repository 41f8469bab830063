"""Near-duplicate documents and events merged across documents.

``shingles``: MinHash signatures and an LSH index over normalised Arabic word shingles.
``rules``: when two event records report the same happening, field by field.
``merge``: a merged event's record, built from its members in an order-free way.
``db``: the hook the store's write path calls for each new document.
"""
from marsad.dedup.merge import Merged
from marsad.dedup.rules import Decision, MergeOptions, compare
from marsad.dedup.shingles import CopyIndex, CopyOptions, Signature, compare_texts, shingle_hashes, shingles, signature

__all__ = ["CopyIndex", "CopyOptions", "Decision", "MergeOptions", "Merged", "Signature", "compare",
           "compare_texts", "shingle_hashes", "shingles", "signature"]
