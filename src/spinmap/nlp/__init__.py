"""spaCy parsing and canonical actors."""
