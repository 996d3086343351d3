# Peers of `./numbat bench grad` and `./numbat bench function`: the seed guide's compute_gradients
# (dense 32->64 + ReLU, linear 64->2, squared loss, float32) at batch ARGS[0], per peer process:
# TF's GradientTape eagerly and inside tf.function, jax.grad eagerly and under jax.jit, torch autograd.
import sys
from timing import per_call, emit, missing

peer = sys.argv[1]
batch = int(sys.argv[2])
try:
    import numpy as np
except ImportError:
    missing(peer)
rng = np.random.default_rng(0)
w1 = (rng.standard_normal((32, 64)) / 32 ** 0.5).astype(np.float32)
bias = rng.standard_normal(64).astype(np.float32)
w2 = (rng.standard_normal((64, 2)) / 8).astype(np.float32)
inputs = rng.standard_normal((batch, 32)).astype(np.float32)
labels = rng.standard_normal((batch, 2)).astype(np.float32)
key = f"grad_{batch}"

if peer in ("tf", "tf.function"):
    try:
        import tensorflow as tf
    except ImportError:
        missing(peer)
    weights = [tf.constant(w) for w in (w1, bias, w2)]
    x, t = tf.constant(inputs), tf.constant(labels)

    def compute_gradients(weights, x, t):
        with tf.GradientTape() as tape:
            tape.watch(weights)
            y = tf.maximum(tf.matmul(x, weights[0]) + weights[1], 0.)
            loss = tf.reduce_sum(tf.square(tf.matmul(y, weights[2]) - t))
        return tape.gradient(loss, weights)

    f = tf.function(compute_gradients) if peer == "tf.function" else compute_gradients
    emit(peer, tf.__version__, {key: per_call(lambda: f(weights, x, t))})
elif peer in ("jax", "jax.jit"):
    try:
        import jax
        import jax.numpy as jnp
    except ImportError:
        missing(peer)
    weights = [jnp.asarray(w) for w in (w1, bias, w2)]
    x, t = jnp.asarray(inputs), jnp.asarray(labels)

    def loss(weights, x, t):
        y = jnp.maximum(jnp.matmul(x, weights[0]) + weights[1], 0.)
        return jnp.sum(jnp.square(jnp.matmul(y, weights[2]) - t))

    g = jax.grad(loss)
    if peer == "jax.jit":
        g = jax.jit(g)
    emit(peer, jax.__version__, {key: per_call(lambda: jax.block_until_ready(g(weights, x, t)))})
elif peer == "torch":
    try:
        import torch
    except ImportError:
        missing(peer)
    weights = [torch.from_numpy(w).requires_grad_() for w in (w1, bias, w2)]
    x, t = torch.from_numpy(inputs), torch.from_numpy(labels)

    def compute_gradients():
        y = torch.maximum(torch.matmul(x, weights[0]) + weights[1], torch.zeros((), dtype=torch.float32))
        loss = torch.sum(torch.square(torch.matmul(y, weights[2]) - t))
        return torch.autograd.grad(loss, weights)

    emit(peer, torch.__version__, {key: per_call(compute_gradients)}, threads=torch.get_num_threads())
elif peer in ("numpy", "numexpr"):
    missing(peer, "no autodiff")
else:
    missing(peer, "unknown peer")
