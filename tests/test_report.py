"""The HTML report: self-contained, escaped, highlighted; XSS and interaction checked in headless Chromium."""
from __future__ import annotations

import html
import json
import re
import shutil

import pytest
from _corpus_fixtures import make_analysis, small_corpus

from spinmap.compare import blame_rows
from spinmap.web.report import highlight, json_for_script, render_report

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

PAYLOADS = [
    '<script>window.__pwned = 1; document.title = "pwned"</script>',
    '<img src=x onerror="window.__pwned = 2; alert(2)">',
    '</script><script>window.__pwned = 3</script>',
    '"><svg onload="window.__pwned = 4">',
    "<!-- <script>window.__pwned = 5</script>",
    "\u2028</textarea><iframe src=\"javascript:window.top.__pwned = 6\"></iframe>",
]


def xss_corpus():
    """Articles whose text, title, outlet, names, charges and labels all carry script payloads."""
    out = []
    for i, p in enumerate(PAYLOADS):
        text = f"Intro {i}. {p} was blamed by {p} for {p}. End."
        out.append(make_analysis(
            text, outlet=f"Outlet {p}", title=f"Title {p}", source=f"file-{i}-{p}",
            actors=((p, "person"),),
            blames=((p, p, f"charge {p}", "reported" if i % 2 else "authorial", f"{p} was blamed by {p}"),),
            quotes=((p, f"for {p}."),),
            techniques=(("Loaded_Language", p),),
        ))
    return out


