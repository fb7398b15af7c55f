"""``flightwatch evaluate``: the extractor scored against a labelled corpus (gold figures per document and a gold monthly series)."""
