package dev.numbat;

import dev.numbat.processor.GenerateOps;
import dev.numbat.backend.cpu.Format;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Storage;

/**
 * An immutable N-dimensional array: an abstract value (dtype, shape, weak flag) with strides (in
 * elements) and an offset over a buffer: a Java storage array on the heap (the CPU backend's), or a
 * {@link dev.numbat.core.Buffer} (none for a tracer; device memory next). Nothing mutates an NDArray after construction, so views (transpose, reshape of
 * contiguous data, basic slices) share storage safely and cost O(1).
 *
 * <p>The op methods ({@code x.sin()}, {@code x.add(y)}, {@code x.sum(0)}) come from the specs,
 * through the generated {@link NDArrayMethods}.
 */
@GenerateOps
public final class NDArray extends NDArrayMethods {
  private final DType dtype;
  private final int[] shape;
  private final int[] strides;
  private final int offset;
  private final Object data;
  private final int size;
  private final boolean weak;
  private final boolean contiguous;

  /** Low level: wraps storage without copying. Use {@link Np} factories in application code. */
  public NDArray(DType dtype, int[] shape, int[] strides, int offset, Object data, boolean weak) {
    this.dtype = dtype;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.data = data;
    this.weak = weak;
    this.size = Shapes.size(shape);
    this.contiguous = Shapes.isCContiguous(shape, strides);
    if (!dev.numbat.device.Devices.initialized()) {
      dev.numbat.device.Devices.initialize();
    }
  }

  /** Low level: a C-contiguous array over {@code data} (which it takes ownership of). */
  public NDArray(DType dtype, int[] shape, Object data) {
    this(dtype, shape, Shapes.cStrides(shape), 0, data, false);
  }

  /** A new zero-filled C-contiguous array. */
  public static NDArray allocate(DType dtype, int[] shape) {
    return new NDArray(dtype, shape, Storage.allocate(dtype, Shapes.checkedSize(shape)));
  }

  public DType dtype() { return dtype; }

  /** The shape (a copy). */
  public int[] shape() { return shape.clone(); }

  /** Length of axis {@code axis} (negative counts from the end). */
  public int shape(int axis) { return shape[Shapes.normalizeAxis(axis, shape.length)]; }

  public int ndim() { return shape.length; }

  public int size() { return size; }

  /** Strides in elements (a copy); NumPy's {@code strides} divided by the itemsize. */
  public int[] strides() { return strides.clone(); }

  /**
   * Low level, for the CPU backend: the storage array (shared with views). Never write to it. An
   * array without host data (a tracer) raises {@link dev.numbat.core.ConcretizationError}.
   */
  public Object data() {
    Object d = data;
    return d instanceof dev.numbat.core.Buffer b ? b.hostStorage(this) : d;
  }

  /**
   * An array with an abstract value and no host storage: {@code buffer} says where its data is
   * ({@link dev.numbat.core.Buffer#none} for a tracer). For interpreters and backends.
   */
  public static NDArray withBuffer(dev.numbat.core.AbstractValue aval, dev.numbat.core.Buffer buffer) {
    int[] s = aval.shape();
    return new NDArray(aval.dtype(), s, Shapes.cStrides(s), 0, buffer, aval.weak());
  }

  /** The {@link dev.numbat.core.Buffer} this array's data is in; null for Java storage on the heap. For interpreters. */
  public dev.numbat.core.Buffer buffer() {
    return data instanceof dev.numbat.core.Buffer b ? b : null;
  }

  /** {@code "heap"} for an array with Java storage, else its {@link dev.numbat.core.Buffer}'s kind ({@code "none"}: a tracer). */
  public String bufferKind() {
    return data instanceof dev.numbat.core.Buffer b ? b.kind() : "heap";
  }

  /**
   * The device this array lives on ({@code CPU:0}, the host, for arrays made outside any device
   * scope); {@code toString()} is TF's {@code tensor.device} string.
   */
  public dev.numbat.device.Device device() {
    return dev.numbat.device.Devices.of(this);
  }

  /**
   * This array on {@code device} ({@code "GPU:0"}, {@code "CPU:1"}, a Device or a LogicalDevice),
   * committed there: itself when already there, else a copy (PyTorch's {@code x.to(device)},
   * JAX's {@code device_put}). Every copy between devices is a logged transfer.
   */
  public NDArray to(Object device) {
    return Np.devicePut(this, device);
  }

  /** Low level: element offset of index (0, ..., 0) in {@link #data()}. */
  public int offset() { return offset; }

  /** Low level: the shape without copying. Never write to it. */
  public int[] shapeRef() { return shape; }

  /** Low level: the strides without copying. Never write to it. */
  public int[] stridesRef() { return strides; }

  /** True for a Java number converted as an argument: a NEP 50 weak scalar. */
  public boolean isWeak() { return weak; }

