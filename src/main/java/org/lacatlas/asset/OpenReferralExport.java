package org.lacatlas.asset;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lacatlas.asset.OpenReferralIds.Kind;

/**
 * A published asset as an Open Referral UK service (HSDS 3.0 with the UK profile), with
 * only the members the profile keeps, none of them null. Each asset is a service, run by
 * an organisation of the same name (LAC Atlas does not model organisations), at one
 * physical location; the opening times (free text) are a schedule's description, the cost
 * is {@code fees}, the category and free tags are attributes with taxonomy terms. Phone
 * numbers have no place in the profile and are left out.
 */
final class OpenReferralExport {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Map<String, String> FEES = Map.of("free", "Free", "low", "Low cost", "paid", "Paid");

	private OpenReferralExport() {
	}

	/**
	 * The one-to-one members of a service and its organisation: a {@code /services} item.
	 */
	static ObjectNode listed(OpenReferralRow r) {
		ObjectNode service = NODES.objectNode().put("id", OpenReferralIds.service(r.id())).put("name", r.name());
		put(service, "description", r.description());
		put(service, "url", r.website());
		put(service, "email", r.email());
		service.put("status", "active");
		put(service, "fees", r.cost() == null ? null : FEES.get(r.cost()));
		if (r.lastVerified() != null) {
			service.put("assured_date", r.lastVerified().toString());
		}
		if (r.updatedAt() != null) {
			service.put("last_modified", r.updatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		}
		ObjectNode organization = service.putObject("organization")
			.put("id", OpenReferralIds.of(Kind.ORGANIZATION, r.id(), 0))
			.put("name", r.name())
			.put("description", r.description() != null ? r.description() : r.name());
		put(organization, "website", r.website());
		put(organization, "email", r.email());
		return service;
	}

	/** The whole service with everything it embeds: {@code /services/{id}}. */
	static ObjectNode full(OpenReferralRow r) {
		ObjectNode service = listed(r);
		String serviceId = service.get("id").asText();
		ArrayNode schedules = service.putArray("schedules");
		if (r.openingTimes() != null) {
			schedules.addObject()
				.put("id", OpenReferralIds.of(Kind.SCHEDULE, r.id(), 0))
				.put("service_id", serviceId)
				.put("description", r.openingTimes());
		}
		service.putArray("service_areas");
		String locationId = OpenReferralIds.of(Kind.LOCATION, r.id(), 0);
		service.putArray("service_at_locations")
			.addObject()
			.put("id", OpenReferralIds.of(Kind.SERVICE_AT_LOCATION, r.id(), 0))
			.put("service_id", serviceId)
			.put("location_id", locationId)
			.set("location", location(r, locationId));
		service.putArray("languages");
		service.putArray("funding");
		service.putArray("cost_options");
		service.putArray("contacts");
		service.set("attributes", attributes(r, serviceId));
		return service;
	}

	private static ObjectNode location(OpenReferralRow r, String locationId) {
		ObjectNode location = NODES.objectNode()
			.put("id", locationId)
			.put("location_type", "physical")
			.put("name", r.name())
			.put("latitude", Math.round(r.lat() * 1e6) / 1e6)
			.put("longitude", Math.round(r.lon() * 1e6) / 1e6);
		ArrayNode addresses = location.putArray("addresses");
		if (r.address() != null || r.postcode() != null) {
			addresses.addObject()
				.put("id", OpenReferralIds.of(Kind.ADDRESS, r.id(), 0))
				.put("location_id", locationId)
				.put("address_1", r.address() != null ? r.address() : r.name())
				.put("city", r.town() != null ? r.town() : "")
				.put("state_province", r.council() != null ? r.council() : "")
				.put("postal_code", r.postcode() != null ? r.postcode() : "")
				.put("country", "GB")
				.put("address_type", "physical");
		}
		ArrayNode accessibility = location.putArray("accessibility");
		if (r.accessibility() != null) {
			accessibility.addObject()
				.put("id", OpenReferralIds.of(Kind.ACCESSIBILITY, r.id(), 0))
				.put("location_id", locationId)
				.put("description", r.accessibility());
		}
		return location;
	}

	private static ArrayNode attributes(OpenReferralRow r, String serviceId) {
		ArrayNode attributes = NODES.arrayNode();
		attribute(attributes, OpenReferralIds.of(Kind.CATEGORY_ATTRIBUTE, r.id(), 0), serviceId,
				OpenReferralIds.category(r.category()), r.categoryLabel(), r.categoryDescription(),
				OpenReferralIds.CATEGORY_TAXONOMY)
			.put("term", r.category());
		for (int i = 0; i < r.tags().size() && i < 256; i++) {
			String tag = r.tags().get(i);
			attribute(attributes, OpenReferralIds.of(Kind.TAG_ATTRIBUTE, r.id(), i), serviceId,
					OpenReferralIds.tag(tag), tag, "A free tag the council's coordinators gave this asset.",
					OpenReferralIds.TAG_TAXONOMY)
				.put("term", tag);
		}
		return attributes;
	}

	/** Adds an attribute; returns its taxonomy term. */
	private static ObjectNode attribute(ArrayNode attributes, String id, String serviceId, String termId, String name,
			String description, String taxonomy) {
		return attributes.addObject()
			.put("id", id)
			.put("link_id", serviceId)
			.put("link_type", "service")
			.put("taxonomy_term_id", termId)
			.putObject("taxonomy_term")
			.put("id", termId)
			.put("name", name)
			.put("description", description)
			.put("taxonomy", taxonomy)
			.put("taxonomy_id", OpenReferralIds.taxonomy(taxonomy));
	}

	private static void put(ObjectNode node, String field, String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value);
		}
	}

}
