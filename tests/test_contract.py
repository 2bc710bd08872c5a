"""The `spinmap.article/1` contract: schema file in sync, real output validates, spans reproduce text."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from spinmap.analysis import analyze_many
from spinmap.config import Settings
from spinmap.contract import generate_schema, shipped_schema
from spinmap.ingest.readers import read_inputs
from spinmap.records import ArticleAnalysis, check_spans

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


@pytest.fixture(scope="module")
def sample_analyses(nlp):
    results = list(analyze_many(read_inputs([str(SAMPLES)], Settings()), Settings(), nlp))
    assert results, "the bundled samples produced no analyses"
    return results


def test_contract_shipped_schema_matches_records():
    assert shipped_schema() == generate_schema(), "run: python -m spinmap.contract > src/spinmap/spinmap.article-1.schema.json"


def test_contract_real_output_validates_against_schema(sample_analyses):
    validator = jsonschema.Draft202012Validator(shipped_schema())
    for analysis in sample_analyses:
        doc = json.loads(analysis.to_json())
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, f"{analysis.source}: {errors[0].message}"
        assert doc["schema"] == "spinmap.article/1"
        for key in ("actors", "quotes", "blames", "techniques", "framing", "errors", "removed"):
            assert isinstance(doc[key], list)


def test_contract_every_span_reproduces_its_text(sample_analyses):
    for analysis in sample_analyses:
        assert check_spans(analysis) == [], analysis.source


def test_contract_json_round_trips(sample_analyses):
    for analysis in sample_analyses:
        again = ArticleAnalysis.from_json(analysis.to_json())
        assert again.to_json() == analysis.to_json()


def test_contract_schema_rejects_a_broken_record(sample_analyses):
    doc = json.loads(sample_analyses[0].to_json())
    del doc["blames"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, shipped_schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("bad_span", [(5, 3), (-1, 2), (0, 10**6)])
def test_contract_check_spans_flags_bad_spans(bad_span):
    from spinmap.records import TechniqueSpan

    a = ArticleAnalysis(id="x", source="t", text="hello world")
    a.techniques.append(TechniqueSpan(label="Doubt", span=bad_span, text="hello", confidence=0.5))
    assert check_spans(a)


def test_contract_check_spans_flags_text_mismatch():
    from spinmap.records import TechniqueSpan

    a = ArticleAnalysis(id="x", source="t", text="hello world")
    a.techniques.append(TechniqueSpan(label="Doubt", span=(0, 5), text="world", confidence=0.5))
    assert check_spans(a)
