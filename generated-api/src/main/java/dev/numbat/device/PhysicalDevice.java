package dev.numbat.device;

/**
 * An entry of {@code Np.config.listPhysicalDevices()}, printed as TF prints it:
 * {@code PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')}. Logical CPU devices
 * split the one physical CPU; each GPU is one physical and one logical device.
 */
public record PhysicalDevice(String name, String deviceType) {
  @Override
  public String toString() {
    return "PhysicalDevice(name='" + name + "', device_type='" + deviceType + "')";
  }
}
