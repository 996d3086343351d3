package dev.numbat.conformance;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.Op;
import dev.numbat.device.Device;
import java.util.ArrayList;
import java.util.List;

/**
 * A spec case on a logical CPU device: the matrix's {@code dev:OP} rows. Every array argument is
 * copied to {@code CPU:1} and the op is called inside {@code Np.device("CPU:1")} (so factories
 * place there too); the result must be NumPy's answer, judged as the eager row, with every array
 * of it on {@code CPU:1}. The matrix's JVM configures two logical CPU devices
 * ({@code -Dnumbat.logicalCpuDevices=2}, conformance's pom); without them there are no rows.
 */
final class PlacedCall {
  private PlacedCall() {}

  static final Device DEVICE = Device.of(Device.Type.CPU, 1);

  /** Whether the JVM has the device, and device rows are on ({@code -Dnumbat.dev=false} turns them off). */
  static final boolean ON = !"false".equals(System.getProperty("numbat.dev"))
      && Integer.getInteger("numbat.logicalCpuDevices", 1) > 1;

  /**
   * Whether an op gets {@code dev:} rows: not random draws (a draw advances the global stream the
   * random suite reseeds; their spec cases are error cases) and not files (writing twice).
   */
  static boolean hasRows(Op op) {
    return op != null && !"random".equals(op.family) && !"io".equals(op.family);
  }

  /** The op on the case's arguments, placed on {@link #DEVICE}. */
  static Object invoke(Case c, Object[] args) {
    Object[] placed = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      placed[i] = place(args[i]);
    }
    try (var scope = Np.device(DEVICE)) {
      return dev.numbat.ops.OpTable.invoke(c.op, placed);
    }
  }

  private static Object place(Object a) {
    if (a instanceof NDArray x) {
      return x.to(DEVICE);
    }
    if (a instanceof NDArray[] xs) {
      NDArray[] out = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = xs[i] == null ? null : xs[i].to(DEVICE);
      }
      return out;
    }
    if (a instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof NDArray) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(place(o));
      }
      return out;
    }
    return a;
  }

  /** A description of the first array of {@code got} that is not on the device, or null. */
  static String misplaced(Object got) {
    if (got instanceof NDArray x) {
      return x.device() == DEVICE && dev.numbat.device.Devices.committed(x) == DEVICE ? null
          : "a result " + x.dtype() + java.util.Arrays.toString(x.shape()) + " is on " + x.device().name();
    }
    if (got instanceof Object[] xs) {
      for (Object o : xs) {
        String m = misplaced(o);
        if (m != null) {
          return m;
        }
      }
    }
    if (got instanceof List<?> l) {
      for (Object o : l) {
        String m = misplaced(o);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }
}
