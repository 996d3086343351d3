package dev.numbat.gpu.runtime;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * JavaCPP pointers at raw device addresses, for cuBLAS's typed pointer parameters. JavaCPP has no
 * public factory from an address (its pointers normally own host memory), so these subclasses set
 * the protected field; they own nothing and have no deallocator.
 */
final class DevicePointers {
  private DevicePointers() {}

  static FloatPointer floats(long address) {
    return new F(address);
  }

  static DoublePointer doubles(long address) {
    return new D(address);
  }

  static Pointer raw(long address) {
    return new P(address);
  }

  private static final class F extends FloatPointer {
    F(long a) {
      address = a;
    }
  }

  private static final class D extends DoublePointer {
    D(long a) {
      address = a;
    }
  }

  private static final class P extends Pointer {
    P(long a) {
      address = a;
    }
  }
}
