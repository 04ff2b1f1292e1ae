package org.lacatlas.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * Writes what a search matches, every row, as CSV or GeoJSON. Rows are written as they
 * are read, inside {@link AssetCatalogue}'s read-only transaction.
 */
@Component
class AssetExports {

	private final AssetRepository assets;

	private final ObjectMapper json;

	AssetExports(AssetRepository assets, ObjectMapper json) {
		this.assets = assets;
		this.json = json;
	}

	void csv(AssetFilter filter, boolean staff, Writer out) throws IOException {
		CSVPrinter csv = AssetCsv.printer(out);
		assets.each(filter, staff, feature -> {
			try {
				csv.printRecord(AssetCsv.row(parse(feature)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	void geoJson(AssetFilter filter, boolean staff, Writer out) throws IOException {
		String attribution = assets.attribution(filter.council());
		out.write("{\"type\":\"FeatureCollection\"");
		if (attribution != null) {
			out.write(",\"attribution\":" + json.writeValueAsString(attribution));
		}
		out.write(",\"features\":[");
		boolean[] first = { true };
		assets.each(filter, staff, feature -> {
			try {
				out.write(first[0] ? "\n" : ",\n");
				out.write(feature);
				first[0] = false;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.write("\n]}\n");
		out.flush();
	}

	private JsonNode parse(String feature) {
		try {
			return json.readTree(feature);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
