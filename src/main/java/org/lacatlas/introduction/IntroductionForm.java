package org.lacatlas.introduction;

import java.util.List;

/**
 * An introduction as sent, before checking: text where people type, so that a wrong value
 * gets our message rather than a parser's (which would repeat it).
 */
record IntroductionForm(String date, String source, Integer level, String ageBand, List<String> needs, String sector,
		GridCellForm gridCell, Boolean workedWithOutOfArea) {

	/** A grid cell as sent: side and south-west corner in EPSG:27700 metres. */
	record GridCellForm(Integer size, Integer easting, Integer northing) {
	}

}
