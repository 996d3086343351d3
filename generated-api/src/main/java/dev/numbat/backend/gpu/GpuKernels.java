package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Ufunc;
import dev.numbat.core.Op;
import dev.numbat.core.UfuncOp;
import dev.numbat.device.Device;
import dev.numbat.device.Devices;
import dev.numbat.device.Placement;
import dev.numbat.device.Transfers;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.source.ElementwiseKernels;
import dev.numbat.gpu.source.KernelSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ops with GPU kernels and how each launches; anything else is {@link Placement#NO_KERNEL}
 * (soft placement runs it on the host).
 * <ul>
 *   <li>Ufuncs: the loop resolved as on the CPU ({@link Ufunc.Def#loopFor}/{@code loopForMixed},
 *       NumPy's errors included), operands cast to the loop's input dtype on the device, one
 *       strided N-d kernel per loop ({@link ElementwiseKernels#strided}) reading views and
 *       broadcasts in place, or, when every operand is contiguous at the result's size or one
 *       element, the contiguous kernel ({@link ElementwiseKernels#contiguous}), which needs no
 *       shape and strides uploaded first. Not on the GPU: mixed-dtype integer comparisons (the CPU compares
 *       them exactly without a loop) and the floating-point error state (errstate is not checked on
 *       GPU arrays, as in JAX).
 *   <li>Copies ({@code copy} of a GPU array on its device): the strided copy kernel.
 *   <li>Reductions: {@link GpuReductions}.
 *   <li>matmul: {@link GpuMatmul} (cuBLAS).
 * </ul>
 * Kernels are compiled once per (device, loop) by the runtime's NVRTC cache.
 */
final class GpuKernels {
  private static final int BLOCK = 256;
  private static final int MAX_GRID = 1 << 16;

  private final GpuBackend backend;
  private final GpuRuntime runtime;
  private final ConcurrentHashMap<String, Object> kernels = new ConcurrentHashMap<>();
  /** Whether a loop (by kernel name) has a GPU form, asked once per loop. */
  private final ConcurrentHashMap<String, Boolean> forms = new ConcurrentHashMap<>();
  private final GpuReductions reductions;
  private static final Object NONE = new Object();

  GpuKernels(GpuBackend backend) {
    this.backend = backend;
    this.runtime = backend.runtime();
    this.reductions = new GpuReductions(backend, this);
  }

  Object run(Op op, Object[] args, Device target) {
    if (op instanceof UfuncOp u) {
      return ufunc(u.def, args, target);
    }
    if (op instanceof dev.numbat.core.ReductionOp r) {
      return reductions.run(r, args, target);
    }
    if (op == dev.numbat.ops.CopyOp.OP && args[0] instanceof NDArray x && Devices.committed(x) == target) {
      return contiguous(x, x.dtype(), target);
    }
    if (op == dev.numbat.ops.MatmulOp.OP) {
      return new GpuMatmul(backend, this).run(args, target);
    }
    return Placement.NO_KERNEL;
  }

  private Object ufunc(Ufunc.Def d, Object[] args, Device target) {
    NDArray[] a = new NDArray[d.nin];
    for (int i = 0; i < a.length; i++) {
      a[i] = Scalars.operand(args[i]);
    }
    // the loop exactly as Ufunc.call1/2/3 choose it
    int l;
    if (d.nin == 1 || d.nin == 2 && a[0].dtype() == a[1].dtype()) {
      l = d.loopFor(a[0].dtype());
    } else if (d.nin == 2 && d.isComparison()) {
      return Placement.NO_KERNEL;
    } else {
      l = d.loopForMixed(a);
    }
    DType in = d.loopIn[l];
    DType out = d.loopOut[l];
    String name = "numbat_" + d.name + "_" + in.name() + "_" + out.name();
    String[] ins = new String[d.nin];
    java.util.Arrays.fill(ins, in.name());
    if (!forms.computeIfAbsent(name, x -> ElementwiseKernels.contiguous(x, d.name, ins, out.name()) != null)) {
      return Placement.NO_KERNEL;
    }
    int[][] shapes = new int[a.length][];
    for (int i = 0; i < a.length; i++) {
      a[i] = onDevice(a[i], in, target, d.name);
      shapes[i] = a[i].shapeRef();
    }
    int[] shape = Shapes.broadcast(shapes);
    NDArray r = backend.allocate(out, shape, target);
    int n = r.size();
    if (n == 0) {
      return r;
    }
    // operands that are contiguous at the result's size or single elements (the usual eager call)
    // take the contiguous kernel: no meta array to upload before the launch
    char[] mask = new char[a.length];
    boolean flat = true;
    for (int i = 0; i < a.length && flat; i++) {
      mask[i] = a[i].size() == 1 ? 's' : 'f';
      flat = a[i].size() == 1 || a[i].isContiguous() && a[i].size() == n;
    }
    if (flat) {
      // numbatc_MASK_UFUNC_IN_OUT (an identifier without a double underscore, which C++ reserves)
      String cname = "numbatc_" + new String(mask) + name.substring("numbat".length());
      GpuRuntime.Kernel c = kernel(target, cname, () -> {
        boolean[] scalar = new boolean[d.nin];
        for (int i = 0; i < scalar.length; i++) {
          scalar[i] = mask[i] == 's';
        }
        return ElementwiseKernels.contiguous(cname, d.name, ins, out.name(), scalar);
      });
      Object[] params = new Object[a.length + 2];
      for (int i = 0; i < a.length; i++) {
        params[i] = pointer(a[i]);
      }
      params[a.length] = pointer(r);
      params[a.length + 1] = (long) n;
      runtime.launch(c, grid(n), BLOCK, params);
      return r;
    }
    Object[] params = new Object[a.length + 4];
    for (int i = 0; i < a.length; i++) {
      params[i] = pointer(a[i]);
    }
    params[a.length] = pointer(r);
    params[a.length + 1] = (long) n;
    params[a.length + 2] = shape.length;
    GpuRuntime.DeviceMemory meta = meta(shape, a, target);
    params[a.length + 3] = Arg.ptr(meta, 0);
    runtime.launch(kernel(target, name, () -> ElementwiseKernels.strided(name, d.name, ins, out.name())), grid(n), BLOCK, params);
    return r;
  }

  /** {@code x} as a GPU array of {@code dtype} on {@code target}: uploaded when on the host, cast on the device when needed. */
  NDArray onDevice(NDArray x, DType dtype, Device target, String op) {
    if (Devices.committed(x) != target) {
      NDArray h = x.dtype() == dtype ? x : dev.numbat.backend.cpu.Cast.to(x, dtype);
      if (!x.isWeak()) {
        Transfers.record(x, Device.host(), target, "implicit: an uncommitted input of " + op);
      }
      return backend.upload(h, target);
    }
    return x.dtype() == dtype ? x : contiguous(x, dtype, target);
  }

  /** A C-contiguous copy of GPU array {@code x} converted to {@code dtype} (the strided cast or copy kernel). */
  NDArray contiguous(NDArray x, DType dtype, Device target) {
    String name = x.dtype() == dtype ? "numbat_copy_" + dtype.name() : "numbat_cast_" + x.dtype().name() + "_" + dtype.name();
    GpuRuntime.Kernel k = kernel(target, name, () -> x.dtype() == dtype ? ElementwiseKernels.stridedCopy(name, dtype.name())
        : ElementwiseKernels.stridedCast(name, x.dtype().name(), dtype.name()));
    NDArray r = backend.allocate(dtype, x.shapeRef(), target);
    if (r.size() == 0) {
      return r;
    }
    GpuRuntime.DeviceMemory meta = meta(x.shapeRef(), new NDArray[] {x}, target);
    runtime.launch(k, grid(r.size()), BLOCK, pointer(x), pointer(r), (long) r.size(), x.ndim(), Arg.ptr(meta, 0));
    return r;
  }

  /** The kernel {@code name} of {@code source} on {@code target}, compiled once. */
  GpuRuntime.Kernel kernel(Device target, String name, String source) {
    return kernel(target, name, () -> new KernelSource(name, source));
  }

  private GpuRuntime.Kernel kernel(Device target, String name, java.util.function.Supplier<KernelSource> source) {
    Object k = kernels.computeIfAbsent(target.index() + "/" + name, key -> {
      KernelSource s = source.get();
      return s == null ? NONE : runtime.kernel(target.index(), s.source(), s.name());
    });
    return k == NONE ? null : (GpuRuntime.Kernel) k;
  }

  /** The kernels' {@code meta}: the shape, then each operand's strides broadcast to it (0 on broadcast axes). */
  private GpuRuntime.DeviceMemory meta(int[] shape, NDArray[] operands, Device target) {
    int rank = shape.length;
    long[] m = new long[Math.max(1, rank * (1 + operands.length))];
    for (int j = 0; j < rank; j++) {
      m[j] = shape[j];
    }
    for (int i = 0; i < operands.length; i++) {
      int[] s = operands[i].shapeRef();
      int[] st = operands[i].stridesRef();
      int lead = rank - s.length;
      for (int j = 0; j < rank; j++) {
        int jj = j - lead;
        m[rank * (1 + i) + j] = jj < 0 || s[jj] == 1 ? 0 : st[jj];
      }
    }
    GpuRuntime.DeviceMemory mem = runtime.allocate(target.index(), (long) m.length * Long.BYTES);
    runtime.copyToDevice(m, 0, m.length, mem, 0);
    return mem;
  }

  static Arg pointer(NDArray x) {
    GpuBuffer b = (GpuBuffer) x.buffer();
    return Arg.ptr(b.memory, (long) x.offset() * x.dtype().itemsize());
  }

  private static int grid(long n) {
    return (int) Math.min((n + BLOCK - 1) / BLOCK, MAX_GRID);
  }
}
