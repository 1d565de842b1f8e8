package eu.imaginghub.catalogue.security;

import jakarta.enterprise.context.RequestScoped;

/** The viewer of the current request, set once by the web layer's authentication. */
@RequestScoped
public class CurrentViewer {

  private Viewer viewer = Viewer.anonymous();

  public Viewer get() {
    return viewer;
  }

  public void set(Viewer viewer) {
    this.viewer = viewer;
  }
}
