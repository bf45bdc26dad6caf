package org.corporateparenting.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Log lines as production writes them: Spring Boot's structured JSON encoder, in the given format, on every line
 * logged while it is open. Logging starts once per test JVM, so a test cannot switch the console to JSON for
 * itself; this appender sits beside the console instead, with the same encoder the console uses in production.
 */
class StructuredLogCapture implements AutoCloseable {

	private final ByteArrayOutputStream written = new ByteArrayOutputStream();

	private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

	private final ch.qos.logback.classic.Logger root;

	private final JsonMapper json = JsonMapper.builder().build();

	StructuredLogCapture(String format) {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(logging);
		encoder.setFormat(format);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();
		appender.setContext(logging);
		appender.setEncoder(encoder);
		appender.setOutputStream(written);
		appender.start();
		root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
		root.addAppender(appender);
	}

	/** Every line logged so far, each parsed as the JSON object it is. */
	List<JsonNode> lines() {
		return written.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

	@Override
	public void close() {
		root.detachAppender(appender);
		appender.stop();
	}
}
