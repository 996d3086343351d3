# NumPy peer for `./numbat bench matmul`: matmul per call at the given sizes, float32 and float64,
# plus a batch of 64 (64 x 64) products; reports which BLAS library this NumPy has loaded.
import json, sys, timeit
import numpy as np

def best_per_call(f, min_time=0.2, repeat=5):
    f()
    n = 1
    while True:
        t = timeit.timeit(f, number=n)
        if t >= min_time / 10 or n >= 1 << 20:
            break
        n *= 4
    per = sorted(timeit.timeit(f, number=n) / n for _ in range(repeat))
    return per[len(per) // 2]

def blas_library():
    libs = set()
    with open("/proc/self/maps") as m:
        for line in m:
            p = line.split()[-1]
            if "blas" in p.lower() or "lapack" in p.lower():
                libs.add(p)
    return ", ".join(sorted(libs)) or "?"

out = {"numpy": np.__version__, "times": {}}
rng = np.random.default_rng(0)
for dt in ("float32", "float64"):
    for n in [int(a) for a in sys.argv[1].split(",")]:
        a = rng.standard_normal((n, n)).astype(dt)
        b = rng.standard_normal((n, n)).astype(dt)
        out["times"][dt + "_" + str(n)] = best_per_call(lambda: np.matmul(a, b), min_time=0.5 if n >= 1024 else 0.2)
    a = rng.standard_normal((64, 64, 64)).astype(dt)
    b = rng.standard_normal((64, 64, 64)).astype(dt)
    out["times"][dt + "_batch"] = best_per_call(lambda: np.matmul(a, b))
out["blas"] = blas_library()
print(json.dumps(out))
