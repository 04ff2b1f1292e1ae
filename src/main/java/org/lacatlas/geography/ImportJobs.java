package org.lacatlas.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports started from the admin page run one at a time in the background (an import
 * holds a lock on the geography anyway); the page follows their progress. A service
 * administrator may import any council; a council's administrator only their own.
 */
@Service
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/**
	 * Who starts or reads an import: a council's administrator, or a service
	 * administrator (council null).
	 */
	record Importer(String username, String council) {
	}

	private final GeographyImporter importer;

	private final ImportJobRepository jobs;

	private final ObjectMapper json;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "council-import");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Progress is written beside the import's transaction, so others see it while it
	 * runs.
	 */
	private final TransactionTemplate beside;

	ImportJobs(GeographyImporter importer, ImportJobRepository jobs, ObjectMapper json,
			PlatformTransactionManager transactions) {
		this.importer = importer;
		this.jobs = jobs;
		this.json = json;
		this.beside = new TransactionTemplate(transactions);
		this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Stores the upload and queues its import.
	 * @throws GeographyImportException when the upload itself is unusable
	 */
	ImportJob start(List<MultipartFile> files, Importer who) {
		UploadedCouncil upload = UploadedCouncil.of(files);
		String council;
		try {
			council = councilOf(upload);
			if (who.council() != null && !who.council().equals(council)) {
				throw new GeographyProblem.ImportForOtherCouncil("This manifest is for council " + council
						+ "; you administer " + who.council() + " only. A service administrator adds other councils.");
			}
		}
		catch (RuntimeException ex) {
			upload.close();
			throw ex;
		}
		ImportJob job = ImportJob.queued(UUID.randomUUID(), council, who.username());
		jobs.insert(job);
		worker.submit(() -> run(job, upload));
		return job;
	}

	ImportJob get(UUID id, Importer who) {
		return jobs.find(id)
			.filter(job -> who.council() == null || who.council().equals(job.council()))
			.orElseThrow(() -> new GeographyProblem.ImportNotFound(id));
	}

	private void run(ImportJob job, UploadedCouncil upload) {
		try (upload) {
			int[] step = { 0 };
			ImportReport report = importer.importCouncil(new FileSystemResource(upload.manifest()), job.startedBy(),
					name -> beside.executeWithoutResult(status -> jobs.step(job.id(), ++step[0], name)));
			jobs.finish(job.id(), "done", List.of(), report);
		}
		catch (GeographyImportException ex) {
			jobs.finish(job.id(), "refused", ex.problems(), null);
		}
		catch (RuntimeException ex) {
			log.error("Import {} of council {} failed", job.id(), job.council(), ex);
			jobs.finish(job.id(), "failed",
					List.of("Something went wrong on the server; it has been logged. Nothing was changed."), null);
		}
	}

	/**
	 * The manifest's council code, read before queuing so the right people may start it.
	 */
	private String councilOf(UploadedCouncil upload) {
		try (InputStream in = Files.newInputStream(upload.manifest())) {
			JsonNode code = json.readTree(in).path("authority").path("code");
			if (!code.isTextual() || !code.asText().matches("[A-Za-z0-9]{1,20}")) {
				throw new GeographyImportException(
						List.of(upload.manifest().getFileName() + ": 'authority.code' is missing or not a code"));
			}
			return code.asText();
		}
		catch (IOException ex) {
			throw new GeographyImportException(List
				.of(upload.manifest().getFileName() + ": not a valid council manifest (" + ex.getMessage() + ")"));
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
