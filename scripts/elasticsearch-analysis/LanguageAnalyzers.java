package eu.imaginghub.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The language analysers a full Elasticsearch distribution has built in (its analysis-common
 * module), under the same names, for the integ-test distribution the tests run, which lacks that
 * module. Each is Lucene's analyser for the language with its defaults, as the hub's Lucene backend
 * defines them (LuceneLanguageAnalysis), so both backends analyse text alike.
 */
public final class LanguageAnalyzers {

  private LanguageAnalyzers() {}

  @NamedComponent("english")
  public static final class English implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new EnglishAnalyzer();
    }
  }

  @NamedComponent("spanish")
  public static final class Spanish implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new SpanishAnalyzer();
    }
  }

  @NamedComponent("french")
  public static final class French implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new FrenchAnalyzer();
    }
  }

  @NamedComponent("german")
  public static final class German implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new GermanAnalyzer();
    }
  }

  @NamedComponent("italian")
  public static final class Italian implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new ItalianAnalyzer();
    }
  }

  @NamedComponent("dutch")
  public static final class Dutch implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new DutchAnalyzer();
    }
  }

  @NamedComponent("greek")
  public static final class Greek implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new GreekAnalyzer();
    }
  }

  @NamedComponent("portuguese")
  public static final class Portuguese implements AnalyzerFactory {
    @Override
    public Analyzer create() {
      return new PortugueseAnalyzer();
    }
  }
}
