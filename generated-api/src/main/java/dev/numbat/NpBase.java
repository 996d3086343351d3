package dev.numbat;

import dev.numbat.backend.cpu.Config;

/**
 * What {@link Np} offers besides the spec'd ops: dtype constants under NumPy's names, math
 * constants, and behaviour switches. {@code Np} extends this class, so {@code Np.float32} and
 * {@code import static dev.numbat.Np.*} reach everything here.
 */
public class NpBase {
  protected NpBase() {}

  public static final DType bool = DType.BOOL;
  public static final DType int8 = DType.INT8;
  public static final DType int16 = DType.INT16;
  public static final DType int32 = DType.INT32;
  public static final DType int64 = DType.INT64;
  public static final DType uint8 = DType.UINT8;
  public static final DType uint16 = DType.UINT16;
  public static final DType uint32 = DType.UINT32;
  public static final DType uint64 = DType.UINT64;
  public static final DType float16 = DType.FLOAT16;
  public static final DType bfloat16 = DType.BFLOAT16;
  public static final DType float32 = DType.FLOAT32;
  public static final DType float64 = DType.FLOAT64;
  public static final DType complex64 = DType.COMPLEX64;
  public static final DType complex128 = DType.COMPLEX128;

  /** NumPy's abstract scalar kinds, for {@code issubdtype(x.dtype(), floating)}. */
  public static final DTypeKind generic = DTypeKinds.generic;
  public static final DTypeKind number = DTypeKinds.number;
  public static final DTypeKind integer = DTypeKinds.integer;
  public static final DTypeKind signedinteger = DTypeKinds.signedinteger;
  public static final DTypeKind unsignedinteger = DTypeKinds.unsignedinteger;
  public static final DTypeKind inexact = DTypeKinds.inexact;
  public static final DTypeKind floating = DTypeKinds.floating;
  public static final DTypeKind complexfloating = DTypeKinds.complexfloating;
  public static final DTypeKind bool_ = DTypeKinds.bool_;

  /** {@code np.newaxis}: in an index, a new axis of length 1 ({@code null} works too). */
  public static final dev.numbat.indexing.NewAxis newaxis = dev.numbat.indexing.NewAxis.INSTANCE;

  /** Python's {@code ...} in an index. */
  public static final dev.numbat.indexing.Ellipsis ellipsis = dev.numbat.indexing.Ellipsis.INSTANCE;

  /** The slice {@code :} (every element of an axis). */
  public static dev.numbat.indexing.Slice slice() {
    return new dev.numbat.indexing.Slice(null, null, null);
  }

  /** Python's {@code slice(stop)}: {@code :stop}; null is None. */
  public static dev.numbat.indexing.Slice slice(Integer stop) {
    return new dev.numbat.indexing.Slice(null, stop, null);
  }

  /** Python's {@code slice(start, stop)}: {@code start:stop}; null bounds are None. */
  public static dev.numbat.indexing.Slice slice(Integer start, Integer stop) {
    return new dev.numbat.indexing.Slice(start, stop, null);
  }

  /** Python's {@code slice(start, stop, step)}: {@code start:stop:step}; nulls are None. */
  public static dev.numbat.indexing.Slice slice(Integer start, Integer stop, Integer step) {
    return new dev.numbat.indexing.Slice(start, stop, step);
  }

  public static final double pi = Math.PI;
  public static final double e = Math.E;
  public static final double inf = Double.POSITIVE_INFINITY;
  public static final double nan = Double.NaN;
  public static final double euler_gamma = 0.5772156649015329;

  /**
   * TF NumPy's {@code experimental_enable_numpy_behavior(prefer_float32=...)}: with
   * {@code preferFloat32} Java float literals become float32 (weak) instead of float64.
   * NumPy 2 promotion is always on in Numbat.
   */
  public static void experimentalEnableNumpyBehavior(boolean preferFloat32) {
    Config.setPreferFloat32(preferFloat32);
  }

