"""Readers: every input type gives one result per article, and every bad input a coded result."""
from __future__ import annotations

import io
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spinmap.config import Settings
from spinmap.ingest.readers import article_from_text, read_inputs
from spinmap.records import content_id

BODY = (
    "The minister said on Tuesday that the talks had failed. "
    "He blamed the other side for the collapse of the ceasefire, and officials in the capital agreed with him.\n\n"
    "Diplomats from both countries are expected to meet again next month, the ministry said in a statement."
)

HTML = """<!DOCTYPE html><html><head><title>Ceasefire Talks Collapse | Border Times</title>
<meta property="og:title" content="Ceasefire Talks Collapse">
<meta property="og:site_name" content="Border Times">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li></ul></nav>
<article><h1>Ceasefire Talks Collapse</h1>
<p>The minister said on Tuesday that the talks had failed. He blamed the other side for the collapse of the
ceasefire, and officials in the capital agreed with him after a long meeting of the security council.</p>
<p>Diplomats from both countries are expected to meet again next month, the ministry said in a statement
that also kept the border closed until further notice.</p></article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Zebra commenter says this whole story is invented by the government.</p></div></section>
</body></html>"""


def one(tmp_path, name: str, data: bytes | str, settings: Settings | None = None):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    results = list(read_inputs([str(path)], settings or Settings()))
    assert len(results) == 1
    return results[0]


def codes(result) -> list[str]:
    return [e.code for e in result.errors]


@pytest.mark.parametrize(
    "raw, title",
    [
        ("Talks Collapse in Brussels\n\n" + BODY, "Talks Collapse in Brussels"),
        ("Who Is To Blame For The War?\n\n" + BODY, "Who Is To Blame For The War?"),
        ("\n\nTalks Collapse in Brussels\n\n\n" + BODY, "Talks Collapse in Brussels"),
        ("The talks failed today in Brussels.\n\n" + BODY, None),  # a sentence, not a title
        ("Talks Collapse in Brussels\n" + BODY, None),  # no blank line after it
        (BODY, None),
    ],
)
def test_readers_txt_title_when_first_line_looks_like_one(tmp_path, raw, title):
    result = one(tmp_path, "a.txt", raw)
    assert result.article.title == title
    if title:  # the headline is analysed too: it opens the text, once
        assert result.article.text.startswith(title + "\n\n") and result.article.text.count(title) == 1
    assert result.article.text.endswith("the ministry said in a statement.")


def test_readers_html_keeps_metadata_and_drops_nav_and_comments(tmp_path):
    article = one(tmp_path, "a.html", HTML).article
    assert article.title == "Ceasefire Talks Collapse"
    assert article.outlet == "Border Times"
    assert article.published == "2024-03-05"
    assert "Zebra" not in article.text and "World news section" not in article.text
    assert article.text.startswith("Ceasefire Talks Collapse\n\nThe minister said on Tuesday")
    assert "Ceasefire Talks Collapse" in article.removed  # the <h1> repeats the title


@pytest.mark.parametrize("html", [
    "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><body></body></html>",
])
def test_readers_html_without_body_is_sm205(tmp_path, html):
    result = one(tmp_path, "a.htm", html)
    assert result.article is None and codes(result) == ["SM205"]


