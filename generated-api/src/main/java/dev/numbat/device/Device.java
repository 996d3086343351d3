package dev.numbat.device;

import java.util.Locale;

/**
 * Where an array lives and an op runs: a CPU or GPU device and its index, as TF names them
 * ({@code CPU:0}, {@code GPU:0}). One instance per device ({@link #of}), so {@code ==} compares.
 * {@link #toString()} is TF's {@code tensor.device} string,
 * {@code /job:localhost/replica:0/task:0/device:GPU:0}; {@link #name()} is the short form.
 *
 * <p>{@code CPU:0} is the host: an array made outside any device scope holds Java storage there
 * and is <em>uncommitted</em> (it follows the arrays it meets, as JAX's uncommitted arrays do).
 * {@code CPU:1}... exist after {@code Np.config.setLogicalCpuDevices(n)}; each holds its own
 * buffers, so a copy between them is a real copy, as between a GPU and the host.
 */
public final class Device {
  /** CPU or GPU. */
  public enum Type { CPU, GPU }

  private static final int MAX = 64;
  private static final Device[][] ALL = new Device[2][MAX];

  static {
    for (Type t : Type.values()) {
      for (int i = 0; i < MAX; i++) {
        ALL[t.ordinal()][i] = new Device(t, i);
      }
    }
  }

  private final Type type;
  private final int index;
  private final String name;

  private Device(Type type, int index) {
    this.type = type;
    this.index = index;
    this.name = type + ":" + index;
  }

  /** The device of this type and index (whether it exists is {@link Devices#check}'s question). */
  public static Device of(Type type, int index) {
    if (index < 0 || index >= MAX) {
      throw new dev.numbat.errors.ValueError("device index " + index + " is out of range [0, " + MAX + ")");
    }
    return ALL[type.ordinal()][index];
  }

  /** The host, {@code CPU:0}. */
  public static Device host() {
    return ALL[0][0];
  }

  /**
   * Parses TF's spellings: {@code "GPU:0"}, {@code "gpu"} (index 0), {@code "/device:CPU:1"},
   * {@code "/job:localhost/replica:0/task:0/device:GPU:0"}, {@code "/GPU:0"}, {@code "cuda:0"}
   * (PyTorch's). ValueError for anything else.
   */
  public static Device parse(String spec) {
    String s = spec.trim();
    int at = s.lastIndexOf("device:");
    if (at >= 0) {
      s = s.substring(at + "device:".length());
    } else if (s.startsWith("/")) {
      s = s.substring(1);
    }
    String[] parts = s.split(":", -1);
    String kind = parts[0].toUpperCase(Locale.ROOT);
    if (kind.equals("CUDA")) {
      kind = "GPU";
    }
    if (parts.length > 2 || !(kind.equals("CPU") || kind.equals("GPU"))) {
      throw new dev.numbat.errors.ValueError("Unknown device: " + spec + " (expected CPU:n or GPU:n)");
    }
    int index;
    try {
      index = parts.length == 1 ? 0 : Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new dev.numbat.errors.ValueError("Unknown device: " + spec + " (expected CPU:n or GPU:n)");
    }
    return of(Type.valueOf(kind), index);
  }

  public Type type() { return type; }

  public int index() { return index; }

  /** {@code "CPU"} or {@code "GPU"}, TF's {@code device_type}. */
  public String deviceType() { return type.name(); }

  /** The short name, {@code "GPU:0"}. */
  public String name() { return name; }

  public boolean isHost() { return this == host(); }

  public boolean isGpu() { return type == Type.GPU; }

  /** TF's {@code tensor.device}: {@code /job:localhost/replica:0/task:0/device:CPU:0}. */
  @Override
  public String toString() {
    return "/job:localhost/replica:0/task:0/device:" + name;
  }
}
