package vn.thuocdo.questions.site;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The questions and feedback pages' addresses, and their form guard ahead of every other filter. */
@Configuration(proxyBeanMethods = false)
class QuestionsSite {

    static final String QUESTIONS = "/cong-khai/hoi-dap";
    static final String FEEDBACK = "/cong-khai/gop-y";
    static final String RECEIVED = "/da-gui";

    static boolean ours(String path) {
        return path.equals(QUESTIONS) || path.startsWith(QUESTIONS + "/") || path.equals(FEEDBACK)
                || path.startsWith(FEEDBACK + "/");
    }

    @Bean
    FilterRegistrationBean<PostedForm> questionsPostedForm() {
        FilterRegistrationBean<PostedForm> registration = new FilterRegistrationBean<>(new PostedForm());
        // Before Spring Security and anything else that could ask the container to parse the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns(QUESTIONS, QUESTIONS + "/*", FEEDBACK, FEEDBACK + "/*");
        return registration;
    }
}
