package dev.numbat.device;

import dev.numbat.NDArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every copy between devices passes here: counted, and logged at DEBUG on the System.Logger
 * {@code dev.numbat.device} ("transfer float32[5,2] (40 bytes) CPU:0 -> GPU:0 (implicit: an
 * uncommitted input of matmul)"), so implicit transfers are as visible as explicit ones.
 */
public final class Transfers {
  private Transfers() {}

  private static final System.Logger LOG = System.getLogger("dev.numbat.device");
  private static final AtomicLong COUNT = new AtomicLong();
  private static final AtomicLong BYTES = new AtomicLong();

  /** Records a copy of {@code x} from {@code from} to {@code to}; {@code why} says who asked. */
  public static void record(NDArray x, Device from, Device to, String why) {
    COUNT.incrementAndGet();
    BYTES.addAndGet(x.nbytes());
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      LOG.log(System.Logger.Level.DEBUG, "transfer " + x.dtype() + dev.numbat.backend.cpu.Shapes.str(x.shapeRef())
          + " (" + x.nbytes() + " bytes) " + from.name() + " -> " + to.name() + " (" + why + ")");
    }
  }

  /** Copies between devices so far in this process: {count, bytes}. */
  public static long[] stats() {
    return new long[] {COUNT.get(), BYTES.get()};
  }
}
