package dev.numbat.device;

/**
 * An entry of {@code Np.config.listLogicalDevices()}, printed as TF prints it:
 * {@code LogicalDevice(name='/device:CPU:0', device_type='CPU')}. {@code Np.device(...)} takes it.
 */
public record LogicalDevice(String name, String deviceType) {
  static LogicalDevice of(Device d) {
    return new LogicalDevice("/device:" + d.name(), d.deviceType());
  }

  /** The device it names. */
  public Device device() {
    return Device.parse(name);
  }

  @Override
  public String toString() {
    return "LogicalDevice(name='" + name + "', device_type='" + deviceType + "')";
  }
}
