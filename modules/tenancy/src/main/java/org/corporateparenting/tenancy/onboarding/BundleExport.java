package org.corporateparenting.tenancy.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A council's records as a bundle of its files, in the formats onboarding reads: {@code council.yaml} from the
 * registry and each module's file from the module ({@link StarterExport}). Onboarding the bundle makes a copy of the
 * council, so a council can take its records to another platform, or rehearse a change on a copy.
 */
@Service
public class BundleExport {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	private final Councils councils;

	private final ObjectProvider<StarterExport> exports;

	BundleExport(Councils councils, ObjectProvider<StarterExport> exports) {
		this.councils = councils;
		this.exports = exports;
	}

	/** The files of the current council by name, {@code council.yaml} first; a module with nothing writes no file. */
	public Map<String, String> files() {
		Council council = councils.find(CouncilContext.require()).orElseThrow();
		Map<String, String> files = new LinkedHashMap<>();
		files.put(CouncilBundle.COUNCIL, YAML.writeValueAsString(new OnboardingRequest(council.slug(), council.name(),
				council.onsCode(), council.region(), council.partnerships(), council.trustedIssuers())));
		exports.orderedStream()
			.sorted(Comparator.comparing(StarterExport::file))
			.forEach(module -> module.export()
				.ifPresent(content -> files.put(module.file(), YAML.writeValueAsString(content))));
		return files;
	}

	/** The current council's files as one zip, each file in a folder named after the council. */
	public byte[] zip() {
		String folder = CouncilContext.require() + "/";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files().entrySet()) {
				zip.putNextEntry(new ZipEntry(folder + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}
}
