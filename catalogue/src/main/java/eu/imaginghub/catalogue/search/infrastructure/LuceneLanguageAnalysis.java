package eu.imaginghub.catalogue.search.infrastructure;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines, for the Lucene backend, the language analysers Elasticsearch has built in under the same
 * names (stop words and stemming per language), so {@link LanguageFields} maps to both.
 */
public class LuceneLanguageAnalysis implements LuceneAnalysisConfigurer {

  private static final Map<String, Supplier<Analyzer>> ANALYSERS =
      Map.of(
          "english", EnglishAnalyzer::new,
          "spanish", SpanishAnalyzer::new,
          "french", FrenchAnalyzer::new,
          "german", GermanAnalyzer::new,
          "italian", ItalianAnalyzer::new,
          "dutch", DutchAnalyzer::new,
          "greek", GreekAnalyzer::new,
          "portuguese", PortugueseAnalyzer::new);

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    ANALYSERS.forEach((name, analyser) -> context.analyzer(name).instance(analyser.get()));
  }
}
