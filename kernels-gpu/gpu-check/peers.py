"""The gpu-check benchmark's peers: the same four measurements as GpuBench.java with PyTorch and
JAX on the machine's python3 (each skipped when not importable), and numbat/peer ratios when
--numbat names GpuCheck's results. Bandwidths count bytes read plus written; each number is the
best of five synchronised batches after a warm-up, as GpuBench does. float32 matmul is full
float32 in all three (torch's default; JAX is told precision=highest, its default is TF32)."""
import argparse, json, time

COPY_BYTES = 1 << 26
N = 1 << 24
SMALL = 1 << 10
G = 8192


def best(calls, body, sync):
    body(); sync()
    b = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(calls):
            body()
        sync()
        b = min(b, (time.perf_counter() - t0) / calls)
    return b


def torch_bench():
    import torch
    if not torch.cuda.is_available():
        raise RuntimeError("torch sees no CUDA device")
    sync = torch.cuda.synchronize
    r = {}
    a = torch.empty(COPY_BYTES, dtype=torch.uint8, device="cuda"); b = torch.empty_like(a)
    r["copy_gbs"] = 2 * COPY_BYTES / best(50, lambda: b.copy_(a), sync) / 1e9
    x = torch.rand(N, device="cuda") - 0.5; y = torch.empty_like(x)
    r["sigmoid_gbs"] = 2 * 4 * N / best(20, lambda: torch.sigmoid(x, out=y), sync) / 1e9
    r["sigmoid_pct_of_copy"] = 100 * r["sigmoid_gbs"] / r["copy_gbs"]
    xs = x[:SMALL]; ys = y[:SMALL]
    r["eager_us"] = 1e6 * best(2000, lambda: torch.sigmoid(xs, out=ys), sync)
    r["eager_sync_us"] = 1e6 * best(500, lambda: (torch.sigmoid(xs, out=ys), sync()), sync)
    del a, b, x, y
    torch.backends.cuda.matmul.allow_tf32 = False
    ma = torch.rand(G, G, device="cuda") - 0.5; mb = torch.rand(G, G, device="cuda") - 0.5; mc = torch.empty_like(ma)
    r["sgemm_tflops"] = 2 * G ** 3 / best(3, lambda: torch.matmul(ma, mb, out=mc), sync) / 1e12
    return "torch " + torch.__version__, r


def jax_bench():
    import jax, jax.numpy as jnp
    if not any(d.platform == "gpu" for d in jax.devices()):
        raise RuntimeError("jax sees no GPU")
    r = {}
    out = [None]
    sync = lambda: out[0].block_until_ready()
    a = jnp.zeros(COPY_BYTES, jnp.uint8)
    copy = jax.jit(lambda v: jnp.copy(v) + jnp.uint8(0))  # a real copy: XLA elides a bare identity
    def c(): out[0] = copy(a)
    r["copy_gbs"] = 2 * COPY_BYTES / best(50, c, sync) / 1e9
    x = jax.random.uniform(jax.random.PRNGKey(0), (N,), jnp.float32) - 0.5
    sig = jax.jit(jax.nn.sigmoid)
    def s(): out[0] = sig(x)
    r["sigmoid_gbs"] = 2 * 4 * N / best(20, s, sync) / 1e9
    r["sigmoid_pct_of_copy"] = 100 * r["sigmoid_gbs"] / r["copy_gbs"]
    xs = x[:SMALL]
    def e(): out[0] = sig(xs)
    r["eager_us"] = 1e6 * best(2000, e, sync)
    r["eager_sync_us"] = 1e6 * best(500, lambda: (e(), sync()), sync)
    del a, x
    ma = jax.random.uniform(jax.random.PRNGKey(1), (G, G), jnp.float32) - 0.5
    mb = jax.random.uniform(jax.random.PRNGKey(2), (G, G), jnp.float32) - 0.5
    mm = jax.jit(lambda p, q: jnp.matmul(p, q, precision=jax.lax.Precision.HIGHEST))
    def m(): out[0] = mm(ma, mb)
    r["sgemm_tflops"] = 2 * G ** 3 / best(3, m, sync) / 1e12
    return "jax " + jax.__version__, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--numbat", help="GpuCheck's --results file")
    args = ap.parse_args()
    numbat = {}
    if args.numbat:
        try:
            with open(args.numbat) as f:
                numbat = json.load(f)
        except OSError as e:
            print(f"peers: no numbat results ({e})")
    for bench in (torch_bench, jax_bench):
        try:
            name, r = bench()
        except Exception as e:  # not installed, no GPU: say so and go on
            print(f"peers: {bench.__name__[:-6]} skipped: {type(e).__name__}: {e}")
            continue
        for k, v in r.items():
            ratio = ""
            if k in numbat and v:
                # higher is better except for times: the ratio is always numbat's speed over the peer's
                q = v / numbat[k] if k.endswith("_us") else numbat[k] / v
                ratio = f"   numbat/peer speed {q:6.2f}x"
            print(f"bench {name:<20} {k:<20} {v:10.2f}{ratio}")


if __name__ == "__main__":
    main()
