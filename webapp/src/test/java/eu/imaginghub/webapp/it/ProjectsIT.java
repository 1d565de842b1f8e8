package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Projects and node-operator bindings over HTTP: who may do what, the history of every change, and
 * that it all lands in the database.
 */
@ExtendWith(RunningHub.class)
class ProjectsIT {

  private static final String RESEARCHER_EMAIL = "researcher@example.org";
  private static final String OPERATOR_EMAIL = "operator@example.org";
  private static final String NODE = DemoFederation.nodes().get(2).id();

  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");
  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient anonymous = HubClient.anonymous();

  private static String adminId;
  private static String operatorId;
  private static String researcherId;
  private static String committeeId;

  /**
   * People join projects after their first sign-in: every demo user signs in once, and says who
   * they are (the development login's subjects differ from the identity provider's).
   */
  @BeforeAll
  static void everyoneSignsIn() {
    adminId = HubClient.subjectOf("admin");
    operatorId = HubClient.subjectOf("operator");
    researcherId = HubClient.subjectOf("researcher");
    committeeId = HubClient.subjectOf("committee");
  }

  @Test
  void theirPrincipalInvestigatorManagesMembersAndEveryChangeIsKept() throws SQLException {
    Reply created =
        researcher.post(
            "/api/projects",
            "{\"code\":\"it-lung\",\"title\":\"Lung nodules\",\"description\":\"Screening\"}");
    assertThat(created.status()).isEqualTo(201);
    JsonObject project = created.json();
    assertThat(project.getString("code")).isEqualTo("IT-LUNG");
    assertThat(project.getJsonObject("principalInvestigator").getString("email"))
        .isEqualTo(RESEARCHER_EMAIL);
    assertThat(project.getString("yourRole")).isEqualTo("PI");

    Reply added =
        researcher.post("/api/projects/IT-LUNG/members", "{\"email\":\"Operator@Example.ORG\"}");
    assertThat(added.status()).isEqualTo(200);
    assertThat(memberSubjects(added.json())).containsExactly(operatorId);

    Reply asMember = operator.get("/api/projects/it-lung");
    assertThat(asMember.status()).isEqualTo(200);
    assertThat(asMember.json().getString("yourRole")).isEqualTo("MEMBER");
    assertThat(asMember.json().getBoolean("youMayManage")).isFalse();
    assertThat(codes(operator.get("/api/projects"))).contains("IT-LUNG");
    assertThat(myProjects("operator")).contains("IT-LUNG:MEMBER");
    assertThat(myProjects("researcher")).contains("IT-LUNG:PI");

    assertProblem(operator.post("/api/projects/IT-LUNG/members", email(RESEARCHER_EMAIL)), 403);
    assertProblem(committee.get("/api/projects/IT-LUNG"), 403);
    assertProblem(committee.get("/api/projects/IT-LUNG/events"), 403);
    assertProblem(anonymous.get("/api/projects/IT-LUNG"), 401);
    assertProblem(anonymous.get("/api/projects"), 401);
    assertProblem(operator.delete("/api/projects/IT-LUNG/members/" + OPERATOR_EMAIL), 403);

    Reply removed = researcher.delete("/api/projects/IT-LUNG/members/" + OPERATOR_EMAIL);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(memberSubjects(removed.json())).isEmpty();
    assertProblem(operator.get("/api/projects/IT-LUNG"), 403);
    assertThat(myProjects("operator")).doesNotContain("IT-LUNG:MEMBER");

    Reply events = researcher.get("/api/projects/IT-LUNG/events");
    assertThat(events.status()).isEqualTo(200);
    assertThat(eventLines(events))
        .containsExactly(
            "1 CREATED " + researcherId + " -",
            "2 MEMBER_ADDED " + researcherId + " " + operatorId,
            "3 MEMBER_REMOVED " + researcherId + " " + operatorId);
    assertThat(admin.get("/api/projects/IT-LUNG/events").status()).isEqualTo(200);

    assertThat(rows("select pi_subject, title from project where code = ?", "IT-LUNG"))
        .containsExactly(researcherId + "|Lung nodules");
    assertThat(rows("select member_subject from project_member where project_code = ?", "IT-LUNG"))
        .isEmpty();
    assertThat(
            rows(
                "select event_type, actor, member_subject from project_event"
                    + " where project_code = ? order by seq",
                "IT-LUNG"))
        .containsExactly(
            "CREATED|" + researcherId + "|null",
            "MEMBER_ADDED|" + researcherId + "|" + operatorId,
            "MEMBER_REMOVED|" + researcherId + "|" + operatorId);
  }

