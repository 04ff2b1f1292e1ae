package org.lacatlas.asset;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Published assets as Open Referral UK / HSDS 3 services, in the shape of its
 * {@code /services} list (one page holding every service). Each asset is a service, run
 * by an organisation of the same name (LAC Atlas does not model organisations), at one
 * physical location. Opening times are free text, so they become a schedule's
 * {@code description}; cost becomes {@code fees_description}; category and tags become
 * {@code attributes} with taxonomy terms. Ids are name-based UUIDs of the asset id, so
 * they are stable between exports.
 */
final class OpenReferralExport {

	static final String TAXONOMY = "LAC Atlas community asset categories";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Map<String, String> FEES = Map.of("free", "Free", "low", "Low cost", "paid", "Paid");

	private final ArrayNode contents = NODES.arrayNode();

	private final String council;

	/**
	 * @param council the council's name, used as the addresses' region
	 */
	OpenReferralExport(String council) {
		this.council = council;
	}

	static String id(JsonNode feature, String part) {
		String name = "lacatlas:asset:" + feature.path("id").asText() + ":" + part;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Adds one published asset (a GeoJSON Feature from the asset API). */
	void add(JsonNode feature) {
		JsonNode p = feature.path("properties");
		ObjectNode service = NODES.objectNode().put("id", id(feature, "service"));
		copy(p, "name", service, "name");
		copy(p, "description", service, "description");
		copy(p, "website", service, "url");
		copy(p, "email", service, "email");
		service.put("status", "active");
		service.put("fees_description", FEES.get(p.path("cost").asText()));
		copy(p, "audience", service, "eligibility_description");
		copy(p, "lastVerified", service, "assured_date");
		copy(p, "updatedAt", service, "last_modified");
		ObjectNode organization = service.putObject("organization").put("id", id(feature, "organization"));
		copy(p, "name", organization, "name");
		organization.put("description", p.path("description").asText(p.path("name").asText()));
		copy(p, "website", organization, "website");
		copy(p, "email", organization, "email");
		ArrayNode phones = phones(feature, p);
		service.set("phones", phones);
		service.set("schedules", schedules(feature, p));
		if (p.hasNonNull("email") || !phones.isEmpty()) {
			ObjectNode contact = service.putArray("contacts").addObject().put("id", id(feature, "contact"));
			copy(p, "name", contact, "name");
			copy(p, "email", contact, "email");
			contact.set("phones", phones.deepCopy());
		}
		else {
			service.putArray("contacts");
		}
		service.putArray("service_at_locations")
			.addObject()
			.put("id", id(feature, "service_at_location"))
			.set("location", location(feature, p));
		service.set("attributes", attributes(feature, p));
		contents.add(service);
	}

	private ArrayNode phones(JsonNode feature, JsonNode p) {
		ArrayNode phones = NODES.arrayNode();
		if (p.hasNonNull("phone")) {
			phones.addObject()
				.put("id", id(feature, "phone"))
				.put("number", p.get("phone").asText())
				.put("type", "voice");
		}
		return phones;
	}

	private ArrayNode schedules(JsonNode feature, JsonNode p) {
		ArrayNode schedules = NODES.arrayNode();
		if (p.hasNonNull("openingTimes")) {
			schedules.addObject().put("id", id(feature, "schedule")).put("description", p.get("openingTimes").asText());
		}
		return schedules;
	}

	private ObjectNode location(JsonNode feature, JsonNode p) {
		JsonNode coordinates = feature.path("geometry").path("coordinates");
		ObjectNode location = NODES.objectNode()
			.put("id", id(feature, "location"))
			.put("location_type", "physical")
			.put("name", p.path("name").asText())
			.put("latitude", coordinates.path(1).asDouble())
			.put("longitude", coordinates.path(0).asDouble());
		ObjectNode address = location.putArray("addresses").addObject().put("id", id(feature, "address"));
		address.put("address_1", p.path("address").asText(""))
			.put("city", p.path("wardName").asText(""))
			.put("region", council)
			.put("state_province", council)
			.put("postal_code", p.path("postcode").asText(""))
			.put("country", "GB")
			.put("address_type", "physical");
		ArrayNode accessibility = location.putArray("accessibility");
		if (p.hasNonNull("accessibility")) {
			accessibility.addObject()
				.put("id", id(feature, "accessibility"))
				.put("description", p.get("accessibility").asText());
		}
		return location;
	}

	private ArrayNode attributes(JsonNode feature, JsonNode p) {
		ArrayNode attributes = NODES.arrayNode();
		ObjectNode category = attributes.addObject().put("id", id(feature, "category"));
		category.putObject("taxonomy_term")
			.put("id",
					UUID.nameUUIDFromBytes(
							("lacatlas:category:" + p.path("category").asText()).getBytes(StandardCharsets.UTF_8))
						.toString())
			.put("code", p.path("category").asText())
			.put("term", p.path("categoryLabel").asText())
			.put("taxonomy", TAXONOMY);
		for (JsonNode tag : p.path("tags")) {
			attributes.addObject()
				.put("id", id(feature, "tag:" + tag.asText()))
				.put("value", tag.asText())
				.putObject("taxonomy_term")
				.put("term", tag.asText())
				.put("taxonomy", "free tags");
		}
		return attributes;
	}

	private static void copy(JsonNode from, String field, ObjectNode to, String as) {
		if (from.hasNonNull(field)) {
			to.put(as, from.get(field).asText());
		}
	}

	/** The {@code /services} page: every service on page 1. */
	ObjectNode page(String attribution) {
		int n = contents.size();
		ObjectNode page = NODES.objectNode()
			.put("total_items", n)
			.put("total_pages", 1)
			.put("page_number", 1)
			.put("size", n)
			.put("first_page", true)
			.put("last_page", true)
			.put("empty", n == 0);
		if (attribution != null) {
			page.put("attribution", attribution);
		}
		page.set("contents", contents);
		return page;
	}

}
