package org.reportbank.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds out how the bytes of a report file are encoded. Government pages come as UTF-8 (with or
 * without BOM), GBK/GB18030, sometimes UTF-16 or Big5; anything else is refused rather than
 * guessed, since a wrong guess silently ruins every offset downstream.
 */
public final class EncodingDetector {

	/** The result of decoding: the text and the name of the encoding it was in. */
	public record Decoded(String text, String encoding) {
	}

	/** Thrown when the bytes are not a text in any encoding we accept; the message says why. */
	public static final class UndecodableException extends Exception {
		private static final long serialVersionUID = 1L;

		public UndecodableException(String message) {
			super(message);
		}
	}

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final Charset GB2312 = Charset.forName("GB2312");
	private static final Charset BIG5 = Charset.forName("Big5");

	/** Share of Han characters that must be common (GB2312) for a GB18030 reading to be believed. */
	private static final double MIN_COMMON_HAN_SHARE = 0.9;

	private EncodingDetector() {
	}

	public static Decoded decode(byte[] bytes) throws UndecodableException {
		if (bytes.length == 0) {
			throw new UndecodableException("the file is empty");
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return new Decoded(strict(bytes, 0, utf16, utf16.name()), utf16.name());
		}
		if (looksBinary(bytes)) {
			throw new UndecodableException("the file is binary, not text (it holds NUL or control bytes)");
		}
		String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return new Decoded(utf8, "UTF-8");
		}
		if (endsInsideUtf8Character(bytes)) {
			throw new UndecodableException("the file is truncated: it is UTF-8 but ends in the middle of a character");
		}
		String gb = tryDecode(bytes, GB18030);
		if (gb != null && commonHanShare(gb) >= MIN_COMMON_HAN_SHARE) {
			return new Decoded(gb, isEncodable(gb, Charset.forName("GBK")) ? "GBK" : "GB18030");
		}
		String big5 = tryDecode(bytes, BIG5);
		// tried last: a strict Big5 decode that yields Chinese is believed (traditional-character pages)
		if (big5 != null && Chars.hanCount(big5) > 0) {
			return new Decoded(big5, "Big5");
		}
		if (gb == null && endsWithLoneLeadByte(bytes)) {
			throw new UndecodableException("the file is truncated: it is GBK but ends in the middle of a character");
		}
		throw new UndecodableException(
				"the encoding is none of UTF-8, UTF-16, GBK/GB18030 or Big5 (the bytes do not decode as a Chinese text)");
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String name) throws UndecodableException {
		String text = tryDecode(bytes, offset, charset);
		if (text == null) {
			throw new UndecodableException("the file says it is " + name + " but holds bytes that are not " + name);
		}
		return text;
	}

	private static String tryDecode(byte[] bytes, Charset charset) {
		return tryDecode(bytes, 0, charset);
	}

	private static String tryDecode(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/**
	 * UTF-16 without a BOM shows as ASCII characters with a zero byte beside each; Chinese text in
	 * it still has many zero high bytes for punctuation, digits and line breaks.
	 */
	private static Charset utf16WithoutBom(byte[] bytes) {
		int sample = Math.min(bytes.length & ~1, 4096);
		if (sample < 4) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i < sample; i++) {
			if (bytes[i] == 0) {
				if ((i & 1) == 0) {
					zeroEven++;
				} else {
					zeroOdd++;
				}
			}
		}
		int pairs = sample / 2;
		if (zeroOdd > pairs / 5 && zeroEven < pairs / 50) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven > pairs / 5 && zeroOdd < pairs / 50) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > sample / 100;
	}

	private static boolean endsInsideUtf8Character(byte[] bytes) {
		// Decoding all but the last 1..3 bytes cleanly, with a multi-byte lead among them, means truncation.
		for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
			int lead = bytes[bytes.length - cut] & 0xFF;
			if (lead >= 0xC0) {
				byte[] head = new byte[bytes.length - cut];
				System.arraycopy(bytes, 0, head, 0, head.length);
				return tryDecode(head, StandardCharsets.UTF_8) != null && Chars.hanCount(tryDecode(head, StandardCharsets.UTF_8)) > 0;
			}
			if (lead < 0x80) {
				return false;
			}
		}
		return false;
	}

	private static boolean endsWithLoneLeadByte(byte[] bytes) {
		CharsetDecoder decoder = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, false);
		// With endOfInput=false a trailing lead byte is left unconsumed instead of being an error.
		return !result.isError() && in.remaining() > 0 && in.remaining() < 4;
	}

	/** Share of Han characters that GB2312 (the 6,763 common simplified characters) can encode. */
	private static double commonHanShare(String text) {
		var encoder = GB2312.newEncoder();
		int han = 0;
		int common = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Chars.isHan(c)) {
				han++;
				if (encoder.canEncode(c)) {
					common++;
				}
			}
		}
		return han == 0 ? 0 : (double) common / han;
	}

	private static boolean isEncodable(String text, Charset charset) {
		return charset.newEncoder().canEncode(text);
	}
}
