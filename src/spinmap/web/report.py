"""The self-contained HTML corpus report: network, outlet x accused heatmap, contrast, techniques, articles.

Safety: every piece of article text goes through Jinja2 autoescape or ``markupsafe.escape``; data
for the scripts is JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and
U+2028/9 written as ``\\uXXXX``, read with ``JSON.parse`` and shown only via ``textContent``.
A Content-Security-Policy allows only the report's own inline scripts (by hash) and no network.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from importlib import resources
from typing import Iterable, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..compare import Digest, blame_matrix, name_key, outlet_of, side_of, top_actors
from ..records import TECHNIQUE_LABELS, ArticleAnalysis, headline_end

VOICE_COLOURS = {"authorial": "#d62728", "reported": "#1f77b4"}
TECHNIQUE_COLOURS = (
    "#fde68a", "#fbcfe8", "#bbf7d0", "#c7d2fe", "#fed7aa", "#a5f3fc", "#ddd6fe",
    "#fecaca", "#d9f99d", "#e9d5ff", "#bae6fd", "#fef08a", "#f5d0fe", "#99f6e4",
)


def json_for_script(data: object) -> Markup:
    """JSON that cannot end or comment out its <script> element, whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return Markup(text)


def _vendored(name: str) -> str:
    """A packaged script, refused if it could close its own <script> element early."""
    code = resources.files("spinmap.web").joinpath("static", name).read_text(encoding="utf-8")
    if "</script" in code.lower() or "<!--" in code:
        raise ValueError(f"static/{name} contains '</script' or '<!--' and cannot be inlined")
    return code


def highlight(analysis: ArticleAnalysis, index: int, start: int = 0, end: Optional[int] = None) -> Markup:
    """``text[start:end]`` as escaped HTML with quote/blame/technique spans marked (overlaps allowed).

    The text is cut at every span boundary; each piece gets the classes of the spans covering it,
    so overlapping findings never produce broken nesting, and a slice (the headline) renders alone.
    """
    text = analysis.text
    end = len(text) if end is None else end
    spans: list[tuple[int, int, str, str, Optional[str]]] = []
    for j, q in enumerate(analysis.quotes):
        who = q.speaker.name if q.speaker else "unknown speaker"
        who += f" ({q.speaker.sourcing} source)" if q.speaker and q.speaker.sourcing in ("unnamed", "unresolved") else ""
        spans.append((*q.content.span, "q", f"quote ({q.kind}) by {who}", f"a{index}-q{j}"))
    for j, b in enumerate(analysis.blames):
        # a negated blame ("X is not to blame") is marked apart, so a reader does not take it for an accusation
        spans.append((*b.evidence.span, f"bn b-{b.voice}" if b.negated else f"b b-{b.voice}",
                      f"blame [{b.voice}{', negated' if b.negated else ''}]: {b.source.name} -> {b.target.name}: {b.charge}", f"a{index}-b{j}"))
    for j, t in enumerate(analysis.techniques):
        k = TECHNIQUE_LABELS.index(t.label) if t.label in TECHNIQUE_LABELS else 0
        spans.append((*t.span, f"t t{k}", f"technique: {t.label}", f"a{index}-t{j}"))
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({start, end, *(p for s in spans for p in s[:2] if start < p < end)})
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for k, s in enumerate(spans):
        opening.setdefault(s[0], []).append(k)
        closing.setdefault(s[1], []).append(k)
    out: list[str] = []
    # spans over the current piece, kept by a sweep (linear in cuts + spans); some may open before the slice
    covering = {k for k, s in enumerate(spans) if s[0] < start < s[1]}
    for p, q in zip(cuts, cuts[1:]):
        covering.difference_update(closing.get(p, ()))
        covering.update(opening.get(p, ()))
        for k in opening.get(p, ()):
            out.append(f'<a class="anchor" id="{escape(spans[k][4])}"></a>')
        active = [spans[k] for k in sorted(covering)]
        piece = escape(text[p:q])
        if active:
            classes = " ".join(sorted({c for s in active for c in s[2].split()}))
            title = "\n".join(s[3] for s in active)
            out.append(f'<span class="hl {escape(classes)}" title="{escape(title)}">{piece}</span>')
        else:
            out.append(str(piece))
    return Markup("".join(out))


def _network(digest: Digest, article_index: dict[str, int], max_edges: int, max_evidence: int) -> dict:
    """Cytoscape elements: nodes = actors, one edge per (accuser, accused, voice) with its evidence."""
    labels: dict[str, Counter] = {}
    edges: dict[tuple, dict] = {}
    for r, blame_index in zip(digest.rows, digest.blame_index):
        s, t = name_key(r.accuser), name_key(r.accused)
        labels.setdefault(s, Counter())[r.accuser] += 1
        labels.setdefault(t, Counter())[r.accused] += 1
        e = edges.setdefault((s, t, r.voice), {"weight": 0, "evidence": []})
        e["weight"] += 1
        if len(e["evidence"]) < max_evidence:
            i = article_index.get(r.article_id)
            e["evidence"].append({
                "text": r.evidence, "charge": r.charge, "outlet": r.outlet, "accuser": r.accuser,
                "accused": r.accused, "article": r.article_id, "start": r.start, "end": r.end,
                "anchor": None if i is None else f"a{i}-b{blame_index}",
            })
    kept = sorted(edges.items(), key=lambda kv: -kv[1]["weight"])[:max_edges]
    weight: Counter = Counter()  # accusations made and received over the drawn edges: the node's size
    for (s, t, _), e in kept:
        weight[s] += e["weight"]
        weight[t] += e["weight"]
    node_ids = {k: f"n{i}" for i, k in enumerate(sorted(weight))}
    nodes = [{"data": {"id": node_ids[k], "label": labels[k].most_common(1)[0][0], "weight": weight[k]}}
             for k in sorted(weight)]
    out_edges = [
        {"data": {"id": f"e{i}", "source": node_ids[s], "target": node_ids[t], "voice": v,
                  "colour": VOICE_COLOURS.get(v, "#555"), "weight": e["weight"], "evidence": e["evidence"]}}
        for i, ((s, t, v), e) in enumerate(kept)
    ]
    return {"nodes": nodes, "edges": out_edges, "dropped_edges": max(0, len(edges) - len(kept))}


