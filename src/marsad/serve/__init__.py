"""Read-only API and dashboard over the event store (`marsad serve`; needs the `serve` extra)."""
