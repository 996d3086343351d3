# Peers of `./numbat bench sigmoid` and `./numbat bench function`: the seed guide's sigmoid
# 1/(1+exp(-x)) on float32 at 2^E elements (ARGS: E,E,...), each peer in its own process.
# "add1" is a 1-element add (call overhead); "copy" (numpy only) a plain copy of the same bytes.
import sys
from timing import per_call, emit, missing

peer = sys.argv[1]
exps = [int(a) for a in sys.argv[2].split(",")]
extra = sys.argv[3].split(",") if len(sys.argv) > 3 else []

try:
    import numpy as np
except ImportError:
    missing(peer)
rng = np.random.default_rng(0)
data = {e: rng.standard_normal(2 ** e).astype(np.float32) for e in exps}
times = {}

if peer == "numpy":
    if hasattr(np, "_set_promotion_state"):
        np._set_promotion_state("weak")
    for e, y in data.items():
        times[f"sigmoid_{e}"] = per_call(lambda: 1. / (1. + np.exp(-y)))
        if "copy" in extra:
            times[f"copy_{e}"] = per_call(lambda: y.copy())
    a = np.ones(1, np.float32)
    b = np.ones(1, np.float32)
    times["add1"] = per_call(lambda: np.add(a, b))
    emit(peer, np.__version__, times)
elif peer == "numexpr":
    try:
        import numexpr as ne
    except ImportError:
        missing(peer)
    for e, y in data.items():
        times[f"sigmoid_{e}"] = per_call(lambda: ne.evaluate("1/(1+exp(-y))", local_dict={"y": y}))
    emit(peer, ne.__version__, times, threads=ne.get_num_threads())
elif peer in ("tf", "tf.function"):
    try:
        import tensorflow as tf
    except ImportError:
        missing(peer)
    f = lambda x: 1. / (1. + tf.exp(-x))
    if peer == "tf.function":
        f = tf.function(f)
    for e, y in data.items():
        x = tf.constant(y)
        # .numpy() is not needed for a CPU result to be complete: eager CPU ops run synchronously
        times[f"sigmoid_{e}"] = per_call(lambda: f(x))
    emit(peer, tf.__version__, times)
elif peer in ("jax", "jax.jit"):
    try:
        import jax
        import jax.numpy as jnp
    except ImportError:
        missing(peer)
    f = lambda x: 1. / (1. + jnp.exp(-x))
    if peer == "jax.jit":
        f = jax.jit(f)
    for e, y in data.items():
        x = jnp.asarray(y)
        times[f"sigmoid_{e}"] = per_call(lambda: f(x).block_until_ready())
    emit(peer, jax.__version__, times)
elif peer == "torch":
    try:
        import torch
    except ImportError:
        missing(peer)
    for e, y in data.items():
        x = torch.from_numpy(y)
        times[f"sigmoid_{e}"] = per_call(lambda: 1. / (1. + torch.exp(-x)))
    emit(peer, torch.__version__, times, threads=torch.get_num_threads())
else:
    missing(peer, "unknown peer")
