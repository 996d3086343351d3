package dev.numbat.device;

import dev.numbat.NDArray;
import dev.numbat.backend.cpu.DeviceStorage;
import dev.numbat.core.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The eager interpreter once devices are in use ({@link Devices#placing}): chooses the device an
 * op runs on and runs it there. {@link dev.numbat.core.Dispatch} calls it where it would call the
 * op's implementation.
 *
 * <p>The policy is JAX's, for the reason JAX gives: data the user placed is never moved behind
 * their back, and data they did not place goes where it is needed.
 * <ul>
 *   <li>An array is <em>committed</em> to a device when a scope, a copy or an op on committed
 *       inputs put it there; a host array made outside any scope is uncommitted.
 *   <li>An op runs on the device of its committed array inputs; committed inputs on two devices
 *       raise ValueError naming both (copy one first). Uncommitted inputs are copied to that device
 *       (a logged {@link Transfers transfer}); weak Java scalars are values and just follow.
 *   <li>With no committed input, the op runs on the innermost scope's device, else on the host
 *       (factories are ops without array inputs: a scope places them).
 *   <li>{@code copy} goes to the scope's device when a scope is open (TF's {@code tnp.copy}): the
 *       one op that moves committed data.
 * </ul>
 * On a CPU device the op's implementation runs on host views of its inputs (no copy for inputs on
 * that device) with the scope cleared, so its inner calls work on plain host arrays, and its
 * array results are placed on the device. A GPU device runs it through {@link Gpu}.
 */
public final class Placement {
  private Placement() {}

  /** The GPU backend; installed by {@code dev.numbat.backend.gpu} when a GPU exists. */
  public interface Gpu {
    /**
     * Runs {@code op} with its array inputs on (or to be moved to) GPU {@code target} with a GPU
     * kernel, or returns {@link #NO_KERNEL} when it has none for these arguments.
     */
    Object run(Op op, Object[] args, Device target);

    /** A copy of host array {@code x} on GPU {@code to}. */
    NDArray upload(NDArray x, Device to);

    /** A host copy (Java storage) of GPU array {@code x}. */
    NDArray download(NDArray x);

    /**
     * Runs a fused region's CUDA kernel ({@code kernel}, a {@code KernelSource}) over region
     * {@code shape} on {@code target}: its outputs (dtypes {@code outputs}) and, with a reduction
     * tail ({@code reduction} "sum"/"prod"/"max"/"min" of dtype {@code reducedType}; null for none),
     * the reduced value of shape {@code reducedShape} last. Null when it cannot (the caller runs
     * the region's equations one by one).
     */
    NDArray[] fused(Object kernel, NDArray[] inputs, int[] shape, dev.numbat.DType[] outputs, String reduction,
        dev.numbat.DType reducedType, int[] reducedShape, Device target);
  }

  /** The GPU a compiled function's inputs are on (their committed device, else the scope's), or null for a CPU device. */
  public static Device gpuOf(String what, NDArray[] inputs) {
    Device target = committed(what, inputs, null);
    if (target == null) {
      target = Devices.scope();
    }
    return target != null && target.isGpu() ? target : null;
  }

  /** The GPU backend of {@code d}. */
  public static Gpu backend(Device d) {
    return gpu(d);
  }

  /** What {@link Gpu#run} returns for an op it has no kernel for. */
  public static final Object NO_KERNEL = new Object();

  private static volatile Gpu gpu;
  private static final java.util.Set<String> HOSTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final System.Logger LOG = System.getLogger("dev.numbat.device");

  /** Installs the GPU backend (once, at start-up). */
  public static void install(Gpu backend) {
    gpu = backend;
  }

  static Gpu gpu(Device d) {
    Gpu g = gpu;
    if (g == null) {
      throw new dev.numbat.errors.RuntimeError("no GPU backend for " + d.name() + ": " + Devices.gpuRuntime().reason());
    }
    return g;
  }

  /**
   * Whether a ufunc or reduction call on these operands needs the placement policy: devices are in
   * use and an operand is on a device or a scope is open. Allocation-free, so an eager call on host
   * arrays stays a direct call after a program has placed something elsewhere.
   */
  public static boolean needed(Object x) {
    return Devices.placing && (placed(x) || Devices.scope() != null);
  }

  public static boolean needed(Object x, Object y) {
    return Devices.placing && (placed(x) || placed(y) || Devices.scope() != null);
  }

  public static boolean needed(Object x, Object y, Object z) {
    return Devices.placing && (placed(x) || placed(y) || placed(z) || Devices.scope() != null);
  }

