"""Fuzz ingest + analyze: no input crashes a batch, each yields exactly one record, spans hold."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from spinmap.analysis import analyze_many
from spinmap.config import Settings
from spinmap.errors import CATALOGUE
from spinmap.ingest.clean import normalise_text
from spinmap.ingest.readers import article_from_text, read_inputs
from spinmap.records import check_spans, content_id

LINES = st.sampled_from([
    "Officials in Baku accused Yerevan of shelling border villages on Tuesday.",
    '"We will not surrender," Pashinyan said, blaming Russia for the defeat.',
    "According to the ministry, the road was never closed.",
    "Armenia was betrayed by its allies, the protesters said.",
    "\u201cThe West is to blame,\u201d Lavrov told reporters.",
    "He said \u201cnothing",
    "Click to view full-size image",
    "Support SouthFront",
    "Read: 244",
    "Write comment",
    "News feed",
    "Die Regierung hat erklärt, dass die Gespräche gescheitert sind.",
    "Министр заявил об этом во вторник.",
    "Who Is To Blame For The War?",
    "",
    "   \t ",
])
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(LINES, max_size=8).map("\n\n".join),
    st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=6).map("\n".join),
)


@st.composite
def input_file(draw) -> tuple[str, bytes]:
    """A file name and its bytes: text in several encodings, HTML, JSONL or raw binary."""
    kind = draw(st.sampled_from(["txt", "html", "jsonl", "binary", "unsupported"]))
    text = draw(TEXT)
    if kind == "txt":
        encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
        return "a.txt", text.encode(encoding, "replace")
    if kind == "html":
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        wrap = draw(st.booleans())
        return "a.html", (f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
                          if wrap else text).encode("utf-8", "replace")
    if kind == "jsonl":
        rows = draw(st.lists(st.one_of(
            TEXT.map(lambda t: json.dumps({"text": t, "outlet": "X", "published": 2020})),
            st.text(max_size=30),
        ), max_size=4))
        return "a.jsonl", "\n".join(rows).encode("utf-8", "replace")
    if kind == "binary":
        return "a.txt", draw(st.binary(max_size=200))
    return "a.xyz", text.encode("utf-8", "replace")


def expected_records(name: str, data: bytes) -> int:
    """Inputs give one record each; a JSONL file one per non-blank line (one if it has none)."""
    if name.endswith(".jsonl"):
        return max(1, sum(1 for line in data.split(b"\n") if line.strip()))
    return 1


@settings(max_examples=60, deadline=None)
@given(st.lists(input_file(), min_size=1, max_size=4))
def test_fuzz_ingest_analyze_never_raises_one_record_each(nlp, files):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (name, data) in enumerate(files):
            path = Path(tmp) / f"{i}-{name}"
            path.write_bytes(data)
            paths.append(str(path))
        config = Settings()
        first = [r.article for r in read_inputs(paths, config)]
        assert first == [r.article for r in read_inputs(paths, config)]  # deterministic
        results = list(analyze_many(read_inputs(paths, config), config, nlp))
    assert len(results) == sum(expected_records(n, d) for n, d in files)
    for analysis in results:
        assert check_spans(analysis) == []
        assert all(e.code in CATALOGUE for e in analysis.errors)
        if not analysis.failed:
            assert analysis.text and analysis.id == content_id(analysis.text)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_fuzz_ingest_cleaned_text_is_sane(text):
    result = article_from_text(text, "<fuzz>", Settings())
    if result.article is None:
        assert result.errors and all(e.code in CATALOGUE for e in result.errors)
        return
    article = result.article
    assert article.text == article.text.strip() and "\n\n\n" not in article.text
    kept = [ln for ln in article.text.split("\n") if ln]  # the title, when found, is the first of them
    if article.title:
        assert article.text.startswith(article.title + "\n\n")
    accounted = sorted(kept + article.removed)
    assert accounted == sorted(ln for ln in normalise_text(text).split("\n") if ln)
