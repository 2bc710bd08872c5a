"""Corpus-level chrome: lines recurring across one site's articles go; others and titles stay."""
from __future__ import annotations

import pytest

from spinmap.config import Settings
from spinmap.ingest.readers import article_from_text, read_inputs

SENTENCES = [
    "The ministry said the talks in Vienna had failed after two days.",
    "Officials blamed the other side for shelling villages near the border.",
    "A spokesman denied that any troops had crossed the line overnight.",
    "Aid convoys were stopped at the checkpoint for the third week in a row.",
    "Analysts warned that a new offensive could begin before winter.",
    "The president promised to restore order and to punish those responsible.",
    "Refugees described long queues for bread and fuel in the city centre.",
    "Diplomats expect the foreign ministers to meet again next month.",
    "The opposition called for the resignation of the defence minister.",
    "Observers reported sporadic gunfire along the northern front line.",
]


def write_site(root, site: str, n: int, extra: dict[int, str]):
    """n articles under root/site; article i gets the line extra[i] (if any) at its end."""
    for i in range(n):
        body = f"{SENTENCES[i % len(SENTENCES)]} Item {site} {i}.\n\n{SENTENCES[(i + 3) % len(SENTENCES)]} (ref {site}-{chr(97 + i % 26)}{chr(97 + i // 26)})"
        if i in extra:
            body += f"\n\n{extra[i]}"
        path = root / site / f"{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")


def removed_by_source(root):
    return {r.source: r.article.removed for r in read_inputs([str(root)], Settings())}


def test_recurring_byline_with_varying_digits_is_dropped(tmp_path):
    write_site(tmp_path, "a", 5, {i: f"By Jane Roe, staff writer {100 + i * 7}" for i in range(5)})
    removed = removed_by_source(tmp_path)
    assert all(lines == [f"By Jane Roe, staff writer {100 + i * 7}"] for i, lines in enumerate(removed.values()))


@pytest.mark.parametrize("site_size, holders, dropped", [
    (10, 3, True),    # 3 articles, 30% of the site
    (10, 2, False),   # 20% of the site but only 2 articles
    (20, 3, False),   # 3 articles but only 15% of the site
])
def test_recurring_thresholds(tmp_path, site_size, holders, dropped):
    write_site(tmp_path, "s", site_size, {i: "Editor on duty today" for i in range(holders)})
    removed = removed_by_source(tmp_path)
    got = [bool(lines) for lines in removed.values()]
    assert got == [dropped] * holders + [False] * (site_size - holders)


def test_recurring_counted_per_site(tmp_path):
    # 3 holders in total, but the big site has 1 of 20 (5%): only the small site's copies go
    write_site(tmp_path, "big", 20, {0: "Editor on duty today"})
    write_site(tmp_path, "small", 2, {0: "Editor on duty today", 1: "Editor on duty today"})
    removed = removed_by_source(tmp_path)
    assert removed[str(tmp_path / "big" / "00.txt")] == []
    assert removed[str(tmp_path / "small" / "00.txt")] == ["Editor on duty today"]


def test_recurring_never_drops_titles(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(f"Morning Briefing From The Region\n\n{SENTENCES[i]}\n\n{SENTENCES[i + 4]}",
                                           encoding="utf-8")
    results = list(read_inputs([str(tmp_path)], Settings()))
    assert [r.article.title for r in results] == ["Morning Briefing From The Region"] * 4


def test_recurring_never_empties_an_article(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text("Short shared line here", encoding="utf-8")
    results = list(read_inputs([str(tmp_path)], Settings()))
    assert [r.article.text for r in results] == ["Short shared line here"] * 4


def test_recurring_not_applied_to_a_single_text():
    text = f"{SENTENCES[0]}\n\nEditor on duty today"
    assert article_from_text(text, "x", Settings()).article.removed == []
