# Shared by the peer scripts of `./numbat bench`: one protocol and one way of timing.
# A peer script runs as `python SCRIPT.py PEER ARGS...` (one peer per process, so the thread pools
# of TF, XLA, OpenMP and numexpr never share a process) and prints one JSON object:
#   {"peer": name, "version": "...", "threads": n, "times": {key: seconds per call}}
# or {"peer": name, "missing": "not installed"} when the library cannot be imported, and
# {"peer": name, "fails": {key: reason}} entries for a case the library refuses.
import json, os, sys, time, timeit

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def per_call(f, warm_s=0.3, sample_s=0.05, repeat=7):
    """Median seconds per call of f over `repeat` samples of n calls, after warm_s of calls
    (jit compilation, allocator caches); n doubles until one sample takes sample_s."""
    t0 = time.perf_counter()
    f()
    while time.perf_counter() - t0 < warm_s:
        f()
    n = 1
    while timeit.timeit(f, number=n) < sample_s and n < 1 << 24:
        n *= 2
    samples = sorted(timeit.timeit(f, number=n) / n for _ in range(repeat))
    return samples[len(samples) // 2]


def emit(peer, version, times, threads=None, fails=None):
    out = {"peer": peer, "version": version, "times": times}
    if threads is not None:
        out["threads"] = threads
    if fails:
        out["fails"] = fails
    print(json.dumps(out))


def missing(peer, reason="not installed"):
    print(json.dumps({"peer": peer, "missing": reason}))
    sys.exit(0)
