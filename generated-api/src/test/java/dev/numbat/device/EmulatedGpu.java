package dev.numbat.device;

import dev.numbat.gpu.GpuRuntime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link GpuRuntime} whose device memory is Java byte arrays: allocation, copies and statistics
 * behave as the CUDA runtime's; launches of the backend's element-wise kernels and cuBLAS products
 * are computed in Java (see {@link #launch}, {@link #matmul}). It lets the placement, transfer and soft
 * placement paths of GPU arrays run on a machine without a GPU.
 */
final class EmulatedGpu implements GpuRuntime {
  final AtomicLong inUse = new AtomicLong();

  static final class Block implements DeviceMemory {
    final byte[] bytes;
    final int device;
    boolean closed;

    Block(int device, long n) {
      this.device = device;
      this.bytes = new byte[Math.toIntExact(n)];
    }

    @Override public int device() { return device; }
    @Override public long bytes() { return bytes.length; }
    @Override public long address() { return System.identityHashCode(this); }
    @Override public void close() { closed = true; }
  }

  @Override public int deviceCount() { return 1; }
  @Override public String deviceName(int device) { return "Emulated GPU"; }
  @Override public int computeCapability(int device) { return 90; }
  @Override public String reason() { return null; }

  @Override
  public DeviceMemory allocate(int device, long nbytes) {
    inUse.addAndGet(nbytes);
    return new Block(device, nbytes);
  }

  private static ByteBuffer view(DeviceMemory m, long offset) {
    Block b = (Block) m;
    if (b.closed) {
      throw new IllegalStateException("use after close");
    }
    return ByteBuffer.wrap(b.bytes).order(ByteOrder.nativeOrder()).position(Math.toIntExact(offset)).slice().order(ByteOrder.nativeOrder());
  }

  @Override
  public void copyToDevice(Object host, int off, int count, DeviceMemory dst, long dstOffset) {
    ByteBuffer d = view(dst, dstOffset);
    switch (host) {
      case byte[] a -> d.put(a, off, count);
      case boolean[] a -> { for (int i = 0; i < count; i++) d.put((byte) (a[off + i] ? 1 : 0)); }
      case short[] a -> d.asShortBuffer().put(a, off, count);
      case int[] a -> d.asIntBuffer().put(a, off, count);
      case long[] a -> d.asLongBuffer().put(a, off, count);
      case float[] a -> d.asFloatBuffer().put(a, off, count);
      case double[] a -> d.asDoubleBuffer().put(a, off, count);
      default -> throw new IllegalArgumentException(host.getClass().toString());
    }
  }

  @Override
  public void copyToHost(DeviceMemory src, long srcOffset, Object host, int off, int count) {
    ByteBuffer s = view(src, srcOffset);
    switch (host) {
      case byte[] a -> s.get(a, off, count);
      case boolean[] a -> { for (int i = 0; i < count; i++) a[off + i] = s.get() != 0; }
      case short[] a -> s.asShortBuffer().get(a, off, count);
      case int[] a -> s.asIntBuffer().get(a, off, count);
      case long[] a -> s.asLongBuffer().get(a, off, count);
      case float[] a -> s.asFloatBuffer().get(a, off, count);
      case double[] a -> s.asDoubleBuffer().get(a, off, count);
      default -> throw new IllegalArgumentException(host.getClass().toString());
    }
  }

  @Override
  public void copy(DeviceMemory src, long srcOffset, DeviceMemory dst, long dstOffset, long nbytes) {
    System.arraycopy(((Block) src).bytes, (int) srcOffset, ((Block) dst).bytes, (int) dstOffset, (int) nbytes);
  }

  /** Kernels compiled and launched so far. */
  final AtomicLong compiled = new AtomicLong();
  final AtomicLong launches = new AtomicLong();

  record Emulated(String name, int device) implements Kernel {}

  @Override
  public Kernel kernel(int device, String source, String name) {
    if (!source.contains("extern \"C\"") || !source.contains(name)) {
      throw new AssertionError("the source does not define extern \"C\" kernel " + name);
    }
    compiled.incrementAndGet();
    return new Emulated(name, device);
  }

  /**
   * Runs the backend's element-wise kernels ({@code numbat_UFUNC_IN_OUT}, {@code numbat_cast_FROM_TO},
   * {@code numbat_copy_DT}, all with the strided parameter order) with the CPU backend on views
   * read from the launch's pointers and {@code meta}: the pointers, offsets, strides and dtypes the
   * backend passes are checked by the values that come out, the CUDA C by nvcc and gpu-check.
   */
  /**
   * The hand-written reductions {@code nb_KIND_DTYPE_rows (in, out, outer, len)} and
   * {@code nb_KIND_DTYPE_all (in, out, n, partials, counter)}, by the CPU's reduction of the same
   * name over the contiguous rows the launch points at.
   */
  private void reduce(String name, Object[] p) {
    String[] parts = name.split("_");
    String kind = parts[1];
    dev.numbat.DType in = dev.numbat.DType.of(parts[2]);
    boolean rows = parts[3].equals("rows");
    long outer = rows ? (Long) p[2] : 1;
    long len = rows ? (Long) p[3] : (Long) p[2];
    Arg a = (Arg) p[0];
    Object storage = dev.numbat.backend.cpu.Storage.allocate(in, (int) (outer * len));
    copyToHost(a.memory(), a.offset(), storage, 0, (int) (outer * len));
    dev.numbat.NDArray view = new dev.numbat.NDArray(in, new int[] {(int) outer, (int) len}, storage);
    dev.numbat.backend.cpu.Reduction.Def d = ((dev.numbat.core.ReductionOp) dev.numbat.ops.OpTable.OPS.stream()
        .filter(o -> o.name.equals(kind)).findFirst().orElseThrow()).def;
    dev.numbat.NDArray r = dev.numbat.backend.cpu.Copy.copy(dev.numbat.backend.cpu.Reduction.call(d, view, new int[] {1}, false, null));
    Arg o = (Arg) p[1];
    copyToDevice(dev.numbat.backend.cpu.DeviceStorage.storage(r), 0, (int) outer, o.memory(), o.offset());
  }

  /**
   * A contiguous ufunc kernel, {@code numbatc_MASK_UFUNC_IN_OUT} ({@code f} a full operand, {@code s}
   * one element broadcast) with parameters {@code (ins..., out, long long n)}: run as the strided
   * form with strides 1 and 0.
   */
  private void contiguousUfunc(String name, Object[] p) {
    String mask = name.substring("numbatc_".length(), name.indexOf('_', "numbatc_".length()));
    int nin = mask.length();
    long n = (Long) p[nin + 1];
    long[] meta = new long[1 + nin];
    meta[0] = n;
    for (int i = 0; i < nin; i++) {
      meta[1 + i] = mask.charAt(i) == 's' ? 0 : 1;
    }
    DeviceMemory m = allocate(0, (long) meta.length * Long.BYTES);
    copyToDevice(meta, 0, meta.length, m, 0);
    Object[] strided = new Object[nin + 4];
    System.arraycopy(p, 0, strided, 0, nin + 2);
    strided[nin + 2] = 1;
    strided[nin + 3] = Arg.ptr(m, 0);
    launch(new Emulated("numbat" + name.substring("numbatc_".length() + mask.length()), 0), 1, 1, strided);
    contiguous.incrementAndGet();
  }

  /** Contiguous-kernel launches so far. */
  final AtomicLong contiguous = new AtomicLong();

  /** Launches of fused regions (which the emulator cannot run) and of the hand-written reductions: name, grid, block, parameters. */
  final java.util.List<Object[]> opaque = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  @Override
  public void launch(Kernel k, int gridX, int blockX, Object... p) {
    launches.incrementAndGet();
    if (k.name().startsWith("numbatc_")) {
      contiguousUfunc(k.name(), p);
      return;
    }
    if (k.name().startsWith("numbat_region_") || k.name().startsWith("nb_")) {
      opaque.add(new Object[] {k.name(), gridX, blockX, p});
      if (k.name().startsWith("nb_")) {
        reduce(k.name(), p);
      }
      return;
    }
    String[] parts = k.name().split("_");
    String out = parts[parts.length - 1];
    String in = parts[parts.length - 2];
    boolean copy = parts[1].equals("copy");
    String op = copy ? "copy" : String.join("_", java.util.Arrays.copyOfRange(parts, 1, parts.length - 2));
    if (copy) {
      in = out;
    }
    int nin = p.length - 4;
    long n = (Long) p[nin + 1];
    int rank = (Integer) p[nin + 2];
    Arg metaArg = (Arg) p[nin + 3];
    long[] meta = new long[Math.max(1, rank * (1 + nin))];
    copyToHost(metaArg.memory(), metaArg.offset(), meta, 0, meta.length);
    int[] shape = new int[rank];
    for (int j = 0; j < rank; j++) {
      shape[j] = (int) meta[j];
    }
    dev.numbat.DType din = dev.numbat.DType.of(in);
    dev.numbat.DType dout = dev.numbat.DType.of(out);
    dev.numbat.NDArray[] views = new dev.numbat.NDArray[nin];
    for (int i = 0; i < nin; i++) {
      Arg a = (Arg) p[i];
      int w = din.isComplex() ? 2 : 1;
      int elements = (int) (a.memory().bytes() / din.itemsize());
      Object storage = dev.numbat.backend.cpu.Storage.allocate(din, elements);
      copyToHost(a.memory(), 0, storage, 0, elements * w);
      int[] strides = new int[rank];
      for (int j = 0; j < rank; j++) {
        strides[j] = (int) meta[rank * (1 + i) + j];
      }
      views[i] = new dev.numbat.NDArray(din, shape, strides, (int) (a.offset() / din.itemsize()), storage, false);
    }
    dev.numbat.NDArray r;
    if (copy) {
      r = dev.numbat.backend.cpu.Copy.copy(views[0]);
    } else if (parts[1].equals("cast")) {
      r = dev.numbat.backend.cpu.Cast.to(views[0], dout);
    } else {
      dev.numbat.backend.cpu.Ufunc.Def d = ((dev.numbat.core.UfuncOp) dev.numbat.ops.OpTable.OPS.stream()
          .filter(o -> o.name.equals(op)).findFirst().orElseThrow()).def;
      r = switch (nin) {
        case 1 -> dev.numbat.backend.cpu.Ufunc.call1(d, views[0]);
        case 2 -> dev.numbat.backend.cpu.Ufunc.call2(d, views[0], views[1]);
        default -> dev.numbat.backend.cpu.Ufunc.call3(d, views[0], views[1], views[2]);
      };
    }
    if (r.dtype() != dout || r.size() != n) {
      throw new AssertionError(k.name() + ": the CPU gives " + r.dtype() + " of " + r.size() + ", the kernel writes " + dout + " of " + n);
    }
    Arg o = (Arg) p[nin];
    r = dev.numbat.backend.cpu.Copy.copy(r);
    copyToDevice(dev.numbat.backend.cpu.DeviceStorage.storage(r), 0, (int) n * (dout.isComplex() ? 2 : 1), o.memory(), o.offset());
  }
  /** cuBLAS products asked for so far. */
  final AtomicLong matmuls = new AtomicLong();

  /**
   * The product as the contract states it, in Java: {@code batch} row-major products of the
   * C-contiguous matrices at the pointers (batch strides in elements), accumulated in double for
   * float64 and in float for the others (cuBLAS's float32 compute), the half types rounded once.
   * Reads and writes only the bytes the contract names, so a wrong offset or stride shows.
   */
  @Override public void matmul(String dtype, int batch, int m, int n, int k, Arg a, long sa, Arg b, long sb, Arg c, long sc) {
    matmuls.incrementAndGet();
    int size = switch (dtype) {
      case "float32" -> 4;
      case "float64" -> 8;
      case "float16", "bfloat16" -> 2;
      default -> throw new AssertionError("cuBLAS has no " + dtype + " gemm here");
    };
    if (batch <= 0 || m <= 0 || n <= 0 || k <= 0 || sa < 0 || sb < 0 || sc < 0) {
      throw new AssertionError("the backend asks for an empty or invalid product " + batch + "x" + m + "x" + n + "x" + k);
    }
    ByteBuffer pa = view(a.memory(), a.offset());
    ByteBuffer pb = view(b.memory(), b.offset());
    ByteBuffer pc = view(c.memory(), c.offset());
    for (int q = 0; q < batch; q++) {
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          long ai = q * sa + (long) i * k;
          long bj = q * sb + j;
          int ci = Math.toIntExact((q * sc + (long) i * n + j) * size);
          if (size == 8) {
            double acc = 0;
            for (int p = 0; p < k; p++) {
              acc += pa.getDouble(Math.toIntExact((ai + p) * 8)) * pb.getDouble(Math.toIntExact((bj + (long) p * n) * 8));
            }
            pc.putDouble(ci, acc);
          } else {
            float acc = 0;
            for (int p = 0; p < k; p++) {
              acc += element(pa, dtype, ai + p) * element(pb, dtype, bj + (long) p * n);
            }
            switch (dtype) {
              case "float32" -> pc.putFloat(ci, acc);
              case "float16" -> pc.putShort(ci, dev.numbat.kernels.cpu.Half.floatToF16(acc));
              default -> pc.putShort(ci, dev.numbat.kernels.cpu.Half.floatToBf16(acc));
            }
          }
        }
      }
    }
  }

  private static float element(ByteBuffer p, String dtype, long i) {
    return switch (dtype) {
      case "float32" -> p.getFloat(Math.toIntExact(i * 4));
      case "float16" -> dev.numbat.kernels.cpu.Half.f16ToFloat(p.getShort(Math.toIntExact(i * 2)));
      default -> dev.numbat.kernels.cpu.Half.bf16ToFloat(p.getShort(Math.toIntExact(i * 2)));
    };
  }
  @Override public void synchronize(int device) {}
  @Override public long[] memoryStats(int device) { return new long[] {inUse.get(), 0, inUse.get()}; }
}