  /** C-contiguous (row-major, no gaps). */
  public boolean isContiguous() { return contiguous; }

  /** Total bytes of the elements, as NumPy's {@code nbytes}. */
  public long nbytes() { return (long) size * dtype.itemsize(); }

  /** Low level: this array as a weak scalar operand (NEP 50), sharing storage. */
  public NDArray asWeak() {
    return weak ? this : new NDArray(dtype, shape, strides, offset, data, true);
  }

  /** This array as a strong (non-weak) array. */
  public NDArray strong() {
    return weak ? new NDArray(dtype, shape, strides, offset, data, false) : this;
  }

  /** The transpose (axes reversed), a view: NumPy's {@code x.T}, which is {@code transpose(x)}. */
  public NDArray T() {
    return Np.transpose(this);
  }

  /**
   * The one element of a size-1 array as a Java value: Boolean, Long (all integer dtypes; uint64
   * as its two's-complement bits), Double (float dtypes) or {@link Complex}.
   */
  public Object item() {
    if (size != 1) {
      throw new dev.numbat.errors.ValueError("can only convert an array of size 1 to a Python scalar");
    }
    return Storage.item(this, offset);
  }

  /**
   * Python's {@code float(a)} for a 0-d array: the element as a double (uint64 read unsigned,
   * bool as 0/1). A non-0-d array raises NumPy 2's TypeError, a complex one Python's.
   */
  public double doubleValue() {
    return switch (scalar()) {
      case Double d -> d;
      case Long l -> dtype == DType.UINT64 && l < 0 ? new java.math.BigInteger(Long.toUnsignedString(l)).doubleValue() : l;
      case Boolean b -> b ? 1 : 0;
      default -> throw new dev.numbat.errors.TypeError("float() argument must be a string or a real number, not 'complex'");
    };
  }