def test_readers_jsonl_one_result_per_line_with_fields(tmp_path):
    lines = [
        json.dumps({"text": BODY, "title": "Talks Collapse", "url": "https://news.example/a/1",
                    "outlet": "Border Times", "published": "2024-03-05"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": BODY.replace("minister", "envoy"), "published": 2024}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_inputs([str(path)], Settings()))
    assert [codes(r) for r in results] == [[], ["SM210"], ["SM210"], ["SM210"], ["SM210"], []]
    first, last = results[0].article, results[-1].article
    assert (first.source, first.title, first.outlet, first.published) == (
        "https://news.example/a/1", "Talks Collapse", "Border Times", "2024-03-05")
    assert last.source == f"{path}:7" and last.published == "2024"
    assert [r.source for r in results[1:5]] == [f"{path}:{n}" for n in (3, 4, 5, 6)]


def test_readers_directory_recursion_sorted_skipping_hidden_and_unsupported(tmp_path):
    for rel in ["b/z.txt", "b/a/y.txt", "a.txt", "c.html", ".hidden/x.txt", "b/.x.txt", "notes.pdf", "b/readme"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HTML if rel.endswith(".html") else BODY.replace("Tuesday", rel), encoding="utf-8")
    sources = [r.source for r in read_inputs([str(tmp_path)], Settings())]
    assert sources == [str(tmp_path / p) for p in ["a.txt", "b/a/y.txt", "b/z.txt", "c.html"]]


def test_readers_empty_directory_is_reported(tmp_path):
    results = list(read_inputs([str(tmp_path)], Settings()))
    assert [codes(r) for r in results] == [["SM201"]]


@pytest.mark.parametrize("names, code", [([".hidden.txt"], "SM201"), (["report.pdf"], "SM211"), (["a/notes.md", "b.docx"], "SM211")])
def test_readers_directory_without_readable_files_says_why(tmp_path, names, code):
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    [result] = read_inputs([str(tmp_path)], Settings())
    assert codes(result) == [code] and result.source == str(tmp_path)


@pytest.mark.parametrize("data, first_text", [
    (BODY.encode("utf-8"), "The minister"),
    (HTML.encode("utf-8"), "Ceasefire Talks Collapse\n\nThe minister"),
    ((json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY.upper()}) + "\n").encode("utf-8"), "The minister"),
])
def test_readers_stdin_sniffs_kind(monkeypatch, data, first_text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    results = list(read_inputs(["-"], Settings()))
    assert results and all(r.article is not None for r in results)
    assert results[0].article.text.startswith(first_text)
    assert len(results) == (2 if data.startswith(b"{") else 1)


@pytest.mark.parametrize(
    "name, data, settings, code, severity",
    [
        ("empty.txt", b"", None, "SM201", "error"),
        ("blank.txt", b" \n\n\t \n", None, "SM201", "error"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, "SM202", "error"),
        ("big.txt", BODY.encode("utf-8"), Settings(max_bytes=50), "SM204", "error"),
        ("page.pdf", b"%PDF-1.4", None, "SM211", "error"),
        ("german.txt", ("Die Regierung hat am Dienstag erklärt, dass die Verhandlungen gescheitert sind. "
                        "Der Minister machte die andere Seite für das Scheitern des Waffenstillstands verantwortlich, "
                        "und die Beamten in der Hauptstadt stimmten ihm zu.").encode("utf-8"), None, "SM206", "error"),
        ("russian.txt", "Министр заявил, что переговоры провалились.".encode("utf-8"), None, "SM206", "error"),
        ("chrome.txt", b"Write comment\n\nNews feed\n\nRead: 12\n", None, "SM212", "error"),
        ("quotes.txt", ('He said "the talks failed. ' + BODY).encode("utf-8"), None, "SM207", "warning"),
        ("latin1.txt", BODY.replace("minister", "ministre caf\u00e9").encode("cp1252"), None, "SM203", "warning"),
    ],
)
def test_readers_bad_input_gives_coded_record(tmp_path, name, data, settings, code, severity):
    result = one(tmp_path, name, data, settings)
    assert code in codes(result)
    [err] = [e for e in result.errors if e.code == code]
    assert err.severity == severity
    assert (result.article is not None) == (severity == "warning")


def test_readers_invalid_utf8_records_fallback_encoding(tmp_path):
    result = one(tmp_path, "a.txt", ("Caf\u00e9 owners in the capital said that " + BODY).encode("cp1252"))
    assert result.article.text.startswith("Caf\u00e9 owners")
    assert "cp1252" in result.errors[0].message


@pytest.mark.parametrize("line", ["He lied.", "Putin denies it", "The Kremlin said no."])
def test_readers_one_line_english_is_not_flagged(tmp_path, line):
    result = one(tmp_path, "a.txt", line)
    assert result.errors == [] and result.article.text == line and result.article.language == "en"


def test_readers_missing_path_is_sm208(tmp_path):
    [result] = read_inputs([str(tmp_path / "nope.txt")], Settings())
    assert codes(result) == ["SM208"]


def test_readers_batch_continues_after_bad_items(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "3.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "4.html").write_text(HTML, encoding="utf-8")
    inputs = [str(tmp_path / n) for n in ["1.txt", "2.txt", str(tmp_path / "missing.txt"), "3.txt", "4.html"]]
    results = list(read_inputs(inputs, Settings()))
    assert [r.source for r in results] == inputs
    assert [r.article is not None for r in results] == [False, True, False, False, True]


@pytest.mark.parametrize("raw", [
    "Talks Collapse\n\n" + BODY,
    "Support SouthFront\n\n" + BODY + "\n\nClick to view full-size image\n\n\n\nWrite comment\n",
    HTML,
])
def test_readers_same_input_same_article_with_content_id(tmp_path, raw):
    name = "a.html" if raw.startswith("<") else "a.txt"
    first, second = one(tmp_path, name, raw).article, one(tmp_path, name, raw).article
    assert first == second
    assert first.id == content_id(first.text)


def test_readers_article_from_text_shared_path():
    result = article_from_text("Talks Collapse\n\n" + BODY + "\n\nNews feed", source="<string>", settings=Settings())
    assert result.article.title == "Talks Collapse"
    assert result.article.removed == ["News feed"]
    assert article_from_text("", "<string>", Settings()).errors[0].code == "SM201"


# --- URLs, served by a local http.server thread ----------------------------------------------

ROUTES = {
    "/article.html": (200, "text/html; charset=utf-8", HTML.encode("utf-8")),
    "/plain": (200, "text/plain; charset=utf-8", BODY.encode("utf-8")),
    "/big": (200, "text/plain", b"x " * 5000),
    "/gone": (404, "text/plain", b"not here"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.end_headers()  # no Content-Length: the cap must hold while streaming
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("route, code, outlet", [
    ("/article.html", None, "Border Times"),
    ("/plain", None, None),
    ("/big", "SM204", None),
    ("/gone", "SM209", None),
])
def test_readers_url_fetch_with_cap(server, route, code, outlet):
    settings = Settings(fetch_max_bytes=2000, fetch_timeout=5.0)
    [result] = read_inputs([server + route], settings)
    assert result.source == server + route
    if code is None:
        assert result.errors == [] and result.article.outlet == outlet
        assert result.article.text.startswith(f"{result.article.title}\n\nThe minister said"
                                              if result.article.title else "The minister said")
    else:
        assert result.article is None and codes(result) == [code]


def test_readers_url_unreachable_is_sm209():
    [result] = read_inputs(["http://127.0.0.1:9/none"], Settings(fetch_timeout=2.0))
    assert codes(result) == ["SM209"]


@pytest.mark.parametrize("repeat, over", [(1, False), (1_000_000 // len(BODY) + 1, True)])
def test_readers_text_over_parser_limit_is_sm213_not_a_batch_crash(tmp_path, repeat, over):
    from spinmap.ingest.readers import PARSER_MAX_CHARS

    # numbered paragraphs, so the repeated-line filter keeps them all
    para = BODY.replace("\n\n", " ")
    result = one(tmp_path, "long.txt", "\n\n".join(f"{i}. {para}" for i in range(repeat)))
    assert ("SM213" in codes(result)) == over
    assert (result.article is None) == over
    if result.article is not None:
        assert len(result.article.text) <= PARSER_MAX_CHARS


def test_readers_parser_limit_fits_the_pipeline():
    from spinmap.ingest.readers import PARSER_MAX_CHARS
    from spinmap.nlp.pipeline import load_pipeline

    assert PARSER_MAX_CHARS <= load_pipeline().max_length


@pytest.mark.parametrize("extra, published", [
    ("<footer>Copyright 2024 Border Times. All rights reserved.</footer>", None),
    ('<p class="byline">Published June 14, 2023</p>', "2023-06-14"),
    ('<time datetime="2023-06-14">14 June</time>', "2023-06-14"),
])
def test_readers_html_date_is_never_invented_from_a_bare_year(tmp_path, extra, published):
    page = HTML.replace('<meta property="article:published_time" content="2024-03-05T10:00:00Z">', "")
    result = one(tmp_path, "a.html", page.replace("<article>", extra + "<article>"))
    assert result.article.published == published


@pytest.mark.parametrize("via", ["file", "stdin"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_readers_jsonl_with_byte_order_mark_gives_one_article_per_line(tmp_path, monkeypatch, via, encoding):
    data = "\r\n".join(json.dumps({"text": BODY.replace("Tuesday", day)}) for day in ("Monday", "Friday"))
    raw = (data + "\r\n").encode(encoding)
    if via == "file":
        (tmp_path / "a.jsonl").write_bytes(raw)
        results = list(read_inputs([str(tmp_path / "a.jsonl")], Settings()))
    else:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
        results = list(read_inputs(["-"], Settings()))
    assert [codes(r) for r in results] == [[], []]
    assert [r.article.text.split(" on ")[1][:6] for r in results] == ["Monday", "Friday"]


@pytest.mark.parametrize("data, warning", [
    (BODY[:40].encode() + b"\x00" + BODY[40:].encode(), None),
    (b"\x00" + BODY.encode() + b"\x00\x00", None),
    (BODY.encode("utf-16-le"), "SM203"),
    (BODY.encode("utf-16-be"), "SM203"),
])
def test_readers_text_with_stray_nul_or_bomless_utf16_is_read(tmp_path, data, warning):
    result = one(tmp_path, "a.txt", data)
    assert result.article is not None and "\x00" not in result.article.text
    assert result.article.text.startswith("The minister said on Tuesday")
    assert codes(result) == ([warning] if warning else [])


def test_readers_jsonl_metadata_with_lone_surrogates_or_controls_is_cleaned(tmp_path):
    line = json.dumps({"text": BODY.replace("minister", "minister\ud800"), "outlet": "Border\udfff\x1f Times",
                       "title": "Talks\ud800 Collapse", "published": "2024-03-05\x00"})
    result = one(tmp_path, "a.jsonl", line + "\n")
    article = result.article
    assert codes(result) == [] and article.text.startswith("Talks Collapse\n\nThe minister said")
    assert (article.outlet, article.title, article.published) == ("Border Times", "Talks Collapse", "2024-03-05")
    article.model_dump_json()  # encodable: nothing left that UTF-8 refuses


@pytest.mark.parametrize("name, data, title", [
    ("a.txt", "Moscow Betrayed Us, Says Envoy\n\n" + BODY, "Moscow Betrayed Us, Says Envoy"),
    ("a.jsonl", json.dumps({"text": BODY, "title": "Moscow Betrayed Us, Says Envoy"}) + "\n", "Moscow Betrayed Us, Says Envoy"),
    ("a.jsonl", json.dumps({"text": "Moscow Betrayed Us\n\n" + BODY, "title": "Moscow Betrayed Us"}) + "\n", "Moscow Betrayed Us"),
    ("a.html", HTML, "Ceasefire Talks Collapse"),
])
def test_readers_headline_opens_the_text_once(tmp_path, name, data, title):
    article = one(tmp_path, name, data).article
    assert article.title == title
    assert article.text == f"{title}\n\n{article.text[len(title) + 2:]}" and article.text.count(title) == 1
    assert article.id == content_id(article.text)


@pytest.mark.parametrize("line, code", [
    ({"text": "Moscow Betrayed Us", "title": "Moscow Betrayed Us"}, "SM212"),  # the body only repeated the title
    ({"text": "  ", "title": "Only A Headline Here"}, "SM210"),
])
def test_readers_headline_without_a_body_is_not_an_article(tmp_path, line, code):
    result = one(tmp_path, "a.jsonl", json.dumps(line) + "\n")
    assert result.article is None and codes(result) == [code]
