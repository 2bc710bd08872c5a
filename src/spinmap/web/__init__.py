"""Views over stored analyses (the HTML report); never re-implements extraction."""
