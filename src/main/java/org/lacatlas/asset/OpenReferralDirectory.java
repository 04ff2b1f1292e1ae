package org.lacatlas.asset;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's published assets as an Open Referral UK directory (HSDS 3.0, UK profile):
 * paged lists of services and each service in full, one council's at a time. Only
 * published assets are ever in it, so it is the same for everyone who may read it.
 */
@Service
public class OpenReferralDirectory {

	static final String VERSION = "3.0";

	static final String PROFILE = "https://github.com/openreferral/uk-profile";

	private final OpenReferralRepository services;

	private final AssetCategories categories;

	OpenReferralDirectory(OpenReferralRepository services, AssetCategories categories) {
		this.services = services;
		this.categories = categories;
	}

	/** A {@code /services} page: one-to-one members of each service. */
	@Transactional(readOnly = true)
	public ObjectNode services(String council, OpenReferralQuery query) {
		Optional<OpenReferralRepository.Filter> filter = filter(council, query);
		List<OpenReferralRow> rows = filter.map(f -> services.page(f, query.perPage(), query.offset()))
			.orElse(List.of());
		long total = filter.map(services::count).orElse(0L);
		ObjectNode page = page(council, total, query.page(), rows.size(),
				(total + query.perPage() - 1) / query.perPage());
		var contents = page.putArray("contents");
		rows.forEach(r -> contents.add(OpenReferralExport.listed(r)));
		return page;
	}

	/** One service with everything it embeds, if its asset is published. */
	@Transactional(readOnly = true)
	public Optional<ObjectNode> service(String council, String id) {
		var asset = OpenReferralIds.assetOf(id);
		return asset.isEmpty() ? Optional.empty()
				: services.published(council, asset.getAsLong()).map(OpenReferralExport::full);
	}

	/** Every published service in full, in one page: the download. */
	@Transactional(readOnly = true)
	public ObjectNode everything(String council) {
		var all = new OpenReferralRepository.Filter(council, null, null, null, false);
		List<OpenReferralRow> rows = services.page(all, Integer.MAX_VALUE, 0);
		ObjectNode page = page(council, rows.size(), 1, rows.size(), 1);
		var contents = page.putArray("contents");
		rows.forEach(r -> contents.add(OpenReferralExport.full(r)));
		return page;
	}

	/** The filter the query asks for, or empty when no service can match it. */
	private Optional<OpenReferralRepository.Filter> filter(String council, OpenReferralQuery query) {
		if (query.unrecorded()) {
			return Optional.empty();
		}
		String category = null, tag = null;
		boolean tagged = false;
		if (query.taxonomyId() != null) {
			if (query.taxonomyId().equals(OpenReferralIds.taxonomy(OpenReferralIds.TAG_TAXONOMY))) {
				tagged = true;
			}
			else if (!query.taxonomyId().equals(OpenReferralIds.taxonomy(OpenReferralIds.CATEGORY_TAXONOMY))) {
				return Optional.empty();
			}
		}
		if (query.termId() != null) {
			category = categories.codes()
				.stream()
				.filter(code -> OpenReferralIds.category(code).equals(query.termId()))
				.findFirst()
				.orElse(null);
			if (category == null) {
				tag = services.tags(council)
					.stream()
					.filter(t -> OpenReferralIds.tag(t).equals(query.termId()))
					.findFirst()
					.orElse(null);
				if (tag == null) {
					return Optional.empty();
				}
			}
		}
		List<String> words = AssetQuery.words(query.search());
		String tsquery = words.isEmpty() ? null : String.join(" & ", words.stream().map(w -> w + ":*").toList());
		return Optional.of(new OpenReferralRepository.Filter(council, tsquery, category, tag, tagged));
	}

	private ObjectNode page(String council, long total, int number, int size, long pages) {
		ObjectNode page = JsonNodeFactory.instance.objectNode()
			.put("total_items", total)
			.put("total_pages", pages)
			.put("page_number", number)
			.put("size", size)
			.put("first_page", number == 1)
			.put("last_page", number >= pages)
			.put("empty", size == 0);
		String attribution = services.attribution(council);
		if (attribution != null) {
			page.put("attribution", attribution);
		}
		return page;
	}

}
