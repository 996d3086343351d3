# PyTorch peer for `./numbat bench grad`: the guide's compute_gradients (dense 32->64 relu,
# linear 64->2, squared loss), float32, eager autograd. Prints {"torch": null} without PyTorch.
import json, sys, timeit

try:
    import torch
except ImportError:
    print(json.dumps({"torch": None}))
    sys.exit(0)

batch = int(sys.argv[1])
g = torch.Generator().manual_seed(0)
w1 = (torch.randn(32, 64, generator=g) / 32 ** 0.5).requires_grad_()
bias = torch.randn(64, generator=g).requires_grad_()
w2 = (torch.randn(64, 2, generator=g) / 8).requires_grad_()
inputs = torch.randn(batch, 32, generator=g)
labels = torch.randn(batch, 2, generator=g)
weights = [w1, bias, w2]


def compute_gradients():
    y = torch.matmul(inputs, w1) + bias
    y = torch.maximum(y, torch.zeros((), dtype=y.dtype))
    prediction = torch.matmul(y, w2)
    loss = torch.sum(torch.square(prediction - labels))
    return torch.autograd.grad(loss, weights)


def median_per_call(f, min_time=0.2, repeat=7):
    f()
    n = 1
    while timeit.timeit(f, number=n) < min_time / 10 and n < 1 << 20:
        n *= 2
    per = sorted(timeit.timeit(f, number=n) / n for _ in range(repeat))
    return per[len(per) // 2]


print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                  "seconds": median_per_call(compute_gradients)}))
