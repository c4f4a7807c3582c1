package mturk.reactive.samples.webflux;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.notification.NotificationVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The WebFlux sample application. Properties: {@code mturk.endpoint} (default the sandbox), {@code mturk.access-key}
 * and {@code mturk.secret-key} (default the AWS environment variables), {@code mturk.notification.max-age} (how old
 * a notification's timestamp may be, default 15 minutes).
 *
 * <p>Run it with {@code mvn -pl samples -am spring-boot:run} or from an IDE; see {@code samples/README.md}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class MTurkWebFluxApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(MTurkWebFluxApplication.class, args);
    }

    /** The SDK client, closed with the application context. */
    @Bean(destroyMethod = "close")
    MTurkClient mturkClient(@Value("${mturk.endpoint:https://mechanicalturk.sandbox.amazonaws.com/}") URI endpoint,
                            @Value("${mturk.access-key:${AWS_ACCESS_KEY_ID:}}") String accessKey,
                            @Value("${mturk.secret-key:${AWS_SECRET_ACCESS_KEY:}}") String secretKey) {
        return MTurkClient.builder().endpoint(Endpoint.of(endpoint)).credentials(Credentials.of(accessKey, secretKey))
                .build();
    }

    /** Verifies REST notifications with the requester's secret key. */
    @Bean
    NotificationVerifier notificationVerifier(@Value("${mturk.access-key:${AWS_ACCESS_KEY_ID:}}") String accessKey,
                                              @Value("${mturk.secret-key:${AWS_SECRET_ACCESS_KEY:}}") String secretKey,
                                              @Value("${mturk.notification.max-age:PT15M}") Duration maxAge) {
        return new NotificationVerifier(Credentials.of(accessKey, secretKey), Clock.systemUTC(), maxAge);
    }
}
