package eu.imaginghub.catalogue.demo.application;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Draws for the demo generator, all from one {@link SplittableRandom} per dataset. */
final class DemoRandom {

  private final SplittableRandom random;

  private DemoRandom(SplittableRandom random) {
    this.random = random;
  }

  /**
   * The generator of the dataset at {@code index}: a function of the seed and the index alone, so
   * any dataset can be produced without producing the ones before it.
   */
  static DemoRandom forDataset(long seed, int index) {
    long mixed = mix(seed ^ mix(index + 0x9E3779B97F4A7C15L));
    return new DemoRandom(new SplittableRandom(mixed));
  }

  /** The SplitMix64 finaliser: neighbouring indexes get unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double fraction() {
    return random.nextDouble();
  }

  /** A whole number in [from, to], both inclusive. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  double between(double from, double to) {
    return from + random.nextDouble() * (to - from);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A value picked in proportion to its weight. */
  <T> T weighted(List<T> values, ToIntFunction<T> weight) {
    int total = values.stream().mapToInt(weight).sum();
    int ticket = random.nextInt(total);
    for (T value : values) {
      ticket -= weight.applyAsInt(value);
      if (ticket < 0) {
        return value;
      }
    }
    throw new IllegalStateException("weights changed while picking");
  }

  /**
   * The first value, then each later one with the given probability: the most typical value is
   * always there and the rest vary, preserving their order.
   */
  <T> List<T> firstAndSome(List<T> values, double probability) {
    List<T> picked = new ArrayList<>(values.size());
    picked.add(values.get(0));
    for (int i = 1; i < values.size(); i++) {
      if (chance(probability)) {
        picked.add(values.get(i));
      }
    }
    return picked;
  }

  /** Up to {@code most} distinct values, at least one, in the order of the list. */
  <T> List<T> some(List<T> values, int most) {
    int wanted = between(1, Math.min(most, values.size()));
    List<T> picked = new ArrayList<>(wanted);
    int left = values.size();
    for (T value : values) {
      if (picked.size() < wanted && random.nextInt(left) < wanted - picked.size()) {
        picked.add(value);
      }
      left--;
    }
    return picked;
  }

  /**
   * A size between {@code smallest} and {@code largest}, skewed towards the small end: most
   * collections are modest and a few are very large.
   */
  int skewed(int smallest, int largest) {
    double u = Math.pow(random.nextDouble(), 1.4);
    return (int) Math.round(smallest * Math.pow((double) largest / smallest, u));
  }
}