def _strip_tags(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


@pytest.mark.parametrize("analysis", [*small_corpus(), *xss_corpus(), make_analysis("no findings at all")])
def test_report_highlight_reproduces_text_exactly(analysis):
    assert _strip_tags(str(highlight(analysis, 0))) == analysis.text


def test_report_highlight_marks_overlapping_spans_without_breaking_nesting():
    a = make_analysis("The vile regime lied again.", blames=((None, "the regime", "lying", "authorial", "The vile regime lied"),),
                      techniques=(("Loaded_Language", "vile regime lied again"),))
    out = str(highlight(a, 3))
    assert '<span class="hl b b-authorial t t0"' in out
    assert out.count("<span") == out.count("</span>")
    assert 'id="a3-b0"' in out and 'id="a3-t0"' in out


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "a & b > c", "\u2028\u2029", "]]>"])
def test_report_json_for_script_cannot_break_out(value):
    out = str(json_for_script({"v": value}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"v": value}


def test_report_is_self_contained():
    page = render_report(small_corpus())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and not re.search(r"<script[^>]*\ssrc=", page)
    assert "cytoscape" in page and "Content-Security-Policy" in page


def test_report_escapes_every_payload_in_markup():
    page = render_report(xss_corpus())
    body_markup = page.split('<script type="application/json"')[0]
    for p in PAYLOADS:
        assert p not in page
    assert "<img" not in body_markup and "<svg" not in body_markup and "<iframe" not in body_markup
    assert body_markup.count("<script") == 0


def test_report_contains_matrix_counts_and_contrast():
    page = render_report(small_corpus())
    assert re.search(r"<th>Outlet A</th>(<td[^>]*>[^<]*</td>)+", page)
    assert "wrecking the truce" in page and "failing to protect the corridor" in page
    assert page.count('<article id="a') == 3


def test_report_limits_articles_shown_but_counts_all():
    page = render_report(small_corpus(), max_articles=1)
    assert page.count('<article id="a') == 1 and "2 more article(s)" in page and "3 articles" in page


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian chromium not installed (make test installs it when it can)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, tmp_path, page_html: str):
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")
    page = browser.new_page()
    events: list[str] = []
    page.on("dialog", lambda d: (events.append("dialog " + d.message), d.dismiss()))
    page.on("pageerror", lambda e: events.append("pageerror " + str(e)))
    page.on("request", lambda r: events.append("request " + r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.spinmapCy !== undefined || document.querySelector('#network .empty')", timeout=20000)
    return page, events


@pytest.mark.browser
def test_report_xss_payloads_never_execute_in_chromium(browser, tmp_path):
    page, events = _open(browser, tmp_path, render_report(xss_corpus(), title="XSS check <script>window.__pwned=9</script>"))
    shown = page.evaluate("""window.spinmapCy.edges().map(e => {
        e.emit('tap'); return document.getElementById('evidence').innerText; })""")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "XSS check <script>window.__pwned=9</script>"
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, [onerror], [onload]').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    text = page.evaluate("document.body.innerText")
    assert all(p.strip("\u2028") in text for p in PAYLOADS[:4])
    assert all(any(p.strip("\u2028") in ev for ev in shown) for p in PAYLOADS)
    assert events == []
    page.close()


@pytest.mark.browser
def test_report_network_edge_click_lists_evidence_in_chromium(browser, tmp_path):
    corpus = small_corpus()
    page, events = _open(browser, tmp_path, render_report(corpus))
    n_edges = len({(r.accuser, r.accused, r.voice) for r in blame_rows(corpus)})
    assert page.evaluate("window.spinmapCy.edges().length") == n_edges
    page.evaluate("window.spinmapCy.edges().filter(e => e.data('weight') === 2)[0].emit('tap') && null")
    items = page.evaluate("[...document.querySelectorAll('#evidence li q')].map(q => q.textContent)")
    assert sorted(items) == ["Washington armed the rebels", "Washington is to blame."]
    href = page.evaluate("document.querySelector('#evidence li a').getAttribute('href')")
    assert page.evaluate(f"document.getElementById({json.dumps(href[1:])}) !== null")
    assert page.evaluate("document.querySelectorAll('table.heatmap td.num').length") == 3 * 2
    assert events == []
    page.close()


@pytest.mark.browser
def test_report_without_blames_says_so_in_chromium(browser, tmp_path):
    page, events = _open(browser, tmp_path, render_report([make_analysis("Nothing to see.", outlet=None, published=None)]))
    assert page.evaluate("document.querySelector('#network .empty').textContent").startswith("No accusations")
    assert events == []
    page.close()


@pytest.mark.parametrize("negated, classes", [(False, "hl b b-reported"), (True, "hl b-reported bn")])
def test_report_negated_blame_is_marked_apart_from_accusations(negated, classes):
    a = make_analysis("Kyiv says Moscow is not to blame.",
                      blames=(("Kyiv", "Moscow", "not to blame", "reported", "Kyiv says Moscow is not to blame."),))
    a.blames[0] = a.blames[0].model_copy(update={"negated": negated})
    assert f'<span class="{classes}"' in str(highlight(a, 0))


def test_report_headline_is_the_heading_with_its_findings_marked():
    title = "Moscow betrayed Armenia"
    a = make_analysis(f"{title}\n\nThe talks failed. Moscow & Baku met.", title=title,
                      blames=((None, "Moscow", "betrayed Armenia", "authorial", title),))
    page = render_report([a])
    heading = re.search(r'<article id="a0">\s*<h3>(.*?)</h3>', page, re.S).group(1)
    body = re.search(r'<article id="a0">.*?<div class="body">(.*?)</div>', page, re.S).group(1)
    assert '<span class="hl b b-authorial"' in heading and 'id="a0-b0"' in heading
    assert _strip_tags(heading) == title and title not in _strip_tags(body)
    assert f"{_strip_tags(heading)}\n\n{_strip_tags(body)}" == a.text


def _crowded_corpus():
    """One accuser hub with many long-named accused, plus a second accuser sharing some of them."""
    names = [f"The Ministry of Regional Affairs {i}" for i in range(14)]
    text = " ".join(f"The Governor blamed {n} for the floods. The Mayor blamed {n} too." for n in names)
    blames = [("The Governor", n, "the floods", "reported", f"The Governor blamed {n} for the floods.") for n in names]
    blames += [("The Mayor", n, "the floods", "reported", f"The Mayor blamed {n} too.") for n in names[::2]]
    actors = tuple((n, "organization") for n in ["The Governor", "The Mayor", *names])
    return [make_analysis(text, actors=actors, blames=tuple(blames))]


@pytest.mark.browser
def test_report_network_labels_mostly_do_not_overlap_in_chromium(browser, tmp_path):
    page, events = _open(browser, tmp_path, render_report(_crowded_corpus()))
    overlaps, nodes = page.evaluate("""(() => {
        const bb = window.spinmapCy.nodes().map(n => n.boundingBox({includeLabels: true}));
        let c = 0;
        for (let i = 0; i < bb.length; i++) for (let j = i + 1; j < bb.length; j++) {
            const a = bb[i], b = bb[j];
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) c++;
        }
        return [c, bb.length]; })()""")
    # 120 label pairs: 1–10 overlap with label-aware layout in 45 runs, 29–30 with the old point-sized nodes
    assert nodes == 16 and overlaps <= 12
    assert events == []


def _chain_corpus():
    """A path of 13 accusations: a force layout draws it long and thin."""
    names = [f"Party {chr(65 + i)}" for i in range(14)]
    blames = tuple((a, b, "the floods", "reported", f"{a} blamed {b} for the floods.") for a, b in zip(names, names[1:]))
    text = " ".join(b[4] for b in blames)
    return [make_analysis(text, actors=tuple((n, "organization") for n in names), blames=blames)]


@pytest.mark.browser
@pytest.mark.parametrize("corpus", [_chain_corpus, _crowded_corpus])
def test_report_network_fills_the_box_with_readable_labels_in_chromium(browser, tmp_path, corpus):
    page, events = _open(browser, tmp_path, render_report(corpus()))
    shape = page.evaluate("""(() => {
        const cy = window.spinmapCy, bb = cy.nodes().renderedBoundingBox({includeLabels: false});
        return {font: cy.zoom() * parseFloat(cy.nodes()[0].style('font-size')),
                w: bb.w / cy.width(), h: bb.h / cy.height()}; })()""")
    assert shape["font"] >= 9
    assert shape["w"] >= 0.5 and shape["h"] >= 0.5
    assert events == []


@pytest.mark.browser
def test_report_heatmap_column_names_stay_inside_their_table_in_chromium(browser, tmp_path):
    long_name = "the Provisional Coordinating Committee of the Northern Districts"
    text = f"Outlet A blamed {long_name} for the floods. Outlet A blamed Moscow too."
    corpus = [make_analysis(text, actors=((long_name, "organization"), ("Moscow", "country")), blames=(
        (None, long_name, "the floods", "authorial", f"Outlet A blamed {long_name} for the floods."),
        (None, "Moscow", "the floods", "authorial", "Outlet A blamed Moscow too.")))]
    page, events = _open(browser, tmp_path, render_report(corpus))
    outside = page.evaluate("""(() => [...document.querySelectorAll('table.heatmap')].flatMap(t => {
        const box = t.getBoundingClientRect();
        return [...t.querySelectorAll('th.rot')].map(th => {
            const r = document.createRange(); r.selectNodeContents(th); const b = r.getBoundingClientRect();
            return b.top < box.top - 1 || b.bottom > box.bottom + 1 ? th.textContent : null; }).filter(Boolean); }))()""")
    assert outside == []
    assert events == []


def test_report_reads_a_stream_once_and_keeps_only_the_shown_articles():
    """A store of millions of articles must not be held in memory: the report folds the stream into counts."""
    import tracemalloc

    filler = " ".join(["The river rose again overnight."] * 5000)  # ~160 KB of text per article

    def stream(n):
        for i in range(n):
            yield make_analysis(f"Outlet A blamed Moscow for flood {i}. {filler}", actors=(("Moscow", "country"),),
                                blames=((None, "Moscow", "the floods", "authorial", f"Outlet A blamed Moscow for flood {i}."),))

    def peak(n):
        tracemalloc.start()
        try:
            page = render_report(stream(n), max_articles=1)
            return tracemalloc.get_traced_memory()[1], page
        finally:
            tracemalloc.stop()

    (small, _), (large, page) = peak(20), peak(80)
    assert "80 articles" in page and "80 accusations" in page
    assert large - small < 1_500_000, (small, large)  # 60 more texts are 9.6 MB: none of them may stay


def test_report_outlet_columns_are_the_busiest_outlets_when_there_are_many():
    corpus = []
    for k in range(15):  # outlet k publishes k + 1 articles; all name Moscow, so all 15 are in the contrast
        for i in range(k + 1):
            text = f"Moscow was blamed for flood {k}-{i} by Outlet {k:02d}."
            corpus.append(make_analysis(text, outlet=f"Outlet {k:02d}", actors=(("Moscow", "country"),),
                                        techniques=(("Loaded_Language", "blamed"),)))
    page = render_report(corpus)
    header = re.search(r'<table class="contrast">\s*<tr>(.*?)</tr>', page, re.S).group(1)
    assert re.findall(r"<th>(Outlet \d\d)</th>", header) == [f"Outlet {k:02d}" for k in range(3, 15)]
    profile = re.search(r'id="sec-techniques">.*?<tr>(.*?)</tr>', page, re.S).group(1)
    assert re.findall(r"<th>(Outlet \d\d)<div", profile) == [f"Outlet {k:02d}" for k in range(3, 15)]
    assert page.count("The 12 outlets with the most articles of 15") == 3
    assert "120 articles from 15 outlet(s)" in page


def _many_actors_corpus():
    """40 accused, blamed 1-4 times each by one of two accusers, and 6 separate accuser -> accused pairs."""
    names = [f"Council {i}" for i in range(40)]
    blames = [("The Governor" if i % 2 else "The Mayor", n, "the floods", "reported", f"They blamed {n}.")
              for i, n in enumerate(names) for _ in range(1 + i % 4)]
    pairs = [(f"Party {i}", f"Rival {i}") for i in range(6)]
    blames += [(a, b, "the fraud", "reported", f"{a} blamed {b}.") for a, b in pairs]
    text = " ".join(b[4] for b in blames)
    actors = tuple((n, "organization") for n in ["The Governor", "The Mayor", *names, *(x for p in pairs for x in p)])
    return [make_analysis(text, actors=actors, blames=tuple(blames))], pairs


@pytest.mark.browser
def test_report_network_names_only_the_busiest_actors_when_crowded_in_chromium(browser, tmp_path):
    corpus, pairs = _many_actors_corpus()
    page, events = _open(browser, tmp_path, render_report(corpus))
    shown = page.evaluate("""window.spinmapCy.nodes().map(n => [n.data('label'), n.data('weight'),
        n.style('label'), n.renderedWidth()])""")
    named = [s for s in shown if s[2]]
    assert len(shown) == 2 + 40 + 12 and len(named) == 30
    assert min(s[1] for s in named) >= max(s[1] for s in shown if not s[2])  # the busiest carry names
    assert {"The Governor", "The Mayor"} <= {s[0] for s in named}
    hub = max(shown, key=lambda s: s[1])
    assert hub[3] > min(s[3] for s in shown)  # node size follows accusations made and received
    # a dot without a name shows it while pointed at
    label = page.evaluate("""(() => { const n = window.spinmapCy.nodes().filter(n => !n.style('label'))[0];
        n.emit('mouseover'); const shown = n.style('label'); n.emit('mouseout');
        return [shown, n.data('label'), n.style('label')]; })()""")
    assert label[0] == label[1] and label[2] == ""
    # the separate pairs sit in rows under the two stars, which keep most of the box's width
    geo = page.evaluate("""(() => { const cy = window.spinmapCy;
        const parts = cy.elements().components(), big = cy.collection(), pairs = cy.collection();
        parts.forEach(p => (p.nodes().length > 3 ? big : pairs).merge(p.nodes()));
        const bb = big.renderedBoundingBox({includeLabels: false});
        return {w: bb.w / cy.width(), bottom: bb.y2, rest: Math.min(...pairs.map(n => n.renderedPosition('y')))}; })()""")
    assert geo["w"] >= 0.5 and geo["rest"] > geo["bottom"]
    assert events == []


@pytest.mark.browser
def test_report_network_actor_click_lists_its_accusations_in_chromium(browser, tmp_path):
    corpus = small_corpus()
    page, events = _open(browser, tmp_path, render_report(corpus))
    rows = blame_rows(corpus)
    target = max({r.accused for r in rows}, key=lambda t: sum(r.accused == t for r in rows))
    accusers = {r.accuser for r in rows if r.accused == target}
    page.evaluate(f"window.spinmapCy.nodes().filter(n => n.data('label') === {json.dumps(target)})[0].emit('tap') && null")
    assert page.evaluate("document.querySelector('#evidence h3').textContent") == target
    links = page.evaluate("[...document.querySelectorAll('#evidence li a')].map(a => a.textContent)")
    assert {link.split(" (")[0] for link in links} == accusers
    page.evaluate("document.querySelector('#evidence li a').click()")
    quotes = page.evaluate("[...document.querySelectorAll('#evidence li q')].map(q => q.textContent)")
    assert quotes and all(q in {r.evidence for r in rows if r.accused == target} for q in quotes)
    assert events == []
    page.close()
