"""Extractors: plain functions over a spaCy Doc that return records with evidence spans."""
