package dev.numbat.backend.cpu;

import dev.numbat.NDArray;
import dev.numbat.core.Buffer;

/**
 * Host storage seen through a device buffer: the logical CPU devices keep Java arrays like the
 * host, each behind its own {@link Buffer}, so an array's device travels with it while its data
 * stays readable by every CPU kernel. The placement code moves arrays between these forms here,
 * the one package that touches storage.
 */
public final class DeviceStorage {
  private DeviceStorage() {}

  /** {@code heap} (Java storage) as an array with the same layout over {@code buffer}. */
  public static NDArray placed(NDArray heap, Buffer buffer) {
    return new NDArray(heap.dtype(), heap.shapeRef(), heap.stridesRef(), heap.offset(), buffer, heap.isWeak());
  }

  /** {@code x}'s storage as a plain Java-storage array with the same layout (a view, no copy). */
  public static NDArray heapView(NDArray x) {
    return new NDArray(x.dtype(), x.shapeRef(), x.stridesRef(), x.offset(), x.data(), x.isWeak());
  }

  /** The Java storage array behind {@code x} (its buffer's host storage). */
  public static Object storage(NDArray x) {
    return x.data();
  }

  /** A real copy of {@code x}'s elements into fresh C-contiguous Java storage. */
  public static NDArray copy(NDArray x) {
    NDArray c = Copy.copy(heapView(x));
    return x.isWeak() ? c.asWeak() : c;
  }
}
