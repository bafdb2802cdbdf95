package vn.thuocdo.audit;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A capability's refusal ({@link AccessDenied}: another unit's task or round, a missing role) is audited once, where
 * it leaves the capability bean that raised it, whoever called: a view, the REST API or another capability. One
 * place instead of a line in every capability, and it cannot be forgotten in the next one.
 * <p>
 * Caught at the capability boundary rather than where it is created ({@link Actor#require} and a few
 * {@code new AccessDenied} have no Spring context to write with) or where the API and the views catch it (views
 * catch it in many places to show a refusal on the page). A Spring AOP advisor, not an AspectJ aspect: the
 * application has no weaver, and as an infrastructure advisor it joins the proxies Spring already makes for
 * {@code @Transactional}.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    /** A refusal passing several capability beans (one calls the other) is one event: the innermost, the most precise. */
    private static final Set<Throwable> AUDITED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor capabilityRefusalAdvisor(ObjectProvider<AuditLog> audit) {
        StaticMethodMatcherPointcutAdvisor advisor = new StaticMethodMatcherPointcutAdvisor() {
            @Override
            public boolean matches(Method method, Class<?> type) {
                return Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
            }
        };
        advisor.setClassFilter(RefusalAuditing::isCapability);
        advisor.setAdvice((MethodInterceptor) invocation -> {
            try {
                return invocation.proceed();
            } catch (AccessDenied refused) {
                if (AUDITED.add(refused)) {
                    Actor actor = actorAmong(invocation.getArguments());
                    if (actor == null) {
                        actor = new Actor(refused.username(), null, null, Set.of());
                    }
                    Method method = invocation.getMethod();
                    audit.getObject().refused(actor, "call", refused.needed(),
                            capability(invocation.getThis(), method) + "." + method.getName());
                }
                throw refused;
            }
        });
        // Outside the transaction: the refused action has rolled back when the refusal is written on its own.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Capability beans: Spring components of this application outside the web layer that a proxy can extend. */
    private static boolean isCapability(Class<?> type) {
        String name = type.getName();
        return name.startsWith("vn.thuocdo.") && !name.startsWith("vn.thuocdo.web.") && !name.contains(".ui.")
                && !Modifier.isFinal(type.getModifiers()) && !type.isRecord()
                && AnnotatedElementUtils.hasAnnotation(type, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                && takesAnActor(type);
    }

    /** Refusals are decisions about a person: only beans whose API takes an {@link Actor} make them. */
    private static boolean takesAnActor(Class<?> type) {
        for (Method method : type.getMethods()) {
            for (Class<?> parameter : method.getParameterTypes()) {
                if (parameter == Actor.class) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Actor actorAmong(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Actor actor) {
                return actor;
            }
        }
        return null;
    }

    /** The capability's name (its package), not the implementation class: {@code sampling.submit}, {@code workflow.open}. */
    private static String capability(Object bean, Method method) {
        Class<?> type = bean == null ? method.getDeclaringClass() : AopUtils.getTargetClass(bean);
        String name = type.getPackageName().substring("vn.thuocdo.".length());
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
