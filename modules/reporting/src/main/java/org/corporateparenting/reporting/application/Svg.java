package org.corporateparenting.reporting.application;

import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the SVG of the platform's charts: well-formed (the PDF renderer needs that), each chart an image whose
 * title names it and whose description says what it shows, in GOV.UK colours and the page's own font.
 */
final class Svg {

	static final String BLUE = "#1d70b8";

	static final String RED = "#d4351c";

	static final String GREEN = "#00703c";

	static final String YELLOW = "#ffdd00";

	static final String GREY = "#b1b4b6";

	static final String LIGHT_GREY = "#f3f2f1";

	static final String TEXT = "#0b0c0c";

	static final String SECONDARY_TEXT = "#505a5f";

	private final StringBuilder out = new StringBuilder();

	private final double width;

	private final double height;

	private final String cssClass;

	private double shownWidth;

	private Svg(double width, double height, String cssClass, String title, String description) {
		this.width = width;
		this.height = height;
		this.shownWidth = width;
		this.cssClass = cssClass;
		out.append("<title>").append(escape(title)).append("</title><desc>").append(escape(description))
			.append("</desc>");
	}

	static Svg image(double width, double height, String cssClass, String title, String description) {
		return new Svg(width, height, cssClass, title, description);
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
		out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
			.append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(stroke)
			.append("\" stroke-width=\"").append(number(width)).append('"');
		if (!dash.isEmpty()) {
			out.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		out.append("/>");
		return this;
	}

	/** A line through the points, written {@code x,y x,y ...}. */
	Svg polyline(String points, String stroke, double width, String dash) {
		out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
			.append(number(width)).append('"');
		if (!dash.isEmpty()) {
			out.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		out.append(" points=\"").append(points).append("\"/>");
		return this;
	}

	Svg rect(double x, double y, double width, double height, String fill) {
		out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
			.append(number(Math.max(0, width))).append("\" height=\"").append(number(Math.max(0, height)))
			.append("\" fill=\"").append(fill).append("\"/>");
		return this;
	}

	Svg circle(double x, double y, double radius, String fill) {
		out.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"")
			.append(number(radius)).append("\" fill=\"").append(fill).append("\"/>");
		return this;
	}

	/** Text in the chart's font; {@code anchor} is start, middle or end. */
	Svg text(double x, double y, String anchor, String text) {
		return text(x, y, anchor, text, 12, TEXT, 0);
	}

	/** Text turned by {@code rotate} degrees about its anchor, as the labels of many periods are. */
	Svg text(double x, double y, String anchor, String text, int size, String fill, int rotate) {
		out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" font-family=\"sans-serif\" font-size=\"").append(size).append("\" fill=\"")
			.append(fill).append('"');
		if (rotate != 0) {
			out.append(" transform=\"rotate(").append(rotate).append(' ').append(number(x)).append(' ')
				.append(number(y)).append(")\"");
		}
		out.append('>').append(escape(text)).append("</text>");
		return this;
	}

	/** Shown no wider than this, all of it scaled down alike: a chart that must fit a printed page. */
	Svg shownAtMost(double mostWidth) {
		shownWidth = Math.min(width, mostWidth);
		return this;
	}

	/** The chart; its size in whole pixels, as the PDF renderer reads no other. */
	String close() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"" + cssClass + "\" width=\""
				+ Math.round(shownWidth) + "\" height=\"" + Math.round(height * shownWidth / width)
				+ "\" viewBox=\"0 0 " + number(width) + ' ' + number(height) + "\">" + out + "</svg>";
	}

	/** A coordinate to one decimal place, without a trailing {@code .0}. */
	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(Objects.toString(text, ""));
	}
}
