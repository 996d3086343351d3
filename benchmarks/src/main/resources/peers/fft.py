# NumPy peer for `./numbat bench fft`: numpy.fft per call on the four cases, and each
# case's input and NumPy's result saved as .npy under argv[1] so Numbat can report its error.
import json, os, sys, timeit
import numpy as np

def best_per_call(f, min_time=0.3, repeat=7):
    f()
    n = 1
    while True:
        t = timeit.timeit(f, number=n)
        if t >= min_time / 10 or n >= 1 << 20:
            break
        n *= 2
    per = sorted(timeit.timeit(f, number=n) / n for _ in range(repeat))
    return per[len(per) // 2]

folder = sys.argv[1]
rng = np.random.default_rng(0)
def cplx(shape, dt):
    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dt)
cases = {
    "fft_c128_2^20": (cplx(1 << 20, np.complex128), np.fft.fft),
    "fft_c128_1000003": (cplx(1000003, np.complex128), np.fft.fft),
    "rfft_f64_2^20": (rng.standard_normal(1 << 20), np.fft.rfft),
    "fft2_c64_1024x1024": (cplx((1024, 1024), np.complex64), np.fft.fft2),
}
out = {"numpy": np.__version__, "times": {}}
for key, (x, f) in cases.items():
    np.save(os.path.join(folder, key + "_in.npy"), x)
    np.save(os.path.join(folder, key + "_out.npy"), f(x))
    out["times"][key] = best_per_call(lambda: f(x))
print(json.dumps(out))
