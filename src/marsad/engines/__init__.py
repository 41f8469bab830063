"""Execution engines: the same pipeline locally (processes) or on a Dask cluster."""
