package dev.retort.autoconfigure.aot;

import dev.retort.JavaRevision;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * For each {@link JavaRevision} bean, makes its {@code @Revision} annotation readable and its bytecode (the default
 * checksum) available in a native image. Registered in {@code META-INF/spring/aot.factories}.
 */
class JavaRevisionBeanAotProcessor implements BeanRegistrationAotProcessor {

    @Override
    public BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
        Class<?> type = registeredBean.getBeanClass();
        if (!JavaRevision.class.isAssignableFrom(type)) {
            return null;
        }
        return (generationContext, code) -> register(generationContext.getRuntimeHints(), TypeReference.of(type));
    }

    static void register(RuntimeHints hints, TypeReference type) {
        hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
        hints.resources().registerType(type);
    }
}
