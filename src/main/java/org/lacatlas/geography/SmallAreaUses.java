package org.lacatlas.geography;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by each module whose data names small areas (a neighbourhood plan, saved
 * scenarios): before an import removes areas, the importer asks every implementation what
 * uses them, and refuses the import listing the answers rather than break what was built
 * on them.
 */
public interface SmallAreaUses {

	/**
	 * What uses any of {@code codes} (small areas of {@code authority} that the new files
	 * no longer have), as sentences a council officer can act on; empty when nothing
	 * does.
	 */
	List<String> usesOf(String authority, Collection<String> codes);

}
