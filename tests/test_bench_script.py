"""bench/run.py must stay runnable: merges have split its lines twice without any test noticing."""
import argparse
import json
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_bench_function_is_a_group_of_measurements(tmp_path):
    bench = load_bench()
    groups = bench.measurements(argparse.Namespace(repeat=1), tmp_path)
    source = (ROOT / "bench" / "run.py").read_text(encoding="utf-8")
    defined = set(re.findall(r"^def (bench_\w+)\(", source, flags=re.M))
    called = set(re.findall(r"lambda: (bench_\w+)\(", source))
    assert defined, "no bench_ functions found"
    assert defined == called, f"bench functions never run: {sorted(defined - called)}"
    assert all(callable(measure) for measure in groups.values())


def test_a_partial_run_replaces_its_own_rows_and_keeps_the_others(tmp_path, monkeypatch):
    bench = load_bench()
    monkeypatch.setattr(bench, "RESULTS", tmp_path / "results.json")
    old = [{"name": "notebook 00, median of 3", "value": 1, "group": "notebooks"},
           {"name": "notebook 01, median of 3", "value": 5, "group": "notebooks"},
           {"name": "autosave", "value": 2, "group": "autosave"}]
    bench.RESULTS.write_text(json.dumps(old))
    fresh = [{"name": "notebook 00, median of 5", "value": 3, "group": "notebooks"},
             {"name": "notebook 07, median of 5", "value": 4, "group": "notebooks"}]
    assert bench.merged_results(fresh, "notebooks") == [{"name": "autosave", "value": 2, "group": "autosave"},
                                                        *fresh]  # no stale "median of 3" rows are left
    again = [{"name": "autosave", "value": 9, "group": "autosave"}]
    assert bench.merged_results(again, "autosave") == [old[0], old[1], again[0]]
    assert bench.merged_results(fresh, None) == fresh
