package org.smrdesk.user;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as SVG on the server (ZXing), so no script and no third party sees the
 * secret it carries.
 */
final class QrCodeSvg {

	private QrCodeSvg() {
	}

	/**
	 * The QR code of a text as an SVG document: one path, one unit per module, with a
	 * quiet zone of four modules.
	 * @param text what to encode
	 * @return the SVG document
	 */
	static String of(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as a QR code", ex);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
	}

}
