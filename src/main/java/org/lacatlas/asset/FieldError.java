package org.lacatlas.asset;

/**
 * One thing wrong with what was sent, in problem+json's {@code errors} array.
 *
 * @param row the 1-based data row (CSV) or feature (GeoJSON) of an import; null for a
 * single asset
 * @param field the property at fault, as the API names it ({@code name}, {@code email},
 * {@code location}, ...)
 * @param message what is wrong, for a person
 */
record FieldError(Integer row, String field, String message) {

	static FieldError of(String field, String message) {
		return new FieldError(null, field, message);
	}

	FieldError inRow(int row) {
		return new FieldError(row, field, message);
	}

	@Override
	public String toString() {
		return (row == null ? "" : "row " + row + ": ") + field + ": " + message;
	}

}
