# Peers of `./numbat bench vmap`: the seed guide's per-example gradients (its compute_gradients on
# one example, expanded to a batch of one, mapped over a batch of ARGS[0], float32), per peer:
# TF's vectorized_map and map_fn inside tf.function (as the guide runs them), jax.jit(jax.vmap(
# jax.grad(loss))) and torch.func.vmap(torch.func.grad(loss)).
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
key = f"per_example_{batch}"

if peer in ("tf.vectorized_map", "tf.map_fn"):
    try:
        import tensorflow as tf
    except ImportError:
        missing(peer)
    weights = [tf.constant(w) for w in (w1, bias, w2)]
    x, t = tf.constant(inputs), tf.constant(labels)

    def compute_gradients(x, t):
        with tf.GradientTape() as tape:
            tape.watch(weights)
            y = tf.maximum(tf.matmul(x, weights[0]) + weights[1], 0.)
            loss = tf.reduce_sum(tf.square(tf.matmul(y, weights[2]) - t))
        return tape.gradient(loss, weights)

    def single_example_gradient(arg):
        inp, label = arg
        return tuple(compute_gradients(tf.expand_dims(inp, 0), tf.expand_dims(label, 0)))

    if peer == "tf.vectorized_map":
        f = tf.function(lambda x, t: tf.vectorized_map(single_example_gradient, (x, t)))
    else:
        f = tf.function(lambda x, t: tf.map_fn(single_example_gradient, (x, t),
                                               fn_output_signature=(tf.float32, tf.float32, tf.float32)))
    emit(peer, tf.__version__, {key: per_call(lambda: f(x, t))})
elif peer == "jax.jit(vmap(grad))":
    try:
        import jax
        import jax.numpy as jnp
    except ImportError:
        missing(peer)
    weights = [jnp.asarray(w) for w in (w1, bias, w2)]
    x, t = jnp.asarray(inputs), jnp.asarray(labels)

    def loss(weights, x, t):
        y = jnp.maximum(jnp.matmul(x[None], weights[0]) + weights[1], 0.)
        return jnp.sum(jnp.square(jnp.matmul(y, weights[2]) - t[None]))

    g = jax.jit(jax.vmap(jax.grad(loss), in_axes=(None, 0, 0)))
    emit(peer, jax.__version__, {key: per_call(lambda: jax.block_until_ready(g(weights, x, t)))})
elif peer == "torch.func.vmap":
    try:
        import torch
        from torch.func import grad, vmap
    except ImportError:
        missing(peer)
    weights = tuple(torch.from_numpy(w) for w in (w1, bias, w2))
    x, t = torch.from_numpy(inputs), torch.from_numpy(labels)

    def loss(weights, x, t):
        y = torch.maximum(torch.matmul(x[None], weights[0]) + weights[1], torch.zeros((), dtype=torch.float32))
        return torch.sum(torch.square(torch.matmul(y, weights[2]) - t[None]))

    g = vmap(grad(loss), in_dims=(None, 0, 0))
    emit(peer, torch.__version__, {key: per_call(lambda: g(weights, x, t))}, threads=torch.get_num_threads())
else:
    missing(peer, "unknown peer")
