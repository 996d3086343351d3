package dev.numbat.gpu.runtime;

import static dev.numbat.gpu.runtime.Cuda.check;
import static org.bytedeco.cuda.global.cudart.cuMemAllocHost;
import static org.bytedeco.cuda.global.cudart.cuMemcpyDtoHAsync;
import static org.bytedeco.cuda.global.cudart.cuMemcpyHtoDAsync;
import static org.bytedeco.cuda.global.cudart.cuStreamSynchronize;

import dev.numbat.errors.TypeError;
import org.bytedeco.javacpp.BooleanPointer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.CharPointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Copies between Java primitive arrays and one device's memory. A Java array cannot be handed to
 * the DMA engine (the GC moves it), so a copy goes through pinned host memory (cuMemAllocHost,
 * {@link #STAGING_BYTES}) in chunks: array to staging, cuMemcpyHtoDAsync on the device's stream,
 * wait, next chunk (and the reverse to the host). The waits also order a copy after the kernels
 * queued before it. One chunk in flight at a time; overlapping two halves is the next step if host
 * copies show in profiles. Element sizes: boolean and byte 1 (a boolean is a C++ {@code bool}),
 * char and short 2, int and float 4, long and double 8.
 */
final class HostCopies {
  static final long STAGING_BYTES = 8L << 20;

  private final CudaDevice device;
  private Pointer staging;
  // typed views of the staging memory, made once (JavaCPP's put/get copy at a view's position 0)
  private BooleanPointer z;
  private BytePointer b;
  private CharPointer c;
  private ShortPointer s;
  private IntPointer i;
  private LongPointer j;
  private FloatPointer f;
  private DoublePointer d;

  HostCopies(CudaDevice device) {
    this.device = device;
  }

  /** Bytes per element of a Java primitive array; raises for anything else. */
  static int elementSize(Object host) {
    return switch (host) {
      case boolean[] a -> 1;
      case byte[] a -> 1;
      case char[] a -> 2;
      case short[] a -> 2;
      case int[] a -> 4;
      case float[] a -> 4;
      case long[] a -> 8;
      case double[] a -> 8;
      case null -> throw new TypeError("host array is null");
      default -> throw new TypeError("not a Java primitive array: " + host.getClass().getName());
    };
  }

  static int length(Object host) {
    return switch (host) {
      case boolean[] a -> a.length;
      case byte[] a -> a.length;
      case char[] a -> a.length;
      case short[] a -> a.length;
      case int[] a -> a.length;
      case float[] a -> a.length;
      case long[] a -> a.length;
      case double[] a -> a.length;
      default -> throw new TypeError("not a Java primitive array: " + host.getClass().getName());
    };
  }

  private void ensureStaging() {
    if (staging != null) return;
    Pointer p = new Pointer();
    check(cuMemAllocHost(p, STAGING_BYTES), "cuMemAllocHost(" + STAGING_BYTES + ")");
    staging = p.capacity(STAGING_BYTES);
    z = new BooleanPointer(staging);
    b = new BytePointer(staging);
    c = new CharPointer(staging);
    s = new ShortPointer(staging);
    i = new IntPointer(staging);
    j = new LongPointer(staging);
    f = new FloatPointer(staging);
    d = new DoublePointer(staging);
  }

  /** {@code count} elements of {@code host} from {@code offset} to device address {@code dst}. */
  void toDevice(Object host, int offset, int count, long dst) {
    int size = elementSize(host);
    int chunk = (int) (STAGING_BYTES / size);
    synchronized (this) {
      device.makeCurrent();
      ensureStaging();
      for (int done = 0; done < count; done += chunk) {
        int n = Math.min(chunk, count - done);
        put(host, offset + done, n);
        check(cuMemcpyHtoDAsync(dst + (long) done * size, staging, (long) n * size, device.stream), "cuMemcpyHtoDAsync");
        check(cuStreamSynchronize(device.stream), "cuStreamSynchronize");
      }
    }
  }

  /** {@code count} elements from device address {@code src} into {@code host} from {@code offset}. */
  void toHost(long src, Object host, int offset, int count) {
    int size = elementSize(host);
    int chunk = (int) (STAGING_BYTES / size);
    synchronized (this) {
      device.makeCurrent();
      ensureStaging();
      for (int done = 0; done < count; done += chunk) {
        int n = Math.min(chunk, count - done);
        check(cuMemcpyDtoHAsync(staging, src + (long) done * size, (long) n * size, device.stream), "cuMemcpyDtoHAsync");
        check(cuStreamSynchronize(device.stream), "cuStreamSynchronize");
        get(host, offset + done, n);
      }
    }
  }

  private void put(Object host, int off, int n) {
    switch (host) {
      case boolean[] a -> z.put(a, off, n);
      case byte[] a -> b.put(a, off, n);
      case char[] a -> c.put(a, off, n);
      case short[] a -> s.put(a, off, n);
      case int[] a -> i.put(a, off, n);
      case float[] a -> f.put(a, off, n);
      case long[] a -> j.put(a, off, n);
      case double[] a -> d.put(a, off, n);
      default -> throw new TypeError("not a Java primitive array: " + host.getClass().getName());
    }
  }

  private void get(Object host, int off, int n) {
    switch (host) {
      case boolean[] a -> z.get(a, off, n);
      case byte[] a -> b.get(a, off, n);
      case char[] a -> c.get(a, off, n);
      case short[] a -> s.get(a, off, n);
      case int[] a -> i.get(a, off, n);
      case float[] a -> f.get(a, off, n);
      case long[] a -> j.get(a, off, n);
      case double[] a -> d.get(a, off, n);
      default -> throw new TypeError("not a Java primitive array: " + host.getClass().getName());
    }
  }
}
