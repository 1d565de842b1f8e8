package eu.imaginghub.access.project.infrastructure;

import eu.imaginghub.access.project.domain.Project;
import eu.imaginghub.access.project.domain.ProjectCode;
import eu.imaginghub.access.project.domain.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Project> find(ProjectCode code) {
    return Optional.ofNullable(em.find(Project.class, code.value()));
  }

  @Override
  public List<Project> all() {
    return em.createQuery("select p from Project p order by p.code", Project.class).getResultList();
  }

  @Override
  public List<Project> of(String subject) {
    return em.createQuery(
            "select p from Project p where p.piSubject = :s or exists (select 1 from Project q"
                + " join q.members m where q = p and m.memberSubject = :s) order by p.code",
            Project.class)
        .setParameter("s", subject)
        .getResultList();
  }

  @Override
  public void add(Project project) {
    em.persist(project);
  }
}
