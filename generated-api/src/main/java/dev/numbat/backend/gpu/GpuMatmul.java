package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.device.Device;
import dev.numbat.device.Placement;
import dev.numbat.gpu.GpuRuntime;
import java.util.Arrays;

/**
 * {@code matmul} on the GPU through cuBLAS ({@link GpuRuntime#matmul}: row-major, batched, one
 * strided-batched GEMM per call), with NumPy's semantics: signature {@code (n?,k),(k,m?)->(n?,m?)},
 * a 1-d first operand gains a leading unit dimension and a 1-d second operand a trailing one, both
 * removed from the result, and the batch dimensions broadcast.
 *
 * <p>Runs when both operands are GPU arrays on the target or uncommitted host arrays (uploaded, a
 * logged transfer) of one dtype among float32, float64, float16 and bfloat16; the result has that
 * dtype (NumPy's for equal dtypes; the half types accumulate in float32 and round once, as the
 * CPU's {@code Gemm}). Anything else (integers, bool, complex, mixed dtypes) is
 * {@link Placement#NO_KERNEL}: soft placement runs the CPU's matmul.
 *
 * <p>Shape errors are the CPU's ({@code impl/linalg/Gemm}): the same ValueErrors, in the same
 * order (a 0-d operand, then the core dimension, then the batch broadcast). Operands are made
 * C-contiguous on the device with the strided copy kernel (transposed and sliced views); an operand
 * whose batch is entirely broadcast (a plain matrix against a batch, a {@code broadcast_to} view) is passed once with batch
 * stride 0, and one broadcast only along some batch dimensions is materialised at the broadcast
 * batch shape by the same copy kernel. Empty results launch nothing; {@code k = 0} gives zeros
 * (uploaded: cuBLAS rejects a leading dimension of 0).
 */
final class GpuMatmul {
  private final GpuBackend backend;
  private final GpuKernels kernels;

  GpuMatmul(GpuBackend backend, GpuKernels kernels) {
    this.backend = backend;
    this.kernels = kernels;
  }

  /** {@code matmul(args[0], args[1])} on {@code target}, or {@link Placement#NO_KERNEL}. */
  Object run(Object[] args, Device target) {
    NDArray x = Scalars.operand(args[0]);
    NDArray y = Scalars.operand(args[1]);
    DType dt = x.dtype();
    if (y.dtype() != dt || !(dt == DType.FLOAT32 || dt == DType.FLOAT64 || dt.isHalf())) {
      return Placement.NO_KERNEL;
    }
    // the CPU's shape rule and errors
    dev.numbat.impl.linalg.Gemm.Shape sh = dev.numbat.impl.linalg.Gemm.shape(x, y, "matmul");
    boolean xv = sh.xv();
    boolean yv = sh.yv();
    int m = sh.m();
    int k = sh.k();
    int n = sh.n();
    int[] batch = sh.batch();
    int[] outShape = sh.out();
    int count = Shapes.checkedSize(batch);
    if (count == 0 || m == 0 || n == 0) {
      return backend.allocate(dt, outShape, target);
    }
    if (k == 0) {
      // the sum over an empty k is 0 (cuBLAS would reject lda = 0)
      return backend.upload(NDArray.allocate(dt, outShape), target);
    }
    x = kernels.onDevice(x, dt, target, "matmul");
    y = kernels.onDevice(y, dt, target, "matmul");
    // 1-d operands as matrices: (k) is a 1 x k row of x, or a k x 1 column of y
    NDArray a = operand(x, xv ? new int[] {1, k} : null, xv ? new int[] {0, x.stridesRef()[0]} : null, batch, target);
    NDArray b = operand(y, yv ? new int[] {k, 1} : null, yv ? new int[] {y.stridesRef()[0], 0} : null, batch, target);
    NDArray r = backend.allocate(dt, outShape, target);
    long strideA = a.ndim() == 2 ? 0 : (long) m * k;
    long strideB = b.ndim() == 2 ? 0 : (long) k * n;
    backend.runtime().matmul(dt.name(), count, m, n, k, GpuKernels.pointer(a), strideA, GpuKernels.pointer(b), strideB,
        GpuKernels.pointer(r), (long) m * n);
    return r;
  }

  /**
   * Operand {@code x} (its core matrix of shape {@code core} and strides {@code coreStrides} when
   * it is 1-d, else its own last two dimensions) as C-contiguous device memory for the batch
   * {@code batch}: one matrix (rank 2, batch stride 0) when its own batch is all broadcast (unit
   * dimensions, or stride 0 as in a {@code broadcast_to} view), else a
   * rank-3 array of {@code product(batch)} matrices; copied only when not already in that layout.
   */
  private NDArray operand(NDArray x, int[] core, int[] coreStrides, int[] batch, Device target) {
    int[] s = x.shapeRef();
    int[] st = x.stridesRef();
    if (core == null) {
      core = Arrays.copyOfRange(s, s.length - 2, s.length);
      coreStrides = Arrays.copyOfRange(st, st.length - 2, st.length);
    }
    int own = Math.max(0, s.length - 2);
    // batch strides aligned to the broadcast batch (0 where broadcast or absent), as Gemm's batchStrides
    int[] bst = new int[batch.length];
    boolean broadcastOnly = true;
    for (int i = 0; i < own; i++) {
      int d = batch.length - own + i;
      bst[d] = s[i] == 1 ? 0 : st[i];
      broadcastOnly &= bst[d] == 0;
    }
    int[] shape;
    int[] strides;
    if (broadcastOnly) {
      shape = core;
      strides = coreStrides;
    } else {
      shape = new int[batch.length + 2];
      strides = new int[batch.length + 2];
      System.arraycopy(batch, 0, shape, 0, batch.length);
      System.arraycopy(bst, 0, strides, 0, batch.length);
      shape[batch.length] = core[0];
      shape[batch.length + 1] = core[1];
      strides[batch.length] = coreStrides[0];
      strides[batch.length + 1] = coreStrides[1];
    }
    NDArray v = new NDArray(x.dtype(), shape, strides, x.offset(), x.buffer(), false);
    if (!Shapes.isCContiguous(shape, strides)) {
      v = kernels.contiguous(v, x.dtype(), target);
    }
    if (broadcastOnly) {
      return v;
    }
    int[] flat = {Shapes.checkedSize(batch), core[0], core[1]};
    return new NDArray(v.dtype(), flat, Shapes.cStrides(flat), v.offset(), v.buffer(), false);
  }
}