  /**
   * Python's {@code int(a)} for a 0-d array, as a Java long: floats truncate toward zero; NaN raises
   * ValueError and infinity OverflowError, as Python; a value beyond long's range (a uint64 from
   * 2^63, a float beyond +-2^63) raises OverflowError instead of wrapping.
   */
  public long longValue() {
    return switch (scalar()) {
      case Long l -> {
        if (dtype == DType.UINT64 && l < 0) {
          throw new dev.numbat.errors.OverflowError("int too large to convert to long: " + Long.toUnsignedString(l));
        }
        yield l;
      }
      case Double d -> {
        if (Double.isNaN(d)) {
          throw new dev.numbat.errors.ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
          throw new dev.numbat.errors.OverflowError("cannot convert float infinity to integer");
        }
        if (d >= 0x1p63 || d < -0x1p63) {
          throw new dev.numbat.errors.OverflowError("int too large to convert to long: " + d);
        }
        yield (long) d.doubleValue();
      }
      case Boolean b -> b ? 1 : 0;
      default -> throw new dev.numbat.errors.TypeError(
          "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
    };
  }

  /** {@link #longValue()} within int's range, else OverflowError (Python's C-int conversion message). */
  public int intValue() {
    long v = longValue();
    if (v != (int) v) {
      throw new dev.numbat.errors.OverflowError("Python int too large to convert to C int");
    }
    return (int) v;
  }

  /**
   * Python's {@code bool(a)}: the truth of a size-1 array (any ndim; NaN is true, a complex number
   * when either part is nonzero); an empty or larger array raises NumPy's ValueError.
   */
  public boolean booleanValue() {
    if (size == 0) {
      throw new dev.numbat.errors.ValueError(
          "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
    }
    if (size != 1) {
      throw new dev.numbat.errors.ValueError(
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    }
    return switch (Storage.item(this, offset)) {
      case Boolean b -> b;
      case Long l -> l != 0;
      case Double d -> d != 0;
      case Complex c -> c.re() != 0 || c.im() != 0;
      default -> throw new IllegalStateException();
    };
  }

  /** Python's {@code complex(a)} for a 0-d array (real dtypes give a zero imaginary part). */
  public Complex complexValue() {
    Object v = scalar();
    return v instanceof Complex c ? c : new Complex(doubleValue(), 0);
  }

  /** The element of a 0-d array (NumPy 2 converts only those to Python scalars). */
  private Object scalar() {
    if (shape.length != 0) {
      throw new dev.numbat.errors.TypeError("only 0-dimensional arrays can be converted to Python scalars");
    }
    return Storage.item(this, offset);
  }

  /** The element at a multi-index as a Java value, as {@link #item()}. */
  public Object item(int... index) {
    if (index.length == 1 && shape.length != 1) {
      return Storage.item(this, Shapes.flatToOffset(this, index[0]));
    }
    return Storage.item(this, Shapes.offsetOf(this, index));
  }

  /**
   * The elements in C (row-major) order as a new {@code double[]}, converted as
   * {@code astype(float64)}. Complex arrays throw TypeError (take the real part first).
   */
  public double[] toDoubleArray() { return dev.numbat.backend.cpu.Export.toDoubleArray(this); }

  /** The elements in C order as a new {@code float[]}, converted as {@code astype(float32)}. */
  public float[] toFloatArray() { return dev.numbat.backend.cpu.Export.toFloatArray(this); }

  /**
   * The elements in C order as a new {@code long[]}, converted as {@code astype(int64)} (floats
   * truncate toward zero; uint64 values keep their bits).
   */
  public long[] toLongArray() { return dev.numbat.backend.cpu.Export.toLongArray(this); }

  /** The elements in C order as a new {@code int[]}, converted as {@code astype(int32)} (wrapping). */
  public int[] toIntArray() { return dev.numbat.backend.cpu.Export.toIntArray(this); }

  /** The elements in C order as a new {@code boolean[]}: nonzero (and NaN) is true. */
  public boolean[] toBooleanArray() { return dev.numbat.backend.cpu.Export.toBooleanArray(this); }

  /**
   * A new nested Java array of this shape, e.g. {@code (double[][]) x.toArray()} for a 2-d float64
   * array. Element types: bool boolean, int8 byte, int16/uint8 short, int32/uint16 int,
   * int64/uint32/uint64 long (uint64 as its bits), float16/bfloat16/float32 float, float64 double,
   * complex {@link Complex}. A 0-d array gives its element as {@link #item()} does.
   */
  public Object toArray() { return dev.numbat.backend.cpu.Export.toArray(this); }

  /**
   * NumPy's {@code tolist()}: nested {@code java.util.List}s of {@link #item()} values (Boolean,
   * Long, Double, {@link Complex}); a 0-d array gives its element itself.
   */
  public Object tolist() { return dev.numbat.backend.cpu.Export.tolist(this); }

  /**
   * NumPy's {@code x[index]}: {@code x.get(1, Np.newaxis, Np.slice(1, 3), Np.ellipsis)} is
   * {@code x[1, np.newaxis, 1:3, ...]}. Components: Java integers (negative count from the end),
   * {@link dev.numbat.indexing.Slice} ({@code Np.slice}), {@code Np.newaxis} (or {@code null}),
   * {@code Np.ellipsis}, Java booleans (a 0-d mask), and index arrays: integer or boolean
   * NDArrays, {@code int[]}/{@code long[]}/{@code boolean[]} (any rank) and {@code List}s of
   * integers or booleans. Without index arrays the result is a view sharing this array's storage
   * (O(1)); with them, a gathered copy laid out by NumPy's rules (index arrays broadcast together;
   * a boolean mask is its {@code nonzero()}; advanced indices separated by a slice, ellipsis or
   * newaxis put their dimensions first). Errors are NumPy's IndexErrors.
   */
  public NDArray get(Object... index) {
    Object[] idx = index == null ? new Object[] {null} : index;
    return (NDArray) dev.numbat.core.Dispatch.bind(dev.numbat.indexing.IndexOps.GET, this, idx);
  }

  /**
   * {@link #get(Object...)} with NumPy's subscript syntax: {@code x.get("1, newaxis, 1:3, ...")},
   * {@code x.get("::-1, None")}, {@code x.get(":, [0, 2]")}; each {@code {}} takes the next of
   * {@code args}: {@code x.get(":, {}", mask)}. See {@link dev.numbat.indexing.IndexParser}.
   */
  public NDArray get(String index, Object... args) {
    return get(dev.numbat.indexing.IndexParser.parse(index, args));
  }

  /**
   * Functional indexed updates (JAX's {@code x.at[idx]}): {@code x.at(idx).set(v)},
   * {@code .add(v)}, {@code .subtract(v)}, {@code .multiply(v)}, {@code .divide(v)},
   * {@code .power(v)}, {@code .min(v)}, {@code .max(v)} return a new array; {@code x} is unchanged.
   * The index is anything {@link #get(Object...)} takes. See {@link dev.numbat.indexing.At}.
   */
  public dev.numbat.indexing.At at(Object... index) {
    return new dev.numbat.indexing.At(this, index == null ? new Object[] {null} : index);
  }

  /** {@link #at(Object...)} with the string form of the index, as {@link #get(String, Object...)}. */
  public dev.numbat.indexing.At at(String index, Object... args) {
    return new dev.numbat.indexing.At(this, dev.numbat.indexing.IndexParser.parse(index, args));
  }

  /** NumPy's {@code repr}: {@code array([1., 2.], dtype=float32)}. */
  @Override
  public String toString() {
    return data instanceof dev.numbat.core.Buffer b ? b.describe(this) : Format.repr(this);
  }

  /** NumPy's {@code str}: {@code [1. 2.]}. */
  public String str() { return Format.str(this); }
}