  @Test
  void anUnknownEmailOrBadInputIsAProblemAndChangesNothing() throws SQLException {
    assertThat(researcher.post("/api/projects", project("IT-PROSTATE")).status()).isEqualTo(201);

    Reply unknown =
        researcher.post("/api/projects/IT-PROSTATE/members", email("nobody@example.org"));
    assertProblem(unknown, 404);
    assertThat(unknown.json().getString("detail")).contains("signed in");
    assertProblem(researcher.post("/api/projects/IT-PROSTATE/members", "{}"), 400);
    assertThat(eventLines(researcher.get("/api/projects/IT-PROSTATE/events")))
        .containsExactly("1 CREATED " + researcherId + " -");
    assertThat(
            rows("select member_subject from project_member where project_code = ?", "IT-PROSTATE"))
        .isEmpty();

    JsonObject badCode = assertProblem(researcher.post("/api/projects", project("x")), 400);
    assertThat(badCode.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
    assertProblem(researcher.post("/api/projects", "{\"code\":\"IT-NOTITLE\"}"), 400);
    assertProblem(admin.post("/api/projects", project("it-prostate")), 409);
    assertProblem(committee.post("/api/projects", project("IT-DAC")), 403);
    assertProblem(operator.post("/api/projects", project("IT-OPS")), 403);
    assertProblem(anonymous.post("/api/projects", project("IT-ANON")), 401);
    assertProblem(researcher.get("/api/projects/IT-NONE"), 404);
    assertThat(
            rows(
                "select code from project where code in ('X', 'IT-NOTITLE', 'IT-DAC', 'IT-OPS', 'IT-ANON')"))
        .isEmpty();
  }

  @Test
  void adminsSeeEveryProjectAndNameItsPrincipalInvestigator() {
    Reply created =
        admin.post(
            "/api/projects",
            "{\"code\":\"IT-BREAST\",\"title\":\"Breast MRI\",\"piEmail\":\""
                + RESEARCHER_EMAIL
                + "\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getJsonObject("principalInvestigator").getString("subject"))
        .isEqualTo(researcherId);
    assertThat(absent(created.json(), "yourRole")).isTrue();
    assertThat(admin.post("/api/projects", project("IT-ADMIN")).status()).isEqualTo(201);
    assertProblem(
        researcher.post(
            "/api/projects",
            "{\"code\":\"IT-OTHERPI\",\"title\":\"t\",\"piEmail\":\"" + OPERATOR_EMAIL + "\"}"),
        403);

    assertThat(codes(admin.get("/api/projects"))).contains("IT-BREAST", "IT-ADMIN");
    assertThat(codes(researcher.get("/api/projects")))
        .contains("IT-BREAST")
        .doesNotContain("IT-ADMIN");
    assertThat(codes(committee.get("/api/projects"))).isEmpty();
    assertThat(admin.post("/api/projects/IT-BREAST/members", email(OPERATOR_EMAIL)).status())
        .isEqualTo(200);
    assertThat(eventLines(researcher.get("/api/projects/IT-BREAST/events")))
        .containsExactly(
            "1 CREATED " + adminId + " -", "2 MEMBER_ADDED " + adminId + " " + operatorId);
  }

  @Test
  void aClosedProjectRefusesChanges() throws SQLException {
    assertThat(researcher.post("/api/projects", project("IT-CLOSED")).status()).isEqualTo(201);
    assertProblem(committee.post("/api/projects/IT-CLOSED/close", ""), 403);

    Reply closed = researcher.post("/api/projects/IT-CLOSED/close", "");
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.json().getBoolean("closed")).isTrue();
    assertProblem(researcher.post("/api/projects/IT-CLOSED/members", email(OPERATOR_EMAIL)), 409);
    assertProblem(admin.post("/api/projects/IT-CLOSED/close", ""), 409);
    assertThat(eventLines(researcher.get("/api/projects/IT-CLOSED/events")))
        .containsExactly("1 CREATED " + researcherId + " -", "2 CLOSED " + researcherId + " -");
    assertThat(rows("select closed_by from project where code = ?", "IT-CLOSED"))
        .containsExactly(researcherId);
  }

  @Test
  void adminsBindPeopleToNodesTheyOperate() throws SQLException {
    String path = "/api/admin/node-operators/" + committeeId + "/" + NODE;
    assertProblem(anonymous.put(path, ""), 401);
    assertProblem(operator.put(path, ""), 403);
    assertProblem(admin.put("/api/admin/node-operators/" + committeeId + "/no-such-node", ""), 404);
    assertProblem(admin.put("/api/admin/node-operators/nobody/" + NODE, ""), 404);

    Reply bound = admin.put(path, "");
    assertThat(bound.status()).isEqualTo(201);
    assertThat(bound.json().getString("boundBy")).isEqualTo(adminId);
    assertThat(admin.put(path, "").status()).isEqualTo(200);
    assertThat(committee.get("/api/me").json().getJsonArray("boundNodes").getString(0))
        .isEqualTo(NODE);
    assertProblem(committee.get("/api/admin/node-operators"), 403);

    assertThat(admin.delete(path).status()).isEqualTo(204);
    assertProblem(admin.delete(path), 404);
    assertThat(committee.get("/api/me").json().getJsonArray("boundNodes")).isEmpty();
    JsonObject history =
        admin
            .get("/api/admin/node-operators/" + committeeId)
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(history.getBoolean("active")).isFalse();
    assertThat(history.getString("unboundBy")).isEqualTo(adminId);
    assertThat(
            rows(
                "select node_id, bound_by, unbound_by from node_operator_binding where subject = ?",
                committeeId))
        .containsExactly(NODE + "|" + adminId + "|" + adminId);
  }

  @Test
  void meRecordsPeopleButNotNodeTokens() throws SQLException {
    JsonObject me = researcher.get("/api/me").json();
    assertThat(me.getJsonObject("user").getString("email")).isEqualTo(RESEARCHER_EMAIL);
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("RESEARCHER");
    assertThat(rows("select email from hub_user where subject = ?", researcherId))
        .containsExactly(RESEARCHER_EMAIL);

    String token =
        admin
            .post("/api/nodes/" + NODE + "/tokens", "{\"label\":\"projects test\"}")
            .json()
            .getString("token");
    JsonObject asNode = HubClient.bearer(token).get("/api/me").json();
    assertThat(asNode.getBoolean("authenticated")).isTrue();
    assertThat(absent(asNode, "user")).isTrue();
    assertThat(asNode.getJsonArray("projects")).isEmpty();
    assertThat(rows("select subject from hub_user where subject like 'node-token:%'")).isEmpty();
    JsonObject anon = anonymous.get("/api/me").json();
    assertThat(anon.getBoolean("authenticated")).isFalse();
    assertThat(anon.getJsonArray("projects")).isEmpty();
  }

  private static String project(String code) {
    return "{\"code\":\"" + code + "\",\"title\":\"Project " + code + "\"}";
  }

  private static String email(String address) {
    return "{\"email\":\"" + address + "\"}";
  }

  /** JSON-B leaves null values out. */
  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private static JsonObject assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    return reply.json();
  }

  private static List<String> memberSubjects(JsonObject project) {
    return project.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getJsonObject("person").getString("subject"))
        .toList();
  }

  private static List<String> codes(Reply list) {
    assertThat(list.status()).isEqualTo(200);
    return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("code"))
        .toList();
  }

  private static List<String> myProjects(String user) {
    return HubClient.as(user)
        .get("/api/me")
        .json()
        .getJsonArray("projects")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(p -> p.getString("code") + ":" + p.getString("role"))
        .toList();
  }

  private static List<String> eventLines(Reply events) {
    assertThat(events.status()).isEqualTo(200);
    return events.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(
            e ->
                e.getInt("seq")
                    + " "
                    + e.getString("type")
                    + " "
                    + e.getJsonObject("actor").getString("subject")
                    + " "
                    + (absent(e, "member") ? "-" : e.getJsonObject("member").getString("subject")))
        .toList();
  }

  /** Rows of a query, their columns joined by '|'. */
  private static List<String> rows(String sql, String... parameters) throws SQLException {
    try (Connection db = RunningHub.database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet r = statement.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> values = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            values.add(String.valueOf(r.getString(c)));
          }
          rows.add(String.join("|", values));
        }
      }
      return rows;
    }
  }
}
