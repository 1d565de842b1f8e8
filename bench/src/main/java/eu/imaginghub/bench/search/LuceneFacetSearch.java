package eu.imaginghub.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The hub's faceted search done straight on its Lucene index (read-only, beside the running hub):
 * the same text query, visibility and facet filters, first page and multi-select facet counts.
 * Field names are those the hub's document binder writes; Hibernate Search keeps the doc values of
 * an aggregable field under the field's own name.
 */
final class LuceneFacetSearch implements Closeable {

  private static final int PAGE_SIZE = 20;
  private static final String ID_DOC_VALUES = "__HSEARCH_id_docvalue";
  private static final Map<String, Float> TEXT_FIELDS = textFields();

  /** What an anonymous caller, as the benchmark is, finds: published datasets only. */
  private static final Query PUBLIC = new TermQuery(new Term("visibility", "PUBLISHED"));

  /** Each language's text field and its analyser, as the hub's index mapping defines them. */
  private static final Map<String, Analyzer> LANGUAGE_FIELDS =
      Map.of(
          "text_en", new EnglishAnalyzer(),
          "text_es", new SpanishAnalyzer(),
          "text_fr", new FrenchAnalyzer(),
          "text_de", new GermanAnalyzer(),
          "text_it", new ItalianAnalyzer(),
          "text_nl", new DutchAnalyzer(),
          "text_el", new GreekAnalyzer(),
          "text_pt", new PortugueseAnalyzer());

  /** Relevance, newest record first among equals: the hub's order for text searches. */
  private static final Sort RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE, new SortedNumericSortField("created", SortField.Type.LONG, true));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(new StandardAnalyzer(), LANGUAGE_FIELDS);
  private final List<String> facetFields;

  LuceneFacetSearch(Path indexDir, List<String> facetFields) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
    this.searcher = new IndexSearcher(reader);
    this.facetFields = List.copyOf(facetFields);
  }

  /** The index's fields with how they are indexed and their doc values, as Luke lists them. */
  String describeFields() {
    FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
    return StreamSupport.stream(infos.spliterator(), false)
        .map(LuceneFacetSearch::describe)
        .collect(
            Collectors.joining(
                "\n",
                reader.numDocs() + " documents in " + reader.leaves().size() + " segments\n",
                ""));
  }

  private static String describe(FieldInfo f) {
    return String.format(
        "  %-24s index %-36s doc values %s", f.name, f.getIndexOptions(), f.getDocValuesType());
  }

  /**
   * First page and all facet counts: facets without a filter are counted over the main query, each
   * filtered facet over the query without its own filter, as the hub does.
   */
  SearchAnswer search(BenchQuery query) throws IOException {
    List<String> unfiltered =
        facetFields.stream().filter(f -> !query.filters().containsKey(f)).toList();
    var top = new TopFieldCollectorManager(RELEVANCE, PAGE_SIZE, null, Integer.MAX_VALUE, false);
    Object[] results =
        searcher.search(
            build(query.text(), query.filters()),
            new MultiCollectorManager(top, new FacetCounter.Manager(unfiltered)));
    TopDocs topDocs = (TopDocs) results[0];
    FacetCounter.Result main = (FacetCounter.Result) results[1];
    Map<String, Map<String, Long>> facets = new TreeMap<>(main.counts());
    for (String facet : query.filters().keySet()) {
      Query without = build(query.text(), query.filtersExcept(facet));
      facets.putAll(searcher.search(without, new FacetCounter.Manager(List.of(facet))).counts());
    }
    return new SearchAnswer(main.hits(), ids(topDocs), facets);
  }

  /**
   * The fields the hub's text query searches, with its boosts: title, keywords and concepts first,
   * then the description, every language's text together and each language's own field.
   */
  private static Map<String, Float> textFields() {
    Map<String, Float> fields = new TreeMap<>();
    fields.putAll(Map.of("title", 3f, "keywords", 2f, "concepts", 2f, "description", 1f));
    fields.put("text_all", 1f);
    for (String language : List.of("de", "el", "en", "es", "fr", "it", "nl", "pt")) {
      fields.put("text_" + language, 1f);
    }
    return fields;
  }

  private Query build(String text, Map<String, List<String>> filters) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder().add(PUBLIC, Occur.FILTER);
    if (text != null) {
      SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
      parser.setDefaultOperator(Occur.MUST);
      bool.add(parser.parse(text), Occur.MUST);
    }
    filters.forEach((facet, values) -> bool.add(terms(facet, values), Occur.FILTER));
    return bool.build();
  }

  private static Query terms(String field, List<String> values) {
    if (values.size() == 1) {
      return new TermQuery(new Term(field, values.get(0)));
    }
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private List<String> ids(TopDocs topDocs) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : topDocs.scoreDocs) {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID_DOC_VALUES);
      if (!values.advanceExact(hit.doc - leaf.docBase)) {
        throw new IllegalStateException("document " + hit.doc + " has no id");
      }
      ids.add(values.binaryValue().utf8ToString());
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