  public static void experimentalEnableNumpyBehavior() {
    Config.setPreferFloat32(false);
  }

  /** A function of one array, for {@link #function(Fn1)}. */
  @FunctionalInterface
  public interface Fn1 {
    Object apply(NDArray x);
  }

  /** A function of two arrays, for {@link #function(Fn2)}. */
  @FunctionalInterface
  public interface Fn2 {
    Object apply(NDArray x, NDArray y);
  }

  /** A function of three arrays, for {@link #function(Fn3)}. */
  @FunctionalInterface
  public interface Fn3 {
    Object apply(NDArray x, NDArray y, NDArray z);
  }

  /** A function of four arrays, for {@link #function(Fn4)}. */
  @FunctionalInterface
  public interface Fn4 {
    Object apply(NDArray a, NDArray b, NDArray c, NDArray d);
  }

  /** A function of five arrays, for {@link #function(Fn5)}. */
  @FunctionalInterface
  public interface Fn5 {
    Object apply(NDArray a, NDArray b, NDArray c, NDArray d, NDArray e);
  }

  /** A function of six arrays, for {@link #function(Fn6)}. */
  @FunctionalInterface
  public interface Fn6 {
    Object apply(NDArray a, NDArray b, NDArray c, NDArray d, NDArray e, NDArray f);
  }

  /**
   * TF's {@code tf.function} / JAX's {@code jit}: {@code fn} traced once per input signature
   * (dtypes, shapes, weak flags) into a graph that is optimised (common subexpressions, dead code,
   * element-wise fusion with full reductions) and run by later calls; see
   * {@link dev.numbat.trace.CompiledFunction} for the semantics. {@code fn} returns an array or a
   * nest of arrays (a {@code List}, {@code Map}, record or Java array of them). Call it with
   * {@code apply(x)} (one array result) or {@code call(x)}.
   */
  public static dev.numbat.trace.CompiledFunction function(Fn1 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(1, a -> fn.apply(a[0]));
  }

  /** {@link #function(Fn1)} of two arrays. */
  public static dev.numbat.trace.CompiledFunction function(Fn2 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(2, a -> fn.apply(a[0], a[1]));
  }

  /** {@link #function(Fn1)} of three arrays. */
  public static dev.numbat.trace.CompiledFunction function(Fn3 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(3, a -> fn.apply(a[0], a[1], a[2]));
  }

  /** {@link #function(Fn1)} of four arrays. */
  public static dev.numbat.trace.CompiledFunction function(Fn4 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(4,
        a -> fn.apply(a[0], a[1], a[2], a[3]));
  }

  /** {@link #function(Fn1)} of five arrays. */
  public static dev.numbat.trace.CompiledFunction function(Fn5 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(5,
        a -> fn.apply(a[0], a[1], a[2], a[3], a[4]));
  }

  /** {@link #function(Fn1)} of six arrays. */
  public static dev.numbat.trace.CompiledFunction function(Fn6 fn) {
    return dev.numbat.trace.CompiledFunction.ofArrays(6,
        a -> fn.apply(a[0], a[1], a[2], a[3], a[4], a[5]));
  }

  /**
   * The general form of {@link #function(Fn1)}: {@code fn} takes any number of arguments, each an
   * array, a Java number, or a nest (lists, maps, records, Java arrays) of them, or a static value
   * (a string, enum, {@code DType}: part of the signature, so a new value traces again).
   */
  public static dev.numbat.trace.CompiledFunction functionOf(dev.numbat.trace.CompiledFunction.Body fn) {
    return new dev.numbat.trace.CompiledFunction(-1, fn);
  }

