"""The CLI: help everywhere, exit codes 0/1/2, failures listed, byte-identical output across processes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from spinmap.cli import main

REPO = Path(__file__).resolve().parents[1]


def spinmap(*args, stdin=None):
    return subprocess.run([sys.executable, "-c", "from spinmap.cli import run; run()", *args],
                          capture_output=True, text=True, input=stdin, timeout=900)


def all_commands(group=main, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, prefix + (name,))


@pytest.mark.parametrize("path", [()] + list(all_commands()), ids=lambda p: " ".join(p) or "spinmap")
def test_cli_every_command_has_help(path):
    from click.testing import CliRunner

    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output) > 80


def test_cli_analyze_ok_exits_0_and_writes_jsonl(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Kremlin denies claims\n\nThe Kremlin denied the claims on Monday, a spokesman said.\n", encoding="utf-8")
    proc = spinmap("analyze", str(art))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["schema"] == "spinmap.article/1"


def test_cli_analyze_some_failed_exits_1_and_lists_them(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Talks resume\n\nNegotiators from both countries met again in Geneva on Tuesday.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = spinmap("analyze", str(good), str(empty), "-o", str(out))
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2, "a failed input must still be written, never dropped"
    assert any(r["errors"] and r["errors"][0]["code"].startswith("SM2") for r in records)


def test_cli_usage_error_exits_2():
    assert spinmap("analyze").returncode == 2
    assert spinmap("no-such-command").returncode == 2
    assert spinmap("analyze", "x.txt", "--format", "xml").returncode == 2


def test_cli_analyze_unwritable_output_is_sm404_exit_2(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("The Kremlin denied the claims on Monday, a spokesman said.\n", encoding="utf-8")
    proc = spinmap("analyze", str(art), "-o", str(tmp_path / "no-such-folder" / "out.jsonl"))
    assert proc.returncode == 2, proc.stderr
    assert "SM404" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_json_format_is_one_array(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Ceasefire holds\n\nThe ceasefire held overnight, according to local officials.\n", encoding="utf-8")
    proc = spinmap("analyze", str(art), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and len(data) == 1


def test_cli_output_is_byte_identical_across_processes():
    first = spinmap("analyze", str(REPO / "samples"))
    second = spinmap("analyze", str(REPO / "samples"))
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout and first.stdout


@pytest.mark.parametrize("negated, hedged, flags", [(False, False, ""), (True, False, " NOT"), (False, True, " (hedged)")])
def test_cli_analyze_summary_marks_negated_and_hedged_blames(negated, hedged, flags):
    from _corpus_fixtures import make_analysis

    from spinmap.cli.analyze import summarise

    analysis = make_analysis("Russia has never abandoned its allies.", actors=(("Russia", "country"),),
                             blames=((None, "Russia", "abandoned its allies", "authorial", "Russia has never abandoned"),))
    analysis.blames[0].negated, analysis.blames[0].hedged = negated, hedged
    [line] = [ln for ln in summarise(analysis).splitlines() if "blame:" in ln]
    assert line.endswith("[authorial]" + flags)


@pytest.mark.parametrize("name", ["analyze", "blames", "ingest", "report", "export", "compare"])
def test_cli_every_user_command_option_has_help(name):
    missing = [p.opts[0] for p in main.commands[name].params if isinstance(p, click.Option) and not p.help]
    assert missing == []


@pytest.mark.parametrize("args, code", [(["--version"], 0), (["no-such-command"], 2)])
def test_cli_python_dash_m_runs_the_command_line(args, code):
    done = subprocess.run([sys.executable, "-m", "spinmap", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == code, done.stderr
    assert "spinmap" in done.stdout + done.stderr


@pytest.mark.parametrize("args", [
    ["train", "dse", "{f}", "--finetune-epochs", "1"],
    ["train", "dse", "{f}", "--from-checkpoint", "{f}"],
    ["train", "techniques", "{d}", "--si-tagger", "--cache-dir", "{d}/cache"],
])
def test_cli_train_without_torch_is_sm104_before_any_work(tmp_path, monkeypatch, args):
    # was a ModuleNotFoundError traceback after parsing the whole training set (or the CRF fit)
    import importlib.util

    from click.testing import CliRunner

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    f = tmp_path / "train.txt"
    f.write_text("not a DSE line\n", encoding="utf-8")
    result = CliRunner().invoke(main, [a.format(f=f, d=tmp_path) for a in args])
    err = result.exception
    assert getattr(err, "code", None) == "SM104", result.output
    assert "torch" in str(err) and "[train]" in str(err)


@pytest.mark.parametrize("cmd", [["predict", "polnear"], ["predict", "ptc"], ["eval", "ptc"]])
def test_cli_benchmark_batch_size_below_1_is_usage_error(tmp_path, cmd):
    # predict polnear --batch-size 0 printed nothing and exited 0
    from click.testing import CliRunner

    (tmp_path / "article1.txt").write_text('"We will win," the general said.', encoding="utf-8")
    labels = tmp_path / "gold.labels"
    labels.write_text("1\tDoubt\t0\t5\n", encoding="utf-8")
    extra = [str(labels)] if cmd[0] == "eval" else []
    result = CliRunner().invoke(main, [*cmd, str(tmp_path), *extra, "--batch-size", "0"])
    assert result.exit_code == 2 and "--batch-size" in result.output


@pytest.mark.parametrize("tty,hinted", [(True, True), (False, False)])
def test_cli_stdin_on_a_terminal_says_what_it_waits_for(monkeypatch, capsys, tty, hinted):
    """'-' with a terminal on stdin used to wait in silence."""
    import io

    from spinmap.cli import hint_if_waiting_on_terminal

    fake = io.StringIO("")
    fake.isatty = lambda: tty
    monkeypatch.setattr(sys, "stdin", fake)
    hint_if_waiting_on_terminal(("-",))
    hint_if_waiting_on_terminal(("file.txt",))
    assert ("Ctrl-D" in capsys.readouterr().err) == hinted


_HOSTILE = ["\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "fake\rreal", "abc\x08\x08\x08xyz", "\u202eevil\u202c", "\x9b31m",
            "\u2067rtl\u2069"]


def _hostile_analysis(bad: str, outlet: str = "Outlet", more: str = ""):
    from _corpus_fixtures import make_analysis

    from spinmap.records import ErrorRecord

    text = f"Moscow{bad} blamed Kyiv for the shelling{bad}.{more}"
    a = make_analysis(text, title=f"Title {bad}", source=f"dir/a{bad}.txt", outlet=f"{outlet}{bad}",
                      actors=((f"Moscow{bad}", "country"), ("Kyiv", "country")),
                      blames=((f"Moscow{bad}", "Kyiv", f"the shelling{bad}", "reported", text),))
    a.errors.append(ErrorRecord(code="SM301", message=f"Extractor failed: {bad}", severity="error"))
    return a


@pytest.mark.parametrize("bad", _HOSTILE, ids=repr)
@pytest.mark.parametrize("cmd", ["analyze", "blames", "compare"])
def test_cli_printing_article_data_cannot_rewrite_the_terminal(monkeypatch, tmp_path, bad, cmd):
    from click.testing import CliRunner

    import spinmap.analysis
    import spinmap.cli.analyze
    from spinmap.cli import _UNPRINTABLE
    from spinmap.store import open_store

    a = _hostile_analysis(bad)
    monkeypatch.setattr(spinmap.cli.analyze, "read_inputs", lambda *_: iter(()))
    monkeypatch.setattr(spinmap.cli.analyze, "analyze_many", lambda *_: iter([a]))
    monkeypatch.setattr(spinmap.analysis, "analyze_many", lambda *_: iter([a]))
    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        store.put(a)
        store.put(_hostile_analysis(bad, "Other", more=" Again."))  # another text: another stored article
    args = {"analyze": ["analyze", "x.txt", "--summary"],
            "blames": ["blames", "x.txt"], "compare": ["compare", "--db", db, "--view", "contrast"]}[cmd]
    result = CliRunner().invoke(main, args, color=True)  # color: click strips nothing
    printed = result.stdout + result.stderr
    assert "Moscow" in printed and "Kyiv" in printed
    assert not _UNPRINTABLE.search(printed), repr(printed)
    if cmd == "compare":  # the JSON still parses to the very same names
        assert json.loads(result.stdout)[0]["outlets"][f"Outlet{bad}"]
    if cmd == "analyze":  # the JSONL on stdout is the same analysis
        from spinmap.records import ArticleAnalysis

        assert ArticleAnalysis.from_json(result.stdout) == a


_RAW_ARTICLE = ('"We will never give up," President Smith told reporters on Monday.\r\n\r\n'
                "The minister said that the corrupt traitors had destroyed our great nation again and again.\r\n")


_RAW_PTC_ARTICLE = ("Stupid traitors destroyed our great nation, the corrupt elite lied again and again.\r\n"
                    "These criminals must be stopped now, before they destroy everything we love.\r\n")


@pytest.mark.parametrize("cmd", ["ptc", "polnear"])
def test_cli_predict_offsets_index_the_raw_file_with_bom_and_crlf(tmp_path, cmd):
    # the same article with and without a UTF-8 BOM: the BOM is character 0 of the raw file, so every
    # span must be the plain file's span + 1 (the first word's span began at 0, glued to the BOM)
    names = {"plain": "article1.txt", "bom": "article2.txt"} if cmd == "ptc" else {"plain": "p.txt", "bom": "b.txt"}
    raw = _RAW_PTC_ARTICLE if cmd == "ptc" else _RAW_ARTICLE
    (tmp_path / names["plain"]).write_bytes(raw.encode("utf-8"))
    (tmp_path / names["bom"]).write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    result = spinmap("predict", cmd, str(tmp_path))
    assert result.returncode == 0, result.stderr
    spans: dict[str, set] = {"plain": set(), "bom": set()}
    if cmd == "ptc":
        for line in result.stdout.splitlines():
            aid, label, start, end = line.split("\t")
            spans["plain" if aid == "1" else "bom"].add((label, int(start), int(end)))
    else:
        for line in result.stdout.splitlines():
            doc = json.loads(line)
            key = "plain" if doc["doc"] == "p" else "bom"
            spans[key] = {(k, *a[k]) for a in doc["attributions"] for k in ("source", "cue", "content") if a[k]}
        quote = _RAW_ARTICLE.index('"We will never give up,"')  # hand-computed: 0 in the raw CRLF text
        assert ("content", quote, quote + 24) in spans["plain"]
        assert ("source", 25, 40) in spans["plain"] and _RAW_ARTICLE[25:40] == "President Smith"
        said = _RAW_ARTICLE.index(" said ") + 1  # after two CRLFs: a reader translating newlines is 2 short
        assert ("cue", said, said + 4) in spans["plain"]
    assert any(s == 0 for _, s, _ in spans["plain"])  # a span starts at the first word
    assert spans["bom"] == {(k, s + 1, e + 1) for k, s, e in spans["plain"]}


@pytest.mark.parametrize("cmd", ["analyze", "blames"])
def test_cli_a_newline_in_a_file_name_cannot_forge_output_lines(monkeypatch, cmd):
    from _corpus_fixtures import make_analysis
    from click.testing import CliRunner

    import spinmap.analysis
    import spinmap.cli.analyze
    from spinmap.records import ErrorRecord

    a = make_analysis("Moscow blamed Kyiv for the shelling.", source="dir/a.txt\nfailed forged.txt: SM201\n== forged")
    a.errors.append(ErrorRecord(code="SM301", message=f"Extractor failed on {a.source}", severity="error"))
    monkeypatch.setattr(spinmap.cli.analyze, "read_inputs", lambda *_: iter(()))
    monkeypatch.setattr(spinmap.cli.analyze, "analyze_many", lambda *_: iter([a]))
    monkeypatch.setattr(spinmap.analysis, "analyze_many", lambda *_: iter([a]))
    args = ["analyze", "x.txt", "--summary", "-o", "-"] if cmd == "analyze" else ["blames", "x.txt"]
    result = CliRunner().invoke(main, args)
    lines = (result.stdout + result.stderr).splitlines()
    assert any("dir/a.txt\\x0afailed forged.txt" in line for line in lines)
    assert not any(line.startswith(("failed forged", "== forged")) for line in lines)


@pytest.mark.parametrize("args, module, name", [
    (["train", "techniques", "{d}", "--cache-dir", "{d}"], "spinmap.train.techniques", "train"),
    (["train", "attribution", "{d}", "{d}"], "spinmap.train.attribution", "train_cue_model"),
    (["train", "dse", "{f}"], "spinmap.train.dse", "train_dse"),
])
def test_cli_train_commands_call_their_trainer_with_arguments_it_accepts(tmp_path, monkeypatch, args, module, name):
    """Options wired to a trainer that lacks the parameter would only fail after the user started a long run."""
    import importlib
    import inspect

    from click.testing import CliRunner

    target = importlib.import_module(module)
    real = getattr(target, name)
    seen = []

    def checked(*a, **kw):
        inspect.signature(real).bind(*a, **kw)  # TypeError when the CLI passes what the trainer does not take
        seen.append(kw)
        return {"C": 1, "class_weight": None} if name == "train_dse" else {}

    monkeypatch.setattr(target, name, checked)
    (tmp_path / "f.txt").write_text("x\n", encoding="utf-8")
    argv = [a.format(d=tmp_path, f=tmp_path / "f.txt") for a in args]
    result = CliRunner().invoke(main, argv)
    assert seen, (result.output, repr(result.exception))


def test_cli_analyze_into_a_closed_pipe_exits_141_quietly(tmp_path):
    """`spinmap analyze … | head -1`: the reader leaves early; no traceback, and not exit 1 ("articles failed").
    40 articles write well past the pipe's buffer, so the writer is still writing when the reader leaves."""
    for n in range(40):
        (tmp_path / f"a{n}.txt").write_text(
            f"Ceasefire talk {n}\n\nThe minister said on Monday that the talks in round {n} would resume soon.\n",
            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "from spinmap.cli import run; run()", "analyze", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["schema"] == "spinmap.article/1"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 141, err
    assert "Traceback" not in err and "Exception ignored" not in err
