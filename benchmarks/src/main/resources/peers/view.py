# NumPy peer for `./numbat bench view`: x[1:] and x.T on a 2^4- and a 2^24-element array.
import json, timeit
import numpy as np

def median_per_call(f, min_time=0.2, repeat=7):
    f()
    n = 1
    while True:
        t = timeit.timeit(f, number=n)
        if t >= min_time / 10 or n >= 1 << 24:
            break
        n *= 4
    per = sorted(timeit.timeit(f, number=n) / n for _ in range(repeat))
    return per[len(per) // 2]

out = {"numpy": np.__version__}
for e in (4, 24):
    x = np.zeros(2 ** e, np.float32).reshape(2 ** (e // 2), -1)
    out["slice%d" % e] = median_per_call(lambda: x[1:])
    out["T%d" % e] = median_per_call(lambda: x.T)
print(json.dumps(out))
