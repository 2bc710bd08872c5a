"""Per-article cleaning: chrome lines go (and are listed), prose stays, text stays sane."""
from __future__ import annotations

import pytest

from spinmap.ingest.clean import draft_article, is_chrome, normalise_text

PROSE = "The delegation arrived in the capital on Monday and met the foreign minister for three hours."


@pytest.mark.parametrize("line", [
    "Click to view full-size image",
    "Support SouthFront",
    "Support Lori Observer",
    "Read: 244",
    "Views: 1 532",
    "Write comment",
    "Leave a comment",
    "You can enter 512 characters",
    "News feed",
    "(In their comments, readers should stay polite and avoid threats)",
    "(Comments policy: be civil; personal attacks are removed)",
    "Photo: Reuters",
    "Follow us on Telegram",
    "Share this article",
    "Read also: Talks to resume next week",
    "07.08.23 11:20",
    "© 2023 Some Outlet. All rights reserved.",
    "Subscribe to our newsletter",
])
def test_clean_chrome_line_matches(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    PROSE,
    "Support for the treaty is growing in both capitals.",
    "Read the statement carefully, the minister told reporters.",
    "Comments by the spokesman angered officials in Baku.",
    "News of the ceasefire spread quickly.",
    "Share prices fell after the announcement.",
    "Support Ukraine, the crowd chanted, as police watched.",
    "Photo opportunities were rare during the visit.",
    "The video below shows a second such detention.",
    "See more refugees arrive every day at the border.",
])
def test_clean_prose_line_is_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("title, repeat", [
    ("Transcaucasia\u2019s \u201cRussian Roulette\u201d: Who Blames Who?", 'Transcaucasia\'s "Russian Roulette": Who Blames Who?'),
    ("Peace Is Near", "PEACE IS NEAR"),
    ("Peace \u2013 or War", "Peace - or War"),
])
def test_clean_headline_repeated_in_body_is_dropped(title, repeat):
    raw = f"{title}\n\n{PROSE}\n\n{repeat}\n\nClick to view full-size image\n\n{PROSE.upper()}\n\n{repeat}"
    draft = draft_article(raw, "x")
    assert draft.title == title
    assert draft.removed() == [repeat, "Click to view full-size image", repeat]
    assert draft.body() == f"{PROSE}\n\n{PROSE.upper()}"
    assert draft.text() == f"{title}\n\n{draft.body()}"


def test_clean_short_line_repeated_keeps_first_copy():
    raw = f"{PROSE}\n\nSecurity forces detain protesters\n\n{PROSE.lower()}\n\nSecurity forces detain protesters"
    draft = draft_article(raw, "x", detect_title=False)
    assert draft.removed() == ["Security forces detain protesters"]
    assert draft.text().count("Security forces detain protesters") == 1


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\u00a0\u00a0b\t c", "a b c"),
    ("zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen"),
    ("  padded  \n\n\n\n\nnext", "padded\n\n\n\n\nnext"),
    ("e\u0301", "\u00e9"),
    ("line\u2028sep", "line\nsep"),
])
def test_clean_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("bad", ["\x1f", "\uffff", "\ufffe", "\ud800", "\udfff", "\x00", "\x0b", "\x1c"])
def test_clean_text_has_only_xml_characters(bad):
    """Cleaned text feeds GEXF/GraphML labels and HTML, so it must hold only XML 1.0 characters."""
    text = normalise_text(f"Officials blamed Mos{bad}cow for the attack.")
    assert text in ("Officials blamed Moscow for the attack.", "Officials blamed Mos\ncow for the attack.")


@pytest.mark.parametrize("raw", [
    f"{PROSE}\n\n\n\nWrite comment\n\n\n\n{PROSE}x",
    f"News feed\n\n{PROSE}\n\n\n\n\n",
    f"Title Of The Piece\n\n\n\n{PROSE}\n\nRead: 4\n\nNews feed",
])
def test_clean_text_has_no_blank_runs_or_edge_blanks(raw):
    text = draft_article(raw, "x").text()
    assert "\n\n\n" not in text and text == text.strip()


@pytest.mark.parametrize("raw", [
    "Big Title Here\n\nSupport SouthFront\n\n" + PROSE + "\n\nBig Title Here\n\nRead: 3\n\n" + PROSE[::-1],
    "One line only, with a period.",
    "Click to view full-size image\n\n" * 3 + PROSE,
])
def test_clean_every_line_is_kept_removed_or_title(raw):
    draft = draft_article(raw, "x")
    accounted = draft.body().split("\n") + draft.removed() + ([draft.title] if draft.title else [])
    assert sorted(ln for ln in accounted if ln) == sorted(ln for ln in normalise_text(raw).split("\n") if ln)


@pytest.mark.parametrize("run, kept", [
    (")" * 5000, ")" * 100),                    # spaCy split these one affix at a time: quadratic
    ('"' * 20000, '"' * 100),
    ("\"'" * 3000, ("\"'" * 50)),
    ("-" * 80, "-" * 80),                         # a rule line stays as it is
    ("https://x.example/a?b=c&d=e#f", "https://x.example/a?b=c&d=e#f"),
])
def test_clean_normalise_text_cuts_symbol_runs(run, kept):
    assert normalise_text(f"Moscow said {run} and left.") == f"Moscow said {kept} and left."


@pytest.mark.parametrize("run, warned", [(")" * 5000, True), ("-" * 80, False)])
def test_clean_symbol_run_cut_is_reported_sm214(run, warned):
    draft = draft_article(f"Moscow said {run} and left.\n\nThe talks went on.", "x")
    assert [w.code for w in draft.warnings] == (["SM214"] if warned else [])
