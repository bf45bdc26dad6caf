package org.corporateparenting.platform.local;

import java.util.Properties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local profile's mail server: an SMTP server in the platform's own process, on a free port of the loopback
 * address, which keeps what the platform sends for the demo's mailbox page ({@code /dev/mailbox}) and for the tests.
 * Nothing leaves the machine.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalMailConfiguration {

	@Bean(destroyMethod = "stop")
	GreenMail localMailServer() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	@Bean
	JavaMailSender localMailSender(GreenMail localMailServer) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(localMailServer.getSmtp().getPort());
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}
}
