package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordLimitsTest {

  private static final DatasetDescription COMPLETE = Descriptions.complete();

  @Test
  void refusesTooManyKeywordsNamingTheField() {
    List<String> keywords =
        IntStream.range(0, RecordLimits.KEYWORDS + 1).mapToObj(i -> "keyword " + i).toList();

    assertThat(errors(withText(TextProperty.KEYWORD, keywords)))
        .containsExactly(new FieldProblem("keywords", "has more than 100 values"));
  }

  @Test
  void acceptsAsManyKeywordsAsTheLimit() {
    List<String> keywords =
        IntStream.range(0, RecordLimits.KEYWORDS).mapToObj(i -> "keyword " + i).toList();

    assertThat(errors(withText(TextProperty.KEYWORD, keywords))).isEmpty();
  }

  @Test
  void refusesALongKeywordNamingItsPosition() {
    List<String> keywords = List.of("lung", "x".repeat(RecordLimits.KEYWORD + 1));

    assertThat(errors(withText(TextProperty.KEYWORD, keywords)))
        .containsExactly(new FieldProblem("keywords[1]", "is longer than 300 characters"));
  }

  @Test
  void refusesFieldsLongerThanTheirDatabaseColumns() {
    String long4001 = "https://node.example.org/" + "a".repeat(4001);
    Agent contact = new Agent("x".repeat(4001), "desk@example.org", long4001, null);
    Distribution distribution = new Distribution(null, long4001, null, null, null, long4001, null);
    DatasetDescription d =
        copy(
            COMPLETE.title(),
            COMPLETE.landingPage(),
            COMPLETE.texts(),
            Map.of(AgentRole.CONTACT_POINT, List.of(contact)),
            List.of(distribution));

    assertThat(errors(d))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "contactPoints[0].name",
            "contactPoints[0].url",
            "distributions[0].accessUrl",
            "distributions[0].licence");
  }

  @Test
  void refusesTooManyDistributions() {
    Distribution one =
        new Distribution(null, "https://node.example.org/a", null, null, null, null, null);
    DatasetDescription d =
        copy(
            COMPLETE.title(),
            COMPLETE.landingPage(),
            COMPLETE.texts(),
            COMPLETE.agents(),
            Collections.nCopies(RecordLimits.DISTRIBUTIONS + 1, one));

    assertThat(errors(d))
        .containsExactly(new FieldProblem("distributions", "has more than 50 values"));
  }

  @Test
  void refusesALongConceptLabelOfASingleValuedProperty() {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    codes.put(
        CodedProperty.CONDITION,
        List.of(new Concept("https://example.org/c", "l".repeat(RecordLimits.NAME + 1))));

    assertThat(errors(Descriptions.withCodes(codes)))
        .containsExactly(new FieldProblem("condition.label", "is longer than 500 characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\uFFFF", "\uD800"})
  void refusesCharactersNoXmlDocumentCanCarry(String bad) {
    DatasetDescription d =
        copy(
            "Lung" + bad + "CT",
            COMPLETE.landingPage(),
            COMPLETE.texts(),
            COMPLETE.agents(),
            COMPLETE.distributions());

    assertThat(errors(d))
        .containsExactly(
            new FieldProblem(
                "title",
                "contains the control character " + String.format("U+%04X", (int) bad.charAt(0))));
  }

  @Test
  void acceptsTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
    DatasetDescription d =
        copy(
            "Lung\tCT\r\nscreening \uD83E\uDEC1",
            COMPLETE.landingPage(),
            COMPLETE.texts(),
            COMPLETE.agents(),
            COMPLETE.distributions());

    assertThat(errors(d)).isEmpty();
  }

  @Test
  void namesEveryLimitedStringOfTheJsonForm() {
    assertThat(RecordLimits.strings())
        .containsEntry("title", 1000)
        .containsEntry("keywords", 300)
        .containsEntry("distribution.accessUrl", 1000);
    assertThat(RecordLimits.collections())
        .containsEntry("keywords", 100)
        .containsEntry("contactPoints", 20)
        .containsEntry("modalities", 50)
        .containsEntry("themes", 1)
        .doesNotContainKey("condition")
        .doesNotContainKey("publisher");
  }

  private static List<FieldProblem> errors(DatasetDescription d) {
    return DatasetRules.check(LifecycleStatus.DRAFT, d).errors();
  }

  private static DatasetDescription withText(TextProperty property, List<String> values) {
    Map<TextProperty, List<String>> texts = new EnumMap<>(COMPLETE.texts());
    texts.put(property, new ArrayList<>(values));
    return copy(
        COMPLETE.title(),
        COMPLETE.landingPage(),
        texts,
        COMPLETE.agents(),
        COMPLETE.distributions());
  }

  private static DatasetDescription copy(
      String title,
      String landingPage,
      Map<TextProperty, List<String>> texts,
      Map<AgentRole, List<Agent>> agents,
      List<Distribution> distributions) {
    DatasetDescription c = COMPLETE;
    return c.toBuilder()
        .title(title)
        .landingPage(landingPage)
        .texts(texts)
        .agents(agents)
        .distributions(distributions)
        .translations(null)
        .build();
  }
}
