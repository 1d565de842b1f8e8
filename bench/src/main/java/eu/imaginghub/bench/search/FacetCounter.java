package eu.imaginghub.bench.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matching documents per value of some keyword fields from their sorted-set doc values: per
 * segment by ordinal (an array increment per value), turned into strings once per segment.
 */
final class FacetCounter implements Collector {

  /** Hits and counts per field and value. */
  record Result(long hits, Map<String, Map<String, Long>> counts) {}

  /** One counter per search slice, merged at the end. */
  record Manager(List<String> fields) implements CollectorManager<FacetCounter, Result> {
    @Override
    public FacetCounter newCollector() {
      return new FacetCounter(fields);
    }

    @Override
    public Result reduce(Collection<FacetCounter> counters) throws IOException {
      long hits = 0;
      Map<String, Map<String, Long>> counts = new HashMap<>();
      fields.forEach(f -> counts.put(f, new HashMap<>()));
      for (FacetCounter counter : counters) {
        hits += counter.hits;
        for (SegmentCounts segment : counter.segments) {
          segment.addTo(counts);
        }
      }
      return new Result(hits, counts);
    }
  }

  /** Ordinal counts of one segment, with the doc values that name the ordinals. */
  private record SegmentCounts(List<String> fields, SortedSetDocValues[] values, int[][] counts) {
    void addTo(Map<String, Map<String, Long>> totals) throws IOException {
      for (int f = 0; f < values.length; f++) {
        Map<String, Long> field = totals.get(fields.get(f));
        for (int ord = 0; ord < counts[f].length; ord++) {
          if (counts[f][ord] > 0) {
            field.merge(values[f].lookupOrd(ord).utf8ToString(), (long) counts[f][ord], Long::sum);
          }
        }
      }
    }
  }

  private final List<String> fields;
  private final List<SegmentCounts> segments = new ArrayList<>();
  private long hits;

  private FacetCounter(List<String> fields) {
    this.fields = fields;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
    int[][] counts = new int[fields.size()][];
    for (int f = 0; f < values.length; f++) {
      values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
      counts[f] = new int[Math.toIntExact(values[f].getValueCount())];
    }
    segments.add(new SegmentCounts(fields, values, counts));
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        for (int f = 0; f < values.length; f++) {
          if (values[f].advanceExact(doc)) {
            for (int i = values[f].docValueCount(); i > 0; i--) {
              counts[f][(int) values[f].nextOrd()]++;
            }
          }
        }
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
