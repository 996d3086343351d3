# NumPy peer of `./numbat bench view`: x[1:] and x.T on 2^4- and 2^24-element float32 arrays (2-d).
import sys
from timing import per_call, emit, missing

peer = sys.argv[1]
try:
    import numpy as np
except ImportError:
    missing(peer)
times = {}
for e in (4, 24):
    x = np.zeros(2 ** e, np.float32).reshape(2 ** (e // 2), -1)
    times[f"slice_{e}"] = per_call(lambda: x[1:])
    times[f"T_{e}"] = per_call(lambda: x.T)
emit(peer, np.__version__, times)