  private static boolean placed(Object x) {
    return x instanceof NDArray a && a.buffer() instanceof Devices.Placed;
  }

  /** Runs {@code op} on {@code args} on the device the policy chooses. */
  public static Object run(Op op, Object[] args) {
    Device scope = Devices.scope();
    boolean moves = scope != null && op == dev.numbat.ops.CopyOp.OP;
    Device target = moves ? scope : committed(op.name, args, null);
    if (target == null) {
      if (scope == null) {
        return op.impl(args);
      }
      target = scope;
    }
    if (!target.isGpu()) {
      return onCpu(op.name, args, target, op::impl);
    }
    Object r = moves ? NO_KERNEL : gpu(target).run(op, args, target);
    return r != NO_KERNEL ? r : onHostFor(op, args, target, moves);
  }

  /**
   * Soft device placement (TF's default): an op without a GPU kernel runs on the host, its GPU
   * inputs copied down and its array results copied up to {@code target}; logged once per op at
   * INFO, and each copy is a transfer. Off ({@link DeviceConfig#setSoftDevicePlacement}): an error.
   */
  private static Object onHostFor(Op op, Object[] args, Device target, boolean moves) {
    if (!moves && !DeviceConfig.softPlacement()) {
      throw new dev.numbat.errors.RuntimeError(op.name + " has no GPU kernel for these arguments on " + target.name()
          + "; Np.config.setSoftDevicePlacement(true) runs it on the host with copies");
    }
    if (!moves && HOSTED.add(op.name)) {
      LOG.log(System.Logger.Level.INFO, op.name + " has no GPU kernel: it runs on the host, with copies to and from "
          + target.name() + " (soft device placement)");
    }
    Object[] host = new Object[args.length];
    // the host copy of each GPU input's buffer, so a result that views it is a view of the buffer
    java.util.IdentityHashMap<Object, dev.numbat.core.Buffer> copies = new java.util.IdentityHashMap<>();
    Object r = hosted(args, host, x -> {
      NDArray h = toHost(x, Device.host(), op.name);
      if (x.buffer() instanceof Devices.Placed p && p.device().isGpu()) {
        copies.put(DeviceStorage.storage(h), x.buffer());
      }
      return h;
    }, op::impl);
    return upload(r, target, copies);
  }

  /**
   * {@code r}'s arrays on GPU {@code target}: a view of a GPU input's host copy (a reshape, a
   * transpose, a basic slice run on the host) becomes the same view of that input's device buffer,
   * without a copy; any other array is uploaded.
   */
  private static Object upload(Object r, Device target, java.util.Map<Object, dev.numbat.core.Buffer> copies) {
    return mapArrays(r, x -> {
      if (x.buffer() != null) {
        return x;
      }
      dev.numbat.core.Buffer b = copies.get(DeviceStorage.storage(x));
      return b != null ? DeviceStorage.placed(x, b) : gpu(target).upload(x, target);
    });
  }

  /**
   * Runs {@code body} (a compiled program, or anything that reads only host arrays) on the device
   * of {@code inputs} by the same policy: on a CPU device with host views of the inputs, the
   * results placed there. Returns null when the inputs and scope say GPU: the caller runs its ops
   * one by one through dispatch instead.
   */
  public static Object[] runOnCpu(String what, NDArray[] inputs, java.util.function.Function<NDArray[], Object[]> body) {
    Device scope = Devices.scope();
    Device target = committed(what, inputs, null);
    if (target == null) {
      target = scope;
    }
    if (target == null) {
      return body.apply(inputs);
    }
    if (target.isGpu()) {
      return null;
    }
    return (Object[]) onCpu(what, inputs, target,
        host -> body.apply(java.util.Arrays.copyOf(host, host.length, NDArray[].class)));
  }

  /** The device of the committed arrays in {@code args} (also in arrays and lists), or {@code found}. */
  static Device committed(String op, Object[] args, Device found) {
    for (Object a : args) {
      found = committedIn(op, a, found);
    }
    return found;
  }

  private static Device committedIn(String op, Object a, Device found) {
    if (a instanceof NDArray x) {
      Device d = Devices.committed(x);
      if (d != null && found != null && d != found) {
        throw new dev.numbat.errors.ValueError(op + ": its array arguments are on different devices, " + found.name()
            + " and " + d.name() + "; copy one to the other first (Np.copy inside Np.device(...), or x.to(device))");
      }
      return d != null ? d : found;
    }
    if (a instanceof Object[] xs) {
      return committed(op, xs, found);
    }
    if (a instanceof List<?> l && !l.isEmpty() && (l.get(0) instanceof NDArray || l.get(0) instanceof List<?>)) {
      for (Object o : l) {
        found = committedIn(op, o, found);
      }
    }
    return found;
  }

