package dev.numbat.device;

/**
 * {@code try (var s = Np.device("GPU:0")) { ... }}: TF's {@code with tf.device(...)} for the
 * calling thread. Inside, factories ({@code zeros}, {@code asarray}, {@code random.*} ...) place
 * their results on the scope's device, an op whose inputs are all uncommitted host arrays runs
 * there, and {@code Np.copy(x)} copies {@code x} there; an op on committed inputs runs where they
 * are. Scopes nest; {@link #close()} restores the enclosing one (and throws no checked exception).
 */
public final class DeviceScope implements AutoCloseable {
  private final Device device;
  private final Device previous;
  private final Device[] cell;
  private boolean closed;

  DeviceScope(Device device, Device previous, Device[] cell) {
    this.device = device;
    this.previous = previous;
    this.cell = cell;
  }

  /** The scope's device. */
  public Device device() {
    return device;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      cell[0] = previous;
    }
  }
}
