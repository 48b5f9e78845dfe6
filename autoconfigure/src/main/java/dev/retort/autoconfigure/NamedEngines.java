package dev.retort.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The engines of {@code retort.datasources.<name>.*} and of {@code @RetortDataSource("<name>")} DataSource beans: one
 * {@code <name>Retort} bean each, with the single-engine properties per name.
 */
final class NamedEngines {

    static final String PREFIX = "retort.datasources";

    /** What a named engine's bean name ends with: {@code <name>Retort}. */
    static final String BEAN_NAME_SUFFIX = "Retort";

    private NamedEngines() {
    }

    /** {@return the engine bean's name for {@code retort.datasources.<name>}} */
    static String beanName(String name) {
        return name + BEAN_NAME_SUFFIX;
    }

    /** {@return the names of the named engines, in order} */
    static Set<String> names(Environment environment, ListableBeanFactory beans) {
        Set<String> names = new TreeSet<>();
        Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, RetortProperties.class))
                .ifBound(engines -> names.addAll(engines.keySet()));
        names.addAll(qualifiedNames(beans));
        return names;
    }

    /** {@return one named engine's properties: {@code retort.datasources.<name>.*} over the defaults} */
    static RetortProperties properties(Environment environment, String name) {
        RetortProperties p = new RetortProperties();
        p.setLocations(new ArrayList<>(List.of("classpath:db/revisions/" + name)));
        return Binder.get(environment).bind(PREFIX + "." + name, Bindable.ofInstance(p)).orElse(p);
    }

    /** {@return the names of {@code @RetortDataSource("<name>")} DataSource beans, without creating any bean} */
    static List<String> qualifiedNames(ListableBeanFactory beans) {
        List<String> names = new ArrayList<>();
        for (String bean : beans.getBeanNamesForType(DataSource.class, true, false)) {
            RetortDataSource q = beans.findAnnotationOnBean(bean, RetortDataSource.class, false);
            if (q != null && !q.value().isEmpty()) {
                names.add(q.value());
            }
        }
        return names;
    }

    /** {@return the DataSource bean qualified {@code @RetortDataSource("<name>")}, or null} */
    static DataSource qualified(ListableBeanFactory beans, String name) {
        for (String bean : beans.getBeanNamesForType(DataSource.class, true, false)) {
            RetortDataSource q = beans.findAnnotationOnBean(bean, RetortDataSource.class, false);
            if (q != null && q.value().equals(name)) {
                return beans.getBean(bean, DataSource.class);
            }
        }
        return null;
    }
}
