package dev.retort.autoconfigure;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/** Registers a {@code <name>Retort} engine bean per {@link NamedEngines named engine}. */
class NamedEnginesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

    private Environment environment;
    private ListableBeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ListableBeanFactory) beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        for (String name : NamedEngines.names(environment, beanFactory)) {
            String bean = NamedEngines.beanName(name);
            if (!registry.containsBeanDefinition(bean)) {
                registry.registerBeanDefinition(bean, new RootBeanDefinition(Retort.class, () -> engine(name, bean)));
            }
        }
    }

    private Retort engine(String name, String bean) {
        RetortProperties properties = NamedEngines.properties(environment, name);
        ClassLoader classLoader = ((ConfigurableBeanFactory) beanFactory).getBeanClassLoader();
        MigrationDataSources.Migration migration = new MigrationDataSources(classLoader).resolve(
                NamedEngines.qualified(beanFactory, name), beanFactory.getBeanProvider(DataSource.class),
                new PropertiesRetortConnectionDetails(properties), beanFactory.getBeanProvider(JdbcConnectionDetails.class));
        // Java revision beans belong to the single engine's graph; a named engine reads its locations only.
        List<MigrationListener> listeners = beanFactory.getBeanProvider(MigrationListener.class).orderedStream().toList();
        return RetortAutoConfiguration.build(bean, properties, migration, classLoader, List.of(), listeners,
                beanFactory.getBeanProvider(RetortConfigurationCustomizer.class).orderedStream().toList(), environment,
                beanFactory, () -> null);
    }
}
