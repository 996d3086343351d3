package dev.numbat.examples;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.backend.cpu.Shapes;
import java.util.List;
import java.util.Random;

/**
 * The TF NumPy guide's "Example model" and "Gradients and Jacobians" sections: a dense ReLU layer
 * and a linear projection, the gradients of a squared loss with respect to the weights, and the
 * batch jacobian of the predictions with respect to the inputs. The guide program calls
 * {@link #run()}; {@code main} runs it alone.
 *
 * <p>Matrix products use {@code Np.matmul}. Random
 * numbers come from {@link java.util.Random} until {@code Np.random} lands.
 */
public final class GradientModel {
  private final Random random = new Random(0);
  /** (w1, bias, w2), created at the first prediction as in the guide. */
  private List<NDArray> weights;

  /** {@code tnp.random.randn(shape).astype(tnp.float32)}. */
  NDArray randn(int... shape) {
    float[] v = new float[Shapes.size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return new NDArray(DType.FLOAT32, shape, v);
  }

  public List<NDArray> weights() { return weights; }

  /** relu(inputs @ w1 + bias) @ w2. */
  public NDArray predict(NDArray inputs) {
    if (weights == null) {
      int size = inputs.shape(1);
      NDArray stddev = Np.astype(Np.sqrt(size), DType.FLOAT32);
      NDArray w1 = Np.divide(randn(size, 64), stddev);
      NDArray bias = randn(64);
      NDArray w2 = Np.divide(randn(64, 2), 8);
      weights = List.of(w1, bias, w2);
    }
    NDArray y = Np.add(Np.matmul(inputs, weights.get(0)), weights.get(1));
    y = Np.maximum(y, 0);                       // ReLU
    return Np.matmul(y, weights.get(2));           // linear projection
  }

  /** A batch of inputs (batch, 32) and labels (batch, 2). */
  public NDArray[] createBatch(int batchSize) {
    return new NDArray[] {randn(batchSize, 32), randn(batchSize, 2)};
  }

  /** Gradients of the squared loss between the prediction and the labels w.r.t. the weights. */
  public List<NDArray> computeGradients(NDArray inputs, NDArray labels) {
    GradientTape tape = new GradientTape();
    try (tape) {
      // The weights are plain arrays, not Variables: watch them explicitly, as the guide does.
      tape.watch(weights);
      NDArray prediction = predict(inputs);
      NDArray loss = Np.sum(Np.square(Np.subtract(prediction, labels)));
      return tape.gradient(loss, weights);
    }
  }

  /**
   * The guide's {@code single_example_gradient}: the gradients for one example (a row of the
   * inputs and of the labels), as a batch of one.
   */
  public List<NDArray> singleExampleGradients(NDArray input, NDArray label) {
    return computeGradients(Np.expandDims(input, 0), Np.expandDims(label, 0));
  }

  /** Per-example gradients, vectorized: {@code singleExampleGradients} once over the whole batch. */
  public List<NDArray> vectorizedPerExampleGradients(NDArray inputs, NDArray labels) {
    return Np.vectorizedMap(this::singleExampleGradients, inputs, labels);
  }

  /** Per-example gradients, one example after the other (TF's {@code map_fn}). */
  public List<NDArray> unvectorizedPerExampleGradients(NDArray inputs, NDArray labels) {
    return Np.mapFn(this::singleExampleGradients, inputs, labels);
  }

  /** The prediction and d prediction[b] / d inputs[b] for every row b. */
  public NDArray[] predictionBatchJacobian(NDArray inputs) {
    GradientTape tape = new GradientTape();
    try (tape) {
      tape.watch(inputs);
      NDArray prediction = predict(inputs);
      return new NDArray[] {prediction, tape.batchJacobian(prediction, inputs)};
    }
  }

  /** What the guide prints for these sections. */
  public static void run() {
    GradientModel model = new GradientModel();
    System.out.println(model.predict(Np.ones(new int[] {2, 32}, DType.FLOAT32)));
    NDArray[] batch = model.createBatch(32);
    List<NDArray> gradients = model.computeGradients(batch[0], batch[1]);
    System.out.println("Parameter shapes: " + shapes(model.weights()));
    System.out.println("Gradient shapes: " + shapes(gradients));
    NDArray inpBatch = Np.ones(new int[] {16, 32}, DType.FLOAT32);
    NDArray[] out = model.predictionBatchJacobian(inpBatch);
    System.out.println("Output shape: " + Shapes.str(out[0].shapeRef()) + ", input shape: "
        + Shapes.str(inpBatch.shapeRef()));
    System.out.println("Batch jacobian shape: " + Shapes.str(out[1].shapeRef()));
  }

  private static String shapes(List<NDArray> xs) {
    return xs.stream().map(x -> Shapes.str(x.shapeRef())).toList().toString();
  }

  public static void main(String[] args) {
    run();
  }
}
