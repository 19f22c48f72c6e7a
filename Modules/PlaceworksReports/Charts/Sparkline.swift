/// A small trend line as inline SVG, titled with the trend in words.
struct Sparkline {
    var id: String
    var title: String
    var values: [Double]

    func svg() -> String {
        let width = 120.0, height = 32.0, pad = 4.0
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" role=\"img\" width=\"120\" "
            + "height=\"32\" viewBox=\"0 0 120 32\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(Markup.escape(title))</title>"
        guard !values.isEmpty else { return out + "</svg>" }
        let low = values.min()!, high = values.max()!
        let span = high - low
        func point(_ index: Int) -> (Double, Double) {
            let x = values.count == 1 ? width / 2 : pad + (width - 2 * pad) * Double(index) / Double(values.count - 1)
            let y = span == 0 ? height / 2 : height - pad - (height - 2 * pad) * (values[index] - low) / span
            return (x, y)
        }
        let points = values.indices.map { index -> String in
            let (x, y) = point(index)
            return "\(Markup.coordinate(x)),\(Markup.coordinate(y))"
        }
        if values.count > 1 {
            out += "<polyline class=\"spark-line\" fill=\"none\" points=\"\(points.joined(separator: " "))\"/>"
        }
        let (x, y) = point(values.count - 1)
        out += "<circle class=\"spark-end\" cx=\"\(Markup.coordinate(x))\" cy=\"\(Markup.coordinate(y))\" r=\"3\"/>"
        return out + "</svg>"
    }
}
