"""Session 19 speed work (perf round 20): the runner applies each stage to a whole parsed batch before the next
stage; an article's record must be exactly the one it gets when analysed alone."""
from __future__ import annotations

import pytest

from spinmap import analysis
from spinmap.analysis import Stage
from spinmap.config import Settings
from spinmap.ingest import IngestResult
from spinmap.ingest.readers import article_from_text

# Invented articles (headline, blank line, body): title-case headlines (parsed in sentence case and carried back),
# quotations, reported speech and blame from both camps.
TEXTS = [
    "Harbour Board Raises Ferry Levy Again\n\nThe harbour board raised the ferry levy on Monday. "
    "“We will not pay another penny,” said Orla Brennick, who runs the bakery near the pier.",
    "Moscow Blames Washington For Stalled Grain Talks\n\nMoscow accused Washington of sabotaging the grain talks, "
    "Foreign Minister Sergei Lavrov told reporters. Officials in Washington denied it.",
    "Washington Blames Moscow For Stalled Grain Talks\n\nWashington accused Moscow of sabotaging the grain talks, "
    "Secretary of State Antony Blinken told reporters. Officials in Moscow denied it.",
    "quiet week at the council\n\nNothing happened, the clerk wrote in a short note to the mayor.",
]


def _results() -> list[IngestResult]:
    return [article_from_text(t, source=f"t{i}", settings=Settings()) for i, t in enumerate(TEXTS)]


def test_a_batch_gives_each_article_the_record_it_gets_alone(nlp):
    alone = [a.to_json() for r in _results() for a in analysis.analyze_many([r], Settings(batch_size=1), nlp)]
    batched = [a.to_json() for a in analysis.analyze_many(_results(), Settings(batch_size=8), nlp)]
    assert batched == alone and len(alone) == len(TEXTS)
    assert any('"quotes":[{' in a for a in alone) and any('"blames":[{' in a for a in alone)  # the stages had work


def test_stages_run_one_at_a_time_over_the_batch(nlp, monkeypatch):
    calls = []

    def probe(stage):
        def run(state):
            calls.append((stage.name, state["doc"].text[:4]))
            return stage.run(state)
        return Stage(stage.name, stage.needs, stage.adds, run)

    monkeypatch.setattr(analysis, "STAGES", tuple(probe(s) for s in analysis.STAGES))
    list(analysis.analyze_many(_results()[:3], Settings(batch_size=8), nlp))
    names = [name for name, _ in calls]
    assert names == [s.name for s in analysis.STAGES for _ in range(3)]
    assert [doc for _, doc in calls[:3]] == ["Harb", "Mosc", "Wash"]


def test_a_stage_failing_on_one_article_costs_only_that_article(nlp, monkeypatch):
    def choke(stage):
        def run(state):
            if "Moscow accused" in state["doc"].text:
                raise ValueError("kaput")
            return stage.run(state)
        return Stage(stage.name, stage.needs, stage.adds, run)

    stages = tuple(choke(s) if s.name == "techniques" else s for s in analysis.STAGES)
    monkeypatch.setattr(analysis, "STAGES", stages)
    out = list(analysis.analyze_many(_results()[:3], Settings(batch_size=8), nlp))
    assert [a.source for a in out] == ["t0", "t1", "t2"]
    assert [[e.code for e in a.errors] for a in out] == [[], ["SM301"], []]
    assert out[1].techniques == [] and out[1].actors and out[1].blames, "its other stages still ran"


@pytest.mark.parametrize("parsed", [[], 1])
def test_analyze_parsed_is_a_batch_of_one(nlp, parsed):
    if not parsed:
        assert analysis.analyze_parsed_batch([]) == []
        return
    article = _results()[0].article
    doc = nlp(article.text)
    assert analysis.analyze_parsed(article, doc).to_json() == analysis.analyze_parsed_batch([(article, doc, None)])[0].to_json()
