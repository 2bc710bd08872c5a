"""Corpus comparison over hand-made analyses: tops, matrix, contrast, techniques, time, sides."""
from __future__ import annotations

import json

import pytest
from _corpus_fixtures import make_analysis, small_corpus

from spinmap.compare import (
    UNDATED, UNKNOWN_SIDE, blame_matrix, blame_rows, contrast, load_sides, over_time, period_of, side_of,
    technique_profile, top_actors,
)
from spinmap.errors import SpinmapError

SIDES = {"outlet a": "west", "outlet b": "kremlin", "outlet c": "west"}


def test_compare_blame_rows_name_outlet_as_authorial_accuser():
    rows = blame_rows(small_corpus())
    assert {(r.outlet, r.accuser, r.accused, r.voice) for r in rows if r.accuser_kind == "author"} == {
        ("Outlet A", "Outlet A", "Moscow", "authorial"), ("Outlet B", "Outlet B", "Washington", "authorial")}


def _unresolved_parties(n: int):
    """n articles, each with an unresolved "they" accusing Moscow, an accuser nobody named, and the
    voice of an author whose outlet is unknown."""
    out = []
    for i in range(n):
        text = f"They say Moscow lied ({i}). Moscow is accused of arming them. Moscow betrayed them."
        out.append(make_analysis(text, outlet=None, actors=(("Moscow", "country"),), blames=(
            ("they", "Moscow", "lying", "reported", f"They say Moscow lied ({i})."),
            ("<unspecified>", "Moscow", "arming them", "reported", "Moscow is accused of arming them."),
            (None, "them", "betrayal", "authorial", "Moscow betrayed them."))))
    return out


def test_compare_blame_rows_keep_unresolved_parties_to_their_article():
    rows = blame_rows(_unresolved_parties(3))
    for name in ("they", "<unspecified>", "<author>"):
        accusers = {r.accuser for r in rows if r.accuser.startswith(name)}
        assert len(accusers) == 3, (name, accusers)  # one per article, never one corpus-wide hub
    assert len({r.accused for r in rows if r.accused.startswith("them")}) == 3
    assert {r.accused for r in rows if r.accused.startswith("Moscow")} == {"Moscow"}  # a resolved actor still merges
    assert all(r.accuser.endswith(f"[{r.article_id[:8]}]") for r in rows if r.accuser_kind == "author")


def test_compare_blame_rows_offsets_reproduce_evidence():
    corpus = small_corpus()
    texts = {a.id: a.text for a in corpus}
    assert all(texts[r.article_id][r.start:r.end] == r.evidence for r in blame_rows(corpus))


@pytest.mark.parametrize("by,role,group,expected", [
    ("outlet", "accused", "Outlet A", [("Moscow", 2)]),
    ("outlet", "accused", "Outlet B", [("Washington", 2)]),
    ("outlet", "accuser", "Outlet C", [("Analysts", 1)]),
    ("side", "accused", "west", [("Moscow", 3)]),
    ("side", "accused", "kremlin", [("Washington", 2)]),
])
def test_compare_top_actors_per_group(by, role, group, expected):
    assert top_actors(blame_rows(small_corpus(), SIDES), by=by, role=role)[group] == expected


def test_compare_matrix_counts_blames_per_outlet_and_accused():
    m = blame_matrix(blame_rows(small_corpus()))
    assert m.rows == ["Outlet A", "Outlet B", "Outlet C"]
    assert m.cols == ["Moscow", "Washington"]
    assert m.cells == [[2, 0], [0, 2], [1, 0]]
    assert m.max == 2


def test_compare_matrix_merges_names_differing_only_in_case_and_space():
    a = make_analysis("The KREMLIN lied. the  Kremlin lied again.", blames=(
        (None, "The KREMLIN", "lying", "authorial", "The KREMLIN lied."),
        (None, "the  Kremlin", "lying", "authorial", "the  Kremlin lied again.")))
    assert blame_matrix(blame_rows([a])).cells == [[2]]


def test_compare_contrast_lists_actor_named_by_two_outlets_with_evidence():
    out = contrast(small_corpus())
    moscow = next(c for c in out if c["actor"] == "Moscow")
    assert set(moscow["outlets"]) == {"Outlet A", "Outlet B", "Outlet C"}
    assert moscow["outlets"]["Outlet B"]["blames"] == []
    charges = {b["charge"] for b in moscow["outlets"]["Outlet A"]["blames"]}
    assert charges == {"wrecking the truce", "betrayal"}
    assert all({"article_id", "start", "end", "evidence"} <= b.keys() for b in moscow["outlets"]["Outlet A"]["blames"])
    assert not any(c["actor"] == "Washington" for c in out)  # named by one outlet only