def _heat(value: int, top: int) -> str:
    """Background colour for a heatmap cell (white to red), from numbers only."""
    if not value or not top:
        return "#ffffff"
    x = 0.15 + 0.85 * value / top
    g = int(255 - 200 * x)
    return f"#ff{g:02x}{g:02x}"


def render_report(
    analyses: Iterable[ArticleAnalysis],
    sides: Optional[dict] = None,
    failures: Iterable[ArticleAnalysis] = (),
    title: str = "spinmap corpus report",
    max_articles: int = 200,
    max_edges: int = 150,
    max_evidence: int = 50,
    freq: str = "week",
) -> str:
    """Render the whole report as one HTML string (no external resources), reading ``analyses`` once."""
    digest = Digest(sides, freq=freq)
    shown = digest.add_all(analyses, keep=max_articles)
    return render_digest(digest, shown, failures, title, max_edges, max_evidence)


def render_digest(
    digest: Digest,
    shown: list[ArticleAnalysis],
    failures: Iterable[ArticleAnalysis] = (),
    title: str = "spinmap corpus report",
    max_edges: int = 150,
    max_evidence: int = 50,
    max_outlets: int = 12,
) -> str:
    """The report of a corpus digest, with ``shown`` articles in full (see :meth:`Digest.add_all`); tables with
    a column per outlet show the ``max_outlets`` with the most articles."""
    sides, freq = digest.sides, digest.freq
    outlets = digest.busiest("outlet", max_outlets)
    failures = list(failures)
    article_index = {a.id: i for i, a in enumerate(shown)}
    plain_rows = digest.rows
    by = "side" if sides else "outlet"
    matrix = blame_matrix(plain_rows, by="outlet")
    side_matrix = blame_matrix(plain_rows, by="side") if sides else None
    network = _network(digest, article_index, max_edges, max_evidence)
    contrasts = digest.contrast(min_outlets=2)
    blamed = [c for c in contrasts if any(o["blames"] for o in c["outlets"].values())]
    contrasts = (blamed or contrasts)[:20]
    anchors = {(r.article_id, r.start, r.end): f"a{article_index[r.article_id]}-b{j}"
               for r, j in zip(digest.rows, digest.blame_index) if r.article_id in article_index}
    for c in contrasts:
        for o in c["outlets"].values():
            for b in o["blames"]:
                b["anchor"] = anchors.get((b["article_id"], b["start"], b["end"]))
    profile = {o: p for o, p in digest.technique_profile(by="outlet").items() if o in outlets}
    sourcing = {o: c for o, c in digest.sourcing_profile(by="outlet").items() if o in outlets}
    labels_used = [lab for lab in TECHNIQUE_LABELS if any(lab in p["counts"] for p in profile.values())]
    profile_max = max((c for p in profile.values() for c in p["counts"].values()), default=0)
    timeline = digest.over_time(by=by)
    groups = sorted({g for cells in timeline.values() for g in cells} & set(digest.busiest(by, max_outlets)))
    articles = []
    for i, a in enumerate(shown):
        h = headline_end(a.text, a.title)  # the headline is the text's first paragraph: shown, highlighted, as the heading
        articles.append({
            "index": i, "a": a, "outlet": outlet_of(a), "side": side_of(a.outlet, sides) if sides else None,
            "headline": highlight(a, i, 0, h) if h else None, "body": highlight(a, i, h + 2 if h else 0),
        })
    data = {"network": network, "voices": VOICE_COLOURS}
    scripts = {"cytoscape": _vendored("cytoscape.min.js"), "app": _vendored("report.js")}
    csp_hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts.values()
    )
    env = Environment(loader=PackageLoader("spinmap.web", "templates"), autoescape=select_autoescape(default=True))
    env.globals["heat"] = _heat
    template = env.get_template("report.html")
    return template.render(
        title=title, n_articles=digest.articles, n_failures=len(failures), failures=failures,
        n_blames=len(plain_rows), n_quotes=digest.quotes, n_techniques=digest.techniques,
        outlets=outlets, n_outlets=len(digest.outlet_side),
        matrix=matrix, side_matrix=side_matrix, contrasts=contrasts,
        top_accused=top_actors(plain_rows, by=by, role="accused", n=8),
        top_accusers=top_actors(plain_rows, by=by, role="accuser", n=8), by=by,
        profile=profile, sourcing=sourcing, labels_used=labels_used, profile_max=profile_max, technique_labels=TECHNIQUE_LABELS,
        technique_colours=TECHNIQUE_COLOURS, voice_colours=VOICE_COLOURS, timeline=timeline, groups=groups,
        freq=freq, articles=articles, omitted=digest.articles - len(shown), network=network,
        data_json=json_for_script(data), cytoscape_js=Markup(scripts["cytoscape"]), app_js=Markup(scripts["app"]),
        csp_hashes=csp_hashes,
    )
