package dev.numbat.device;

import java.util.List;
import java.util.Locale;

/**
 * {@code Np.config}: TF's {@code tf.config} device functions. {@link #listLogicalDevices()} and
 * {@link #listPhysicalDevices()} print as TF's lists do; {@link #setLogicalCpuDevices} is TF's
 * logical device configuration for the CPU and must come before the first array is made.
 */
public final class DeviceConfig {
  /** The one instance, {@code Np.config}. */
  public static final DeviceConfig INSTANCE = new DeviceConfig();

  private DeviceConfig() {}

  /** Every logical device: {@code [LogicalDevice(name='/device:CPU:0', device_type='CPU'), ...]}. */
  public List<LogicalDevice> listLogicalDevices() {
    return Devices.logical();
  }

  /** The logical devices of one type ({@code "CPU"} or {@code "GPU"}, any case). */
  public List<LogicalDevice> listLogicalDevices(String deviceType) {
    String t = deviceType.toUpperCase(Locale.ROOT);
    return Devices.logical().stream().filter(d -> d.deviceType().equals(t)).toList();
  }

  /** Every physical device: {@code [PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU'), ...]}. */
  public List<PhysicalDevice> listPhysicalDevices() {
    return Devices.physical();
  }

  /** The physical devices of one type. */
  public List<PhysicalDevice> listPhysicalDevices(String deviceType) {
    String t = deviceType.toUpperCase(Locale.ROOT);
    return Devices.physical().stream().filter(d -> d.deviceType().equals(t)).toList();
  }

  /**
   * Splits the CPU into {@code n} logical devices, {@code CPU:0} to {@code CPU:n-1}, each with its
   * own buffers (also {@code -Dnumbat.logicalCpuDevices=n}). Before the first array is made; after
   * it, RuntimeError "Virtual devices cannot be modified after being initialized", as TF.
   */
  public void setLogicalCpuDevices(int n) {
    Devices.setLogicalCpuDevices(n);
  }

  /**
   * TF's soft device placement, for ops without a GPU kernel: true (the default) runs such an op
   * on the host, copying its inputs down and its results back up (each copy a logged transfer);
   * false raises RuntimeError naming the op and the device.
   */
  public void setSoftDevicePlacement(boolean enabled) {
    softPlacement = enabled;
  }

  public boolean getSoftDevicePlacement() {
    return softPlacement;
  }

  private static volatile boolean softPlacement = true;

  /** The current soft placement setting, for backends. */
  public static boolean softPlacement() {
    return softPlacement;
  }
}