def test_compare_technique_profile_counts_labels_per_outlet():
    prof = technique_profile(small_corpus())
    assert prof["Outlet A"]["counts"] == {"Loaded_Language": 1}
    assert prof["Outlet B"]["counts"] == {"Name_Calling,Labeling": 1, "Loaded_Language": 1}
    assert prof["Outlet C"]["counts"] == {}
    assert prof["Outlet B"]["per_1000_words"]["Loaded_Language"] == pytest.approx(1000 / prof["Outlet B"]["words"], abs=1e-3)


@pytest.mark.parametrize("value,freq,expected", [
    ("2023-08-07", "day", "2023-08-07"),
    ("2023-08-07T23:10:00+02:00", "week", "2023-W32"),
    ("2023-01-01", "week", "2022-W52"),
    ("2023-08-07", "month", "2023-08"),
    ("07.08.23 11:20", "day", "2023-08-07"),
    ("Mon, 07 Aug 2023 11:20:00 +0000", "month", "2023-08"),
    (None, "week", UNDATED),
    ("last Tuesday", "day", UNDATED),
    ("Wed, 14 Jun 2023 10:00:00 GMT", "day", "2023-06-14"),
    ("14 Jun 2023", "day", "2023-06-14"),
    ("Jun 14, 2023", "day", "2023-06-14"),
    ("14/06/2023", "day", "2023-06-14"),
    ("06/14/2023 09:30", "day", "2023-06-14"),
    ("05/06/2023", "day", UNDATED),  # day-first or month-first: not guessed
    ("06/06/2023", "day", "2023-06-06"),
])
def test_compare_period_of_published(value, freq, expected):
    assert period_of(value, freq) == expected


def test_compare_over_time_by_week_and_accused():
    weeks = over_time(small_corpus(), freq="week")
    assert list(weeks) == ["2023-W32", "2023-W33", "2023-W35"]
    assert weeks["2023-W32"]["Outlet A"] == {"articles": 1, "techniques": 1, "blames": 2}
    on_moscow = over_time(small_corpus(), freq="month", by="side", sides=SIDES, accused="moscow")
    assert on_moscow["2023-08"]["west"]["blames"] == 2 and on_moscow["2023-08"]["kremlin"]["blames"] == 0
    assert on_moscow["2023-09"]["west"]["blames"] == 1


@pytest.mark.parametrize("name,content", [
    ("sides.json", json.dumps({"Outlet A": "west", " Outlet  B ": "kremlin"})),
    ("sides.tsv", "# outlet -> side\nOutlet A\twest\n\nOutlet B\tkremlin\n"),
])
def test_compare_load_sides_formats(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    sides = load_sides(path)
    assert side_of("outlet a", sides) == "west"
    assert side_of("Outlet B", sides) == "kremlin"
    assert side_of("Outlet Z", sides) == UNKNOWN_SIDE


@pytest.mark.parametrize("name,content", [
    ("bad.json", "[1, 2]"), ("bad.json", "{not json"), ("bad.tsv", "Outlet A west\n"), ("bad.tsv", "A\tb\tc\n"),
])
def test_compare_load_sides_rejects_malformed(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SpinmapError) as err:
        load_sides(path)
    assert err.value.code == "SM101"


@pytest.mark.parametrize("name,content", [
    ("sides.tsv", "\ufeffOutlet A\twest\nOutlet B\tkremlin\n".encode("utf-8")),
    ("sides.json", "\ufeff{\"Outlet A\": \"west\"}".encode("utf-8")),
])
def test_compare_load_sides_with_byte_order_mark_keeps_first_outlet(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert side_of("Outlet A", load_sides(path)) == "west"


@pytest.mark.parametrize("content", ["Caf\u00e9 Herald\twest\n".encode("cp1252"), bytes(range(128, 256))])
def test_compare_load_sides_not_utf8_is_sm101(tmp_path, content):
    path = tmp_path / "sides.tsv"
    path.write_bytes(content)
    with pytest.raises(SpinmapError) as err:
        load_sides(path)
    assert err.value.code == "SM101" and "sides.tsv" in str(err.value)


def test_compare_negated_blames_are_not_counted_unless_asked():
    corpus = small_corpus()
    first = next(a for a in corpus if a.blames)
    n_all = len(blame_rows(corpus))
    first.blames[0].negated = True
    assert len(blame_rows(corpus)) == n_all - 1
    assert len(blame_rows(corpus, include_negated=True)) == n_all


@pytest.mark.parametrize("in_file", [
    "Caspian He\u0301ra\u0301ld",          # NFD, as macOS saves it; ingest writes outlets in NFC
    "Caspian\u200b Héráld",                # a zero-width space copied from a web page
    "Caspian\u00a0Héráld",                 # a no-break space
])
def test_compare_sides_match_outlets_across_unicode_forms(tmp_path, in_file):
    path = tmp_path / "sides.tsv"
    path.write_text(f"{in_file}\tAzerbaijani\n", encoding="utf-8")
    assert side_of("Caspian Héráld", load_sides(path)) == "Azerbaijani"
