# NumPy peer of `./numbat bench matmul`: matmul per call of square float32/float64 matrices at the
# sizes ARGS[0] (N,N,...) and a batch of 64 (64 x 64) products; reports the BLAS NumPy loaded.
import sys
from timing import per_call, emit, missing

peer = sys.argv[1]
try:
    import numpy as np
except ImportError:
    missing(peer)


def blas_library():
    libs = set()
    with open("/proc/self/maps") as m:
        for line in m:
            p = line.split()[-1]
            if "blas" in p.lower() or "lapack" in p.lower():
                libs.add(p.rsplit("/", 1)[-1])
    return ", ".join(sorted(libs)) or "?"


times = {}
rng = np.random.default_rng(0)
for dt in ("float32", "float64"):
    for n in [int(a) for a in sys.argv[2].split(",")]:
        a = rng.standard_normal((n, n)).astype(dt)
        b = rng.standard_normal((n, n)).astype(dt)
        times[f"{dt}_{n}"] = per_call(lambda: np.matmul(a, b))
    a = rng.standard_normal((64, 64, 64)).astype(dt)
    b = rng.standard_normal((64, 64, 64)).astype(dt)
    times[f"{dt}_batch"] = per_call(lambda: np.matmul(a, b))
emit(peer, np.__version__ + " (BLAS: " + blas_library() + ")", times)
