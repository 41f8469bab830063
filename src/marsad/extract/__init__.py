"""Event extraction: triggers, actors, modality, attribution, fatalities -> ACLED events."""
