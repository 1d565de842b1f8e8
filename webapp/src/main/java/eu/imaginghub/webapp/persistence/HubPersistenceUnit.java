package eu.imaginghub.webapp.persistence;

import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeChange;
import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.notification.domain.Notification;
import eu.imaginghub.access.notification.domain.OutboxMail;
import eu.imaginghub.access.operator.domain.OperatorBinding;
import eu.imaginghub.access.project.domain.Project;
import eu.imaginghub.access.project.domain.ProjectEvent;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.RequestAttachment;
import eu.imaginghub.access.request.domain.RequestEvent;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.user.domain.User;
import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetLifecycleEvent;
import eu.imaginghub.catalogue.dataset.domain.DatasetVersion;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverride;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.RunRecord;
import eu.imaginghub.harvester.source.domain.HarvestSource;
import eu.imaginghub.harvester.token.domain.NodeToken;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.webapp.security.session.HubSession;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The one persistence unit of the hub, described in code so that its settings (database, search
 * engine) come from configuration. Entity classes of every module are listed here, the assembly.
 */
final class HubPersistenceUnit implements PersistenceUnitInfo {

  static final List<Class<?>> ENTITIES =
      List.of(
          ChainHead.class,
          Trace.class,
          AnchorBatch.class,
          ChainContract.class,
          Node.class,
          Dataset.class,
          DatasetVersion.class,
          DatasetLifecycleEvent.class,
          Publication.class,
          NodeZenodoOverride.class,
          HarvestSource.class,
          HarvestRun.class,
          RunRecord.class,
          RecordProvenance.class,
          NodeToken.class,
          User.class,
          Project.class,
          ProjectEvent.class,
          OperatorBinding.class,
          Committee.class,
          CommitteeChange.class,
          AccessRequest.class,
          RequestPart.class,
          RequestEvent.class,
          Entitlement.class,
          SigningKey.class,
          DatasetUse.class,
          OutboxMail.class,
          Notification.class,
          RequestAttachment.class,
          HubSession.class);

  private final DataSource dataSource;
  private final Properties properties;

  HubPersistenceUnit(DataSource dataSource, Properties properties) {
    this.dataSource = dataSource;
    this.properties = properties;
  }

  @Override
  public String getPersistenceUnitName() {
    return "hub";
  }

  @Override
  public String getPersistenceProviderClassName() {
    return "org.hibernate.jpa.HibernatePersistenceProvider";
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.JTA;
  }

  @Override
  public DataSource getJtaDataSource() {
    return dataSource;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return null;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return null;
  }

  @Override
  public List<String> getManagedClassNames() {
    return ENTITIES.stream().map(Class::getName).toList();
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return properties;
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.1";
  }

  @Override
  public ClassLoader getClassLoader() {
    return HubPersistenceUnit.class.getClassLoader();
  }

  /** No bytecode enhancement: its class transformer breaks inside the container's class loader. */
  @Override
  public void addTransformer(ClassTransformer transformer) {}

  @Override
  public ClassLoader getNewTempClassLoader() {
    return getClassLoader();
  }
}
