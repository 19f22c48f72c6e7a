/// A horizontal bar chart as inline SVG: a title and a description for assistive technology, a
/// label and a value written beside every bar (so no reading depends on the bar's length or colour).
struct BarChart {
    struct Bar {
        var label: String
        /// Nil: no value (drawn as a note, with no bar).
        var value: Int?
        var valueText: String
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]

    func svg() -> String {
        let labelWidth = 250.0, barArea = 300.0, valueWidth = 110.0
        let rowHeight = 26.0, top = 8.0
        let width = labelWidth + barArea + valueWidth
        let height = top * 2 + rowHeight * Double(max(bars.count, 1))
        let largest = Double(bars.compactMap(\.value).map { max($0, 0) }.max() ?? 0)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
            + "viewBox=\"0 0 \(Markup.coordinate(width)) \(Markup.coordinate(height))\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\">"
        out += "<title id=\"\(id)-title\">\(Markup.escape(title))</title>"
        out += "<desc id=\"\(id)-desc\">\(Markup.escape(description))</desc>"
        for (row, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(row)
            let textY = Markup.coordinate(y + rowHeight / 2 + 4)
            out += "<text class=\"chart-label\" x=\"\(Markup.coordinate(labelWidth - 8))\" y=\"\(textY)\" "
                + "text-anchor=\"end\">\(Markup.escape(Self.shortened(bar.label)))</text>"
            if let value = bar.value, largest > 0 {
                let length = max(1, barArea * Double(max(value, 0)) / largest)
                out += "<rect class=\"bar\" x=\"\(Markup.coordinate(labelWidth))\" y=\"\(Markup.coordinate(y + 4))\" "
                    + "width=\"\(Markup.coordinate(length))\" height=\"\(Markup.coordinate(rowHeight - 8))\"/>"
                out += "<text class=\"chart-value\" x=\"\(Markup.coordinate(labelWidth + length + 6))\" y=\"\(textY)\">"
                    + "\(Markup.escape(bar.valueText))</text>"
            } else {
                out += "<text class=\"chart-value chart-missing\" x=\"\(Markup.coordinate(labelWidth + 6))\" "
                    + "y=\"\(textY)\">\(Markup.escape(bar.valueText))</text>"
            }
        }
        return out + "</svg>"
    }

    /// Long labels are shortened to fit; the table beside the chart has them whole.
    static func shortened(_ label: String) -> String {
        label.count <= 38 ? label : String(label.prefix(36)) + "…"
    }
}