  /** {@code body} on CPU device {@code target}: on host views of the arguments, its array results placed there. */
  private static Object onCpu(String what, Object[] args, Device target, java.util.function.Function<Object[], Object> body) {
    Object[] host = new Object[args.length];
    Object r = hosted(args, host, x -> toHost(x, target, what), body);
    return place(r, target, args, host);
  }

  /**
   * {@code body} on {@code host}, the arguments with {@code in} applied to each array, with the
   * scope cleared so the implementation's inner calls work on plain host arrays.
   */
  private static Object hosted(Object[] args, Object[] host, java.util.function.UnaryOperator<NDArray> in,
      java.util.function.Function<Object[], Object> body) {
    for (int i = 0; i < args.length; i++) {
      host[i] = mapArrays(args[i], in);
    }
    Device saved = Devices.swapScope(null);
    try {
      return body.apply(host);
    } finally {
      Devices.swapScope(saved);
    }
  }

  /**
   * {@code x} as an implementation on CPU device {@code target} reads it: a host view of an array on
   * {@code target}; a copy of an uncommitted host array when {@code target} is not the host (each
   * device has its own buffers); a copy of an array committed elsewhere (only {@code copy} and soft
   * placement get here: the policy raised for anything else).
   */
  private static NDArray toHost(NDArray x, Device target, String op) {
    Device d = Devices.committed(x);
    if (d == target) {
      return DeviceStorage.heapView(x);
    }
    if (d == null) {
      if (x.isWeak() || target.isHost() || x.buffer() != null) {
        return x;
      }
      Transfers.record(x, Device.host(), target, "implicit: an uncommitted input of " + op);
      return DeviceStorage.copy(x);
    }
    Transfers.record(x, d, target, op);
    return d.isGpu() ? gpu(d).download(x) : DeviceStorage.copy(x);
  }

  /**
   * {@code a} with {@code f} applied to each array in it: an array, the arrays of a Java array
   * ({@code NDArray[]} stays one), or of a list of arrays (nested); anything else as it is.
   */
  private static Object mapArrays(Object a, java.util.function.UnaryOperator<NDArray> f) {
    if (a instanceof NDArray x) {
      return f.apply(x);
    }
    if (a instanceof NDArray[] xs) {
      NDArray[] out = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = xs[i] == null ? null : f.apply(xs[i]);
      }
      return out;
    }
    if (a instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = mapArrays(xs[i], f);
      }
      return out;
    }
    if (a instanceof List<?> l && !l.isEmpty() && (l.get(0) instanceof NDArray || l.get(0) instanceof List<?>)) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(mapArrays(o, f));
      }
      return java.util.Collections.unmodifiableList(out);
    }
    return a;
  }

  /** The implementation's result with its arrays on {@code target}; an input returned as it is stays itself. */
  static Object place(Object r, Device target, Object[] args, Object[] host) {
    return mapArrays(r, x -> {
      if (x.buffer() != null) {
        return x;
      }
      for (int i = 0; i < host.length; i++) {
        if (host[i] == x && args[i] instanceof NDArray a && Devices.committed(a) == target) {
          return a;
        }
      }
      return DeviceStorage.placed(x, new HostDeviceBuffer(target, DeviceStorage.storage(x)));
    });
  }

  /**
   * {@code x} on {@code to}: itself when already committed there, else a copy (a logged
   * transfer). The explicit transfer behind {@code x.to(device)} and {@code Np.devicePut}.
   */
  public static NDArray to(NDArray x, Device to) {
    Devices.check(to);
    Devices.placing = true;
    Device from = Devices.of(x);
    if (Devices.committed(x) == to) {
      return x;
    }
    if (from != to) {
      Transfers.record(x, from, to, "explicit");
    }
    NDArray host = from.isGpu() ? gpu(from).download(x) : (from == to ? DeviceStorage.heapView(x) : DeviceStorage.copy(x));
    if (to.isGpu()) {
      return gpu(to).upload(host, to);
    }
    return DeviceStorage.placed(host, new HostDeviceBuffer(to, DeviceStorage.storage(host)));
  }

  /** Wraps host array {@code x} (Java storage) as an array on CPU device {@code d}, sharing its storage; for backends. */
  public static NDArray onCpuDevice(NDArray x, Device d) {
    return DeviceStorage.placed(x, new HostDeviceBuffer(d, DeviceStorage.storage(x)));
  }
}
