package dev.numbat.device;

import dev.numbat.gpu.GpuRuntime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link GpuRuntime} whose device memory is Java byte arrays: allocation, copies and statistics
 * behave as the CUDA runtime's, kernels do not exist. It lets the placement, transfer and soft
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

  @Override public Kernel kernel(int device, String source, String name) { throw new UnsupportedOperationException("emulated"); }
  @Override public void launch(Kernel k, int gridX, int blockX, Object... params) { throw new UnsupportedOperationException("emulated"); }
  @Override public void matmul(String dtype, int batch, int m, int n, int k, Arg a, long sa, Arg b, long sb, Arg c, long sc) {
    throw new UnsupportedOperationException("emulated");
  }
  @Override public void synchronize(int device) {}
  @Override public long[] memoryStats(int device) { return new long[] {inUse.get(), 0, inUse.get()}; }
}
