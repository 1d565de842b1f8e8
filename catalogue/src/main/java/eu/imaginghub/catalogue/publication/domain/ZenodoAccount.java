package eu.imaginghub.catalogue.publication.domain;

/** Where and as whom the hub deposits: the API's base URL and an access token. */
public record ZenodoAccount(String url, String token) {

  public ZenodoAccount {
    if (url == null || url.isBlank() || token == null || token.isBlank()) {
      throw new IllegalArgumentException("a Zenodo account has a URL and a token");
    }
    url = url.strip().replaceAll("/+$", "");
  }

  @Override
  public String toString() {
    return "ZenodoAccount[" + url + "]"; // never the token
  }
}
