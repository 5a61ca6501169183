"""The benchmark report (pyzc/benchmark.py) from a made-up record: which program is left out of the
headline mean, what the table shows next to each median, and --from-json rewriting RESULTS.md.
No timing is measured here; the figures are the record's."""

import json
import os
import subprocess
import sys

from pyzc import benchmark


def row(name, cpython, pyzc, status="ok"):
    runs = {"cpython": cpython, "pyzc": pyzc}
    med = {k: sorted(v)[len(v) // 2] for k, v in runs.items()}
    return {"program": name, "runs": runs, "rss_kib": {"cpython": 1000, "pyzc": 100}, "median_s": med,
            "status": {"cpython": "ok", "pyzc": status}, "compute_speedup": {},
            "speedup": {"pyzc": med["cpython"] / med["pyzc"]} if status == "ok" else {}}


def record():
    return {"timestamp": "20260101-000000", "command": "pyzc bench a.py b.py c.py", "runs_per_contender": 3,
            "machine": {"cpu": "cpu", "cores": 2, "python": "3.11", "pyzc": "0", "load_at_start": 0.5},
            "startup_s": {"cpython": 0.040, "pyzc": 0.0003},
            "programs": [row("folded", [0.6, 0.7, 0.8], [0.0003, 0.0004, 0.0003]),
                         row("ran", [1.0, 1.2, 1.1], [0.10, 0.11, 0.12]),
                         row("wrong", [1.0, 1.0, 1.0], [0.1, 0.1, 0.1], status="output differs from CPython")]}


def test_work_removed_by_the_c_compiler_is_left_out_of_the_headline():
    rec = record()
    assert [benchmark.folded(rec, r) for r in rec["programs"]] == [True, False, False]
    gm, left_out = benchmark.headline(rec)
    assert left_out == ["folded"]
    assert abs(gm - 1.1 / 0.11) < 1e-9  # only "ran": "wrong" has no speedup, "folded" is left out


def test_table_shows_the_spread_and_the_flag():
    table = benchmark.render_table(record())
    assert "| ran | 1.100 (1.000–1.200) | 0.110 (0.100–0.120) |" in table
    assert "(work removed by the C compiler)" in table
    assert "left out: folded, whose work the C compiler removed" in table


def test_pyzc_over_c_is_the_fastest_runs_with_the_medians_beside():
    """pyzc/C: the fastest CPU times' ratio, which the goal is judged by, and the medians' in brackets."""
    rec = record()
    ran = rec["programs"][1]
    ran["pyzc_over_c"], ran["pyzc_over_c_median"] = 1.04, 1.21
    table = benchmark.render_table(rec)
    assert "| 1.04 (median 1.21) |" in table
    assert "| ran: within 1.1x of hand-written C | 1.04x of C | yes |" in table


def test_from_json_rewrites_results_md(tmp_path):
    results = tmp_path / "bench" / "results"
    results.mkdir(parents=True)
    path = results / "20260101-000000.json"
    path.write_text(json.dumps(record()))
    r = subprocess.run([sys.executable, "-m", "pyzc", "bench", "--from-json", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    md = (tmp_path / "bench" / "RESULTS.md").read_text()
    assert "Raw runs: `bench/results/20260101-000000.json`" in md and "load average 0.5" in md
    assert "| ran | 1.100 (1.000–1.200)" in md
    assert os.path.exists(results / "speedup.png") or "matplotlib is not installed" in r.stderr


def test_generator_against_the_hand_written_loop():
    """A program with bench/reference/<name>.py has its time over that plain loop's (pyzc/loop) and a goal row."""
    rec = record()
    gen = row("gen_sum", [0.4, 0.4, 0.4], [0.012, 0.011, 0.013])
    gen["runs"]["loop"] = [0.010, 0.010, 0.010]
    gen["status"]["loop"] = "ok"
    gen["pyzc_over_loop"] = 0.012 / 0.010
    rec["programs"].append(gen)
    table = benchmark.render_table(rec)
    assert "| loop s | pyzc/loop |" in table
    assert "| 0.010 (0.010–0.010) | 1.20 |" in table
    assert "| gen_sum: about the cost of the hand-written loop (within 1.1x) | 1.20x of the loop | no, 1.09x too slow |" in table
    assert "| ran | 1.100 (1.000–1.200) | 0.110 (0.100–0.120) | 10.0x | - | - | - | - |" in table  # no loop: dashes


def test_before_and_after_against_a_baseline_revision():
    """--baseline REV: pyzc as of REV is one more contender; the table shows its time and the ratio, and a line
    gives their geometric mean (a program the baseline got wrong has its status instead of a ratio)."""
    rec = record()
    rec["baseline"] = "abc123"
    ran = rec["programs"][1]
    ran["runs"]["before"] = [0.2, 0.22, 0.24]
    ran["status"]["before"] = "ok"
    ran["vs_before"] = 0.22 / 0.11
    rec["programs"][0]["runs"]["before"] = [0.0003, 0.0003, 0.0003]
    rec["programs"][0]["status"]["before"] = "output differs from CPython"
    table = benchmark.render_table(rec)
    assert "| program | CPython s | pyzc s | before s (abc123) | vs before | speedup |" in table
    assert "| ran | 1.100 (1.000–1.200) | 0.110 (0.100–0.120) | 0.220 (0.200–0.240) | 2.00x | 10.0x |" in table
    assert "| output differs from CPython |" in table
    assert "Against pyzc as of abc123, built and run in this run: geometric mean 2.000x" in table


def test_baseline_tree_is_the_whole_checkout(tmp_path):
    """The baseline is exported from the top of the git checkout (not only bench/), so its own pyzc builds."""
    tree = benchmark.export_baseline("HEAD", os.path.join(os.path.dirname(os.path.dirname(__file__)), "bench"),
                                     str(tmp_path))
    assert tree is not None and os.path.exists(os.path.join(tree, "pyzc", "driver.py"))
    assert benchmark.export_baseline("no-such-revision", str(tmp_path), str(tmp_path / "x")) is None


def test_headline_spread_over_rounds_of_runs():
    """The headline's spread: round k's geometric mean pairs each program's k-th CPython run with its k-th
    pyzc run (the runs are interleaved); the lowest and highest round are shown beside the mean."""
    rec = record()
    second = row("second", [2.0, 2.0, 2.0], [0.5, 0.25, 0.4])
    rec["programs"].append(second)
    low, high = benchmark.headline_rounds(rec)
    rounds = [((1.0 / 0.10) * (2.0 / 0.5)) ** 0.5, ((1.2 / 0.11) * (2.0 / 0.25)) ** 0.5, ((1.1 / 0.12) * (2.0 / 0.4)) ** 0.5]
    assert abs(low - min(rounds)) < 1e-9 and abs(high - max(rounds)) < 1e-9
    table = benchmark.render_table(rec)
    assert f"from {benchmark.fmt_ratio(min(rounds))} to {benchmark.fmt_ratio(max(rounds))} in single rounds of runs" in table
    one = record()
    for r in one["programs"]:
        r["runs"] = {k: v[:1] for k, v in r["runs"].items()}
    assert benchmark.headline_rounds(one) is None
