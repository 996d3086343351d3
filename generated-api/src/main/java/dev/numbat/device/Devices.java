package dev.numbat.device;

import dev.numbat.NDArray;
import dev.numbat.core.Buffer;
import dev.numbat.gpu.GpuRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's devices and the calling thread's device scope. The device list is fixed the first
 * time it is needed (the first array made, the first listing or placement), as TF initialises its
 * runtime: logical CPU devices must be configured before that, and later calls raise TF's
 * RuntimeError. GPUs are those {@link GpuRuntime#get()} reports (none without the CUDA bindings,
 * a driver and a device).
 *
 * <p>{@link #placing} is the one flag the eager dispatch reads: false until a device other than
 * the host is used (an array placed or copied to one, a scope opened), so a program that never
 * places anything pays one field read per op.
 */
public final class Devices {
  private Devices() {}

  /** True once an array lives on a device other than the uncommitted host, or a scope was opened. */
  public static volatile boolean placing;

  private static final Object LOCK = new Object();
  private static int logicalCpus = Integer.getInteger("numbat.logicalCpuDevices", 1);
  private static volatile boolean initialized;
  private static int gpus;

  /** Fixes the device list (idempotent); the first NDArray made calls it. */
  public static void initialize() {
    if (initialized) {
      return;
    }
    synchronized (LOCK) {
      if (!initialized) {
        GpuRuntime rt = runtime != null ? runtime : GpuRuntime.get();
        gpus = rt.deviceCount();
        if (gpus > 0) {
          Placement.install(new dev.numbat.backend.gpu.GpuBackend(rt, launch));
        }
        initialized = true;
      }
    }
  }

  private static GpuRuntime runtime;
  private static boolean launch = true;

  /**
   * Uses {@code rt} instead of {@link GpuRuntime#get()} for the GPUs (before the first array, as
   * {@link #setLogicalCpuDevices}); {@code launch} false runs every op on the host with copies. For
   * tests (a runtime that emulates device memory) and embedders.
   */
  public static void useGpuRuntime(GpuRuntime rt, boolean launch) {
    synchronized (LOCK) {
      if (initialized) {
        throw new dev.numbat.errors.RuntimeError("Physical devices cannot be modified after being initialized");
      }
      runtime = rt;
      Devices.launch = launch;
    }
  }

  /** The GPU runtime in use. */
  public static GpuRuntime gpuRuntime() {
    return runtime != null ? runtime : GpuRuntime.get();
  }

  /** True once the device list is fixed. */
  public static boolean initialized() {
    return initialized;
  }

  /**
   * Splits the CPU into {@code n} logical devices {@code CPU:0..n-1} (TF's
   * {@code set_logical_device_configuration} with {@code n} {@code LogicalDeviceConfiguration}s).
   * Only before the first array is made; afterwards RuntimeError, TF's message.
   */
  public static void setLogicalCpuDevices(int n) {
    if (n < 1) {
      throw new dev.numbat.errors.ValueError("the CPU needs at least one logical device, got " + n);
    }
    synchronized (LOCK) {
      if (initialized) {
        if (n == logicalCpus) {
          return;
        }
        throw new dev.numbat.errors.RuntimeError("Virtual devices cannot be modified after being initialized");
      }
      logicalCpus = n;
    }
  }

  /** The logical devices: {@code CPU:0..n-1}, then each GPU. */
  public static List<LogicalDevice> logical() {
    initialize();
    List<LogicalDevice> out = new ArrayList<>();
    for (int i = 0; i < logicalCpus; i++) {
      out.add(LogicalDevice.of(Device.of(Device.Type.CPU, i)));
    }
    for (int i = 0; i < gpus; i++) {
      out.add(LogicalDevice.of(Device.of(Device.Type.GPU, i)));
    }
    return out;
  }

  /** The physical devices: the one CPU, then each GPU. */
  public static List<PhysicalDevice> physical() {
    initialize();
    List<PhysicalDevice> out = new ArrayList<>();
    out.add(new PhysicalDevice("/physical_device:CPU:0", "CPU"));
    for (int i = 0; i < gpus; i++) {
      out.add(new PhysicalDevice("/physical_device:GPU:" + i, "GPU"));
    }
    return out;
  }

  /** {@code d} when it exists, else TF's error for an unknown device (a ValueError here). */
  public static Device check(Device d) {
    initialize();
    int count = d.isGpu() ? gpus : logicalCpus;
    if (d.index() >= count) {
      String why = d.isGpu() && gpus == 0 ? " (no GPU: " + gpuRuntime().reason() + ")" : "";
      throw new dev.numbat.errors.ValueError("Unknown device: " + d.name() + "; this process has "
          + count + " " + d.deviceType() + " device" + (count == 1 ? "" : "s") + why);
    }
    return d;
  }

  // ------------------------------------------------------------------ the array's device

  /** Where {@code x} lives: its buffer's device, or the host for Java storage (and tracers). */
  public static Device of(NDArray x) {
    Buffer b = x.buffer();
    return b instanceof Placed p ? p.device() : Device.host();
  }

  /**
   * The device {@code x} is committed to (placed there by a scope, a copy or an op on committed
   * inputs), or null for an uncommitted host array, which follows the arrays it meets.
   */
  public static Device committed(NDArray x) {
    return x.buffer() instanceof Placed p ? p.device() : null;
  }

  /** A buffer on a device: the logical CPU devices' {@link HostDeviceBuffer} and the GPU's. */
  public interface Placed {
    Device device();
  }

  // ------------------------------------------------------------------ scopes

  private static final ThreadLocal<Device[]> SCOPE = ThreadLocal.withInitial(() -> new Device[1]);

  /** The innermost open scope's device on this thread, or null. */
  public static Device scope() {
    return SCOPE.get()[0];
  }

  /** Opens a scope on {@code d} for this thread; the scope's close restores the previous one. */
  public static DeviceScope open(Device d) {
    check(d);
    placing = true;
    Device[] cell = SCOPE.get();
    Device previous = cell[0];
    cell[0] = d;
    return new DeviceScope(d, previous, cell);
  }

  /** Sets this thread's scope device (null: none) and returns the previous one; for the placement code. */
  static Device swapScope(Device d) {
    Device[] cell = SCOPE.get();
    Device previous = cell[0];
    cell[0] = d;
    return previous;
  }
}
