package eu.imaginghub.access.project.domain;

import java.util.List;
import java.util.Optional;

/** All projects. */
public interface ProjectRepository {

  Optional<Project> find(ProjectCode code);

  /** Every project, by code. */
  List<Project> all();

  /** The projects this person leads or belongs to, by code. */
  List<Project> of(String subject);

  void add(Project project);
}
