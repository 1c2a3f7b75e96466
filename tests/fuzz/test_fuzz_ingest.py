"""200 generated bad inputs mixed with good reports through `sdkg ingest` with the default worker
count: no crash, no file over its time limit, no good report lost, every bad file named with a
reason. bench/bench_fuzz.py runs 1,000 larger ones."""

from sdkg.loaders.limits import DEFAULT_LIMITS

from bench.fuzz_inputs import check, run_ingest, write_corpus


def test_fuzzed_folder_loses_no_good_report_and_names_every_bad_file(tmp_path, seed_paths):
    cases = write_corpus(tmp_path / "in", 200, seed=13, seeds=seed_paths[0].parent)
    assert sum(c.expect == "good" for c in cases) >= 15
    run = run_ingest(tmp_path / "in", tmp_path / "db", timeout=900)
    verdict = check(cases, run, seconds_per_file=DEFAULT_LIMITS.seconds_per_file,
                    seconds_per_mb=DEFAULT_LIMITS.seconds_per_mb)
    assert verdict.ok, "\n".join(verdict.lines())
    assert run.returncode == 1  # bad files make the exit code 1, not a crash
