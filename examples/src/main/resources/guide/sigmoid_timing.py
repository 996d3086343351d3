# NumPy side of GuidePlots' sigmoid plot: seconds per call of 1/(1+exp(-y)) (float32) per size 2**e.
import json, sys, timeit
import numpy as np

def per_call(f, min_time):
    f()
    n = 1
    while timeit.timeit(f, number=n) < min_time / 5 and n < 1 << 22:
        n *= 4
    samples = sorted(timeit.timeit(f, number=n) / n for _ in range(5))
    return samples[2]

exps = [int(a) for a in sys.argv[1].split(",")]
min_time = float(sys.argv[2])
rng = np.random.default_rng(0)
out = {"numpy": np.__version__, "seconds": {}}
for e in exps:
    y = rng.standard_normal(2 ** e).astype(np.float32)
    out["seconds"][str(e)] = per_call(lambda: 1. / (1. + np.exp(-y)), min_time)
print(json.dumps(out))