  /**
   * TF's {@code tf.vectorized_map(fn, elems)}: {@code fn} written for one example (a slice of
   * {@code elems} along axis 0) runs once on the whole batch, each op by its batching rule
   * ({@link dev.numbat.batch.BatchInterpreter}); the result has {@code fn}'s form (an array, a
   * {@code List} or another nest of arrays) with every array stacked along a new axis 0, as
   * {@link #mapFn(Fn1, NDArray)} would return it. Composes with {@code GradientTape} (a tape inside
   * {@code fn} gives per-example gradients), {@link #function} (either way round) and itself.
   * An array {@code fn} returns unchanged from outside is broadcast along the batch.
   */
  @SuppressWarnings("unchecked")
  public static <T> T vectorizedMap(Fn1 fn, NDArray elems) {
    return (T) dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0]), null, 0, new Object[] {elems});
  }

  /** {@link #vectorizedMap(Fn1, NDArray)} over two arrays of one batch size, sliced together. */
  @SuppressWarnings("unchecked")
  public static <T> T vectorizedMap(Fn2 fn, NDArray xs, NDArray ys) {
    return (T) dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0], (NDArray) a[1]), null, 0,
        new Object[] {xs, ys});
  }

  /** {@link #vectorizedMap(Fn1, NDArray)} over three arrays of one batch size, sliced together. */
  @SuppressWarnings("unchecked")
  public static <T> T vectorizedMap(Fn3 fn, NDArray xs, NDArray ys, NDArray zs) {
    return (T) dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0], (NDArray) a[1], (NDArray) a[2]), null, 0,
        new Object[] {xs, ys, zs});
  }

  /** The general form of {@link #vectorizedMap(Fn1, NDArray)}: each of {@code elems} an array or a nest of arrays, every leaf mapped along axis 0. */
  @SuppressWarnings("unchecked")
  public static <T> T vectorizedMapOf(dev.numbat.trace.CompiledFunction.Body fn, Object... elems) {
    return (T) dev.numbat.batch.Vectorize.vmap(fn, null, 0, elems);
  }

  /**
   * TF's {@code tf.map_fn(fn, elems)}: {@code fn} called on each example (slice along axis 0) in
   * turn and the results stacked along a new axis 0: what {@link #vectorizedMap(Fn1, NDArray)}
   * computes in one batched run, here one run per example (the reference, and the way for a
   * function that reads example values in Java).
   */
  @SuppressWarnings("unchecked")
  public static <T> T mapFn(Fn1 fn, NDArray elems) {
    return (T) dev.numbat.batch.Vectorize.map(a -> fn.apply((NDArray) a[0]), null, 0, new Object[] {elems});
  }

  /** {@link #mapFn(Fn1, NDArray)} over two arrays of one batch size. */
  @SuppressWarnings("unchecked")
  public static <T> T mapFn(Fn2 fn, NDArray xs, NDArray ys) {
    return (T) dev.numbat.batch.Vectorize.map(a -> fn.apply((NDArray) a[0], (NDArray) a[1]), null, 0,
        new Object[] {xs, ys});
  }

  /** {@link #mapFn(Fn1, NDArray)} over three arrays of one batch size. */
  @SuppressWarnings("unchecked")
  public static <T> T mapFn(Fn3 fn, NDArray xs, NDArray ys, NDArray zs) {
    return (T) dev.numbat.batch.Vectorize.map(a -> fn.apply((NDArray) a[0], (NDArray) a[1], (NDArray) a[2]), null, 0,
        new Object[] {xs, ys, zs});
  }

  /** The general form of {@link #mapFn(Fn1, NDArray)}, as {@link #vectorizedMapOf}. */
  @SuppressWarnings("unchecked")
  public static <T> T mapFnOf(dev.numbat.trace.CompiledFunction.Body fn, Object... elems) {
    return (T) dev.numbat.batch.Vectorize.map(fn, null, 0, elems);
  }

  /** JAX's {@code vmap(fn)}: {@link #vmap(Fn1, Integer, Integer)} along axis 0 in and out. */
  public static Fn1 vmap(Fn1 fn) {
    return vmap(fn, 0, 0);
  }

  /**
   * JAX's {@code vmap(fn, in_axes, out_axes)}: the vectorized function, mapping its argument along
   * {@code inAxis} (negative counts from the end; null: not mapped) and putting the batch axis of
   * every array of the result at {@code outAxis} (null: the result must not depend on the mapped
   * arguments). Nested {@code vmap}s map batches of batches.
   */
  public static Fn1 vmap(Fn1 fn, Integer inAxis, Integer outAxis) {
    return x -> dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0]), new Integer[] {inAxis}, outAxis,
        new Object[] {x});
  }

  /** {@link #vmap(Fn1, Integer, Integer)} of two arguments, {@code inAxes} one entry (or null) each. */
  public static Fn2 vmap(Fn2 fn, Integer[] inAxes, Integer outAxis) {
    return (x, y) -> dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0], (NDArray) a[1]), inAxes, outAxis,
        new Object[] {x, y});
  }

  /** {@link #vmap(Fn1, Integer, Integer)} of three arguments. */
  public static Fn3 vmap(Fn3 fn, Integer[] inAxes, Integer outAxis) {
    return (x, y, z) -> dev.numbat.batch.Vectorize.vmap(a -> fn.apply((NDArray) a[0], (NDArray) a[1], (NDArray) a[2]),
        inAxes, outAxis, new Object[] {x, y, z});
  }

  /** The general form of {@link #vmap(Fn1, Integer, Integer)}: arguments may be nests, each mapped along its axis. */
  public static dev.numbat.trace.CompiledFunction.Body vmapOf(dev.numbat.trace.CompiledFunction.Body fn, Integer[] inAxes,
      Integer outAxis) {
    return args -> dev.numbat.batch.Vectorize.vmap(fn, inAxes, outAxis, args);
  }

  /**
   * {@code pred ? trueFn(operands) : falseFn(operands)}, traceable and differentiable (JAX's
   * {@code lax.cond}, TF's {@code tf.cond}); see {@link dev.numbat.trace.ControlFlow}.
   */
  public static Object cond(Object pred, dev.numbat.trace.CompiledFunction.Body trueFn,
      dev.numbat.trace.CompiledFunction.Body falseFn, Object... operands) {
    return dev.numbat.trace.ControlFlow.cond(pred, trueFn, falseFn, operands);
  }

  /** {@link #cond(Object, dev.numbat.trace.CompiledFunction.Body, dev.numbat.trace.CompiledFunction.Body, Object...)} of one-array branches on one array. */
  public static NDArray cond(Object pred, java.util.function.UnaryOperator<NDArray> trueFn,
      java.util.function.UnaryOperator<NDArray> falseFn, NDArray operand) {
    return (NDArray) dev.numbat.trace.ControlFlow.cond(pred, a -> trueFn.apply((NDArray) a[0]),
        a -> falseFn.apply((NDArray) a[0]), operand);
  }

  /**
   * {@code while (cond(carry)) carry = body(carry)}, traceable (JAX's {@code lax.while_loop});
   * the carry is an array or a nest of arrays. Differentiable eagerly; in traced form use
   * {@link #scan} to differentiate a loop.
   */
  public static Object whileLoop(dev.numbat.trace.ControlFlow.Predicate cond, dev.numbat.trace.ControlFlow.Body body,
      Object init) {
    return dev.numbat.trace.ControlFlow.whileLoop(cond, body, init);
  }

  /**
   * JAX's {@code lax.scan}: {@code {carry, y} = f(carry, x)} for each slice {@code x} of {@code xs}
   * along axis 0; returns {@code {finalCarry, ys}}, the ys stacked. Traceable and differentiable.
   */
  public static Object[] scan(dev.numbat.trace.ControlFlow.Step f, Object init, Object xs) {
    return dev.numbat.trace.ControlFlow.scan(f, init, xs);
  }

  // ------------------------------------------------------------------ floating-point errors

  /** {@code np.geterr()}: this thread's modes, {divide, over, under, invalid} (see {@link FloatErrors}). */
  public static java.util.Map<String, String> geterr() {
    return FloatErrors.geterr();
  }

  /**
   * {@code np.seterr(**kwargs)} with keys {@code all}, {@code divide}, {@code over}, {@code under},
   * {@code invalid} and modes {@code ignore}, {@code warn}, {@code raise}, {@code call},
   * {@code print}, {@code log}; returns the previous settings (pass them back to restore).
   */
  public static java.util.Map<String, String> seterr(java.util.Map<String, String> settings) {
    return FloatErrors.seterr(settings);
  }

  /** {@code np.seterr(all=mode)}. */
  public static java.util.Map<String, String> seterr(String all) {
    return FloatErrors.seterr(java.util.Map.of("all", all));
  }

  /** {@code np.seterrcall(func)}: the handler of modes call and log; returns the previous one. */
  public static FloatErrors.ErrCall seterrcall(FloatErrors.ErrCall handler) {
    return FloatErrors.seterrcall(handler);
  }

  /**
   * {@code with np.errstate(divide='raise', ...)}: keyword, mode pairs, restored at close:
   * {@code try (var s = Np.errstate("divide", "raise", "invalid", "ignore")) { ... }}.
   */
  public static FloatErrors.Scope errstate(String... keywordModePairs) {
    if (keywordModePairs.length % 2 != 0) {
      throw new dev.numbat.errors.TypeError("errstate takes keyword, mode pairs");
    }
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keywordModePairs.length; i += 2) {
      if (m.put(keywordModePairs[i], keywordModePairs[i + 1]) != null) {
        throw new dev.numbat.errors.TypeError("errstate() got multiple values for keyword argument '"
            + keywordModePairs[i] + "'");
      }
    }
    return FloatErrors.errstate(m);
  }

  /** {@code np.errstate(**kwargs)} from a map. */
  public static FloatErrors.Scope errstate(java.util.Map<String, String> settings) {
    return FloatErrors.errstate(settings);
  }

  // ------------------------------------------------------------------ devices

  /** TF's {@code tf.config} device functions: {@code Np.config.listLogicalDevices()}, {@code setLogicalCpuDevices(n)}. */
  public static final dev.numbat.device.DeviceConfig config = dev.numbat.device.DeviceConfig.INSTANCE;

  /**
   * TF's {@code with tf.device(...)}: {@code try (var s = Np.device("GPU:0")) { ... }} places
   * factories and copies on the device for this thread (see {@link dev.numbat.device.DeviceScope}).
   * {@code device} is a name ({@code "CPU:1"}, {@code "/device:GPU:0"}, {@code "gpu"}), a
   * {@link dev.numbat.device.Device} or a {@link dev.numbat.device.LogicalDevice}.
   */
  public static dev.numbat.device.DeviceScope device(Object device) {
    return dev.numbat.device.Devices.open(asDevice(device));
  }

  /**
   * JAX's {@code device_put}: {@code x} (an array, or anything {@code asarray} takes) on
   * {@code device}, committed there; itself when already committed there, else a copy (a logged
   * transfer). {@code x.to(device)} is the method form.
   */
  public static NDArray devicePut(Object x, Object device) {
    return dev.numbat.device.Placement.to(dev.numbat.backend.cpu.Convert.asarray(x, null), asDevice(device));
  }

  static dev.numbat.device.Device asDevice(Object device) {
    return switch (device) {
      case dev.numbat.device.Device d -> d;
      case dev.numbat.device.LogicalDevice l -> l.device();
      case String s -> dev.numbat.device.Device.parse(s);
      case null -> throw new dev.numbat.errors.TypeError("a device is a name such as \"GPU:0\", a Device or a LogicalDevice, not null");
      default -> throw new dev.numbat.errors.TypeError("a device is a name such as \"GPU:0\", a Device or a LogicalDevice, not "
          + device.getClass().getSimpleName());
    };
  }
}
