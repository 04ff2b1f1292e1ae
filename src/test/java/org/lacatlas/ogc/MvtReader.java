package org.lacatlas.ogc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Mapbox vector tile (spec 2.1) as the tests need it: layers, features with their
 * properties typed as encoded (String, Double, Long or Boolean), and each feature's
 * geometry as points in tile units. A minimal protocol-buffers reader, test code only.
 */
public final class MvtReader {

	/**
	 * @param id the feature's id (field 1), or null when it has none
	 */
	public record Feature(Map<String, Object> properties, int type, List<int[]> points, Long id) {
	}

	public record Layer(String name, int extent, List<Feature> features) {
	}

	private final ByteBuffer in;

	private MvtReader(byte[] bytes, int from, int to) {
		this.in = ByteBuffer.wrap(bytes, from, to - from).slice().order(ByteOrder.LITTLE_ENDIAN);
	}

	/** The tile's layers by name. */
	public static Map<String, Layer> read(byte[] tile) {
		Map<String, Layer> layers = new LinkedHashMap<>();
		MvtReader r = new MvtReader(tile, 0, tile.length);
		while (r.in.hasRemaining()) {
			long key = r.varint();
			if (key >>> 3 == 3 && (key & 7) == 2) {
				Layer layer = r.message().layer();
				layers.put(layer.name(), layer);
			}
			else {
				r.skip((int) (key & 7));
			}
		}
		return layers;
	}

	private Layer layer() {
		String name = null;
		int extent = 4096;
		List<String> keys = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		List<MvtReader> features = new ArrayList<>();
		while (in.hasRemaining()) {
			long key = varint();
			switch ((int) (key >>> 3)) {
				case 1 -> name = message().string();
				case 2 -> features.add(message());
				case 3 -> keys.add(message().string());
				case 4 -> values.add(message().value());
				case 5 -> extent = (int) varint();
				default -> skip((int) (key & 7));
			}
		}
		List<Feature> read = new ArrayList<>();
		for (MvtReader f : features) {
			read.add(f.feature(keys, values));
		}
		return new Layer(name, extent, read);
	}

	private Feature feature(List<String> keys, List<Object> values) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<int[]> points = new ArrayList<>();
		int type = 0;
		Long id = null;
		while (in.hasRemaining()) {
			long key = varint();
			switch ((int) (key >>> 3)) {
				case 1 -> id = varint();
				case 2 -> {
					MvtReader tags = message();
					while (tags.in.hasRemaining()) {
						properties.put(keys.get((int) tags.varint()), values.get((int) tags.varint()));
					}
				}
				case 3 -> type = (int) varint();
				case 4 -> points = message().geometry();
				default -> skip((int) (key & 7));
			}
		}
		return new Feature(properties, type, points, id);
	}

	/** MoveTo and LineTo points (ClosePath adds none), in tile units. */
	private List<int[]> geometry() {
		List<int[]> points = new ArrayList<>();
		int x = 0, y = 0;
		while (in.hasRemaining()) {
			long command = varint();
			int id = (int) (command & 7), count = (int) (command >>> 3);
			for (int i = 0; id != 7 && i < count; i++) {
				x += zigzag(varint());
				y += zigzag(varint());
				points.add(new int[] { x, y });
			}
		}
		return points;
	}

	private Object value() {
		Object value = null;
		while (in.hasRemaining()) {
			long key = varint();
			switch ((int) (key >>> 3)) {
				case 1 -> value = message().string();
				case 2 -> value = (double) in.getFloat();
				case 3 -> value = in.getDouble();
				case 4, 5 -> value = varint();
				case 6 -> value = zigzag(varint());
				case 7 -> value = varint() != 0;
				default -> skip((int) (key & 7));
			}
		}
		return value;
	}

	private MvtReader message() {
		int length = (int) varint();
		int start = in.arrayOffset() + in.position();
		in.position(in.position() + length);
		return new MvtReader(in.array(), start, start + length);
	}

	private String string() {
		byte[] bytes = new byte[in.remaining()];
		in.get(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private long varint() {
		long value = 0;
		for (int shift = 0;; shift += 7) {
			byte b = in.get();
			value |= (long) (b & 0x7f) << shift;
			if (b >= 0) {
				return value;
			}
		}
	}

	private static long zigzag(long n) {
		return (n >>> 1) ^ -(n & 1);
	}

	private void skip(int wireType) {
		switch (wireType) {
			case 0 -> varint();
			case 1 -> in.position(in.position() + 8);
			case 2 -> message();
			case 5 -> in.position(in.position() + 4);
			default -> throw new IllegalStateException("Unknown wire type " + wireType);
		}
	}

}
