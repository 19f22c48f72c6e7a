import Foundation
import PlaceworksDomain

/// Lines of places' delegated budgets: one row a line, grouped into one budget per place and
/// financial year. A line is named by its place, financial year and category; lines the file
/// does not mention are kept.
struct BudgetLineReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Place", aliases: ["Borough", "Area", "Place code"], required: true, example: "E09000028",
                   help: "The place (ONS code or name)."),
        ColumnSpec("Financial year", aliases: ["Year", "FY", "Budget year"], required: true, example: "2025/26",
                   help: "The financial year, e.g. 2025/26 (2025-26 and 2025/2026 are read too)."),
        ColumnSpec("Category", aliases: ["Line", "Budget line", "Service", "Service area", "Description"], required: true,
                   example: "Community health services", help: "What the line is for."),
        ColumnSpec("Amount", aliases: ["Budget", "Value", "Amount (£)", "£", "Annual budget"], required: true,
                   example: "12500000", help: "Whole pounds; £ signs and thousands commas are read."),
        ColumnSpec("Basis", aliases: ["Budget basis"], example: "plan",
                   help: "What the figures are, e.g. plan or month 12 outturn (applies to the whole budget)."),
    ]

    let references: References
    var duplicates = DuplicateCheck()
    /// Budgets in the order first met, and their lines by category.
    var budgets: [Budget] = []
    var positions: [String: Int] = [:]

    /// "2025/26" from "2025/26", "2025-26", "2025/2026" or "2025-2026"; nil otherwise.
    static func financialYear(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        let endYear = parts[1].count == 2 ? (start / 100) * 100 + end : end
        guard endYear == start + 1 else { return nil }
        return "\(start)/\(String(format: "%02d", endYear % 100))"
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let place = row.required("Place") == nil ? nil
            : row.reference("Place", kind: "place", example: "E09000028") { refs.place($0) }
        var year: String?
        if let text = row.required("Financial year") {
            year = Self.financialYear(text)
            if year == nil { row.problem("Financial year", text, "write the financial year as 2025/26.") }
        }
        let category = row.required("Category")
        let amount = row.required("Amount") == nil ? nil : row.pounds("Amount")
        guard let place, let year, let fiscalYear = FinancialYear(year), let category, let amount, row.problems.isEmpty else { return }
        let key = "\(place.rawValue)|\(year)|\(HeaderName.normalise(category))"
        guard duplicates.admit(key, described: "place, financial year and category", row: &row) else { return }
        let budgetKey = "\(place.rawValue)|\(year)"
        if positions[budgetKey] == nil {
            let existing = references.dataset.budgets.first { $0.place == place && $0.financialYear.description == year }
            positions[budgetKey] = budgets.count
            budgets.append(existing ?? Budget(id: ID("\(Slug.make(place.rawValue))-budget-\(Slug.make(year))"), place: place,
                                              financialYear: fiscalYear, lines: []))
        }
        let index = positions[budgetKey]!
        if let basis = row.text("Basis") { budgets[index].basis = basis }
        let line = BudgetLine(category, amount: amount)
        if let at = budgets[index].lines.firstIndex(where: { HeaderName.normalise($0.category) == HeaderName.normalise(category) }) {
            budgets[index].lines[at] = line
        } else {
            budgets[index].lines.append(line)
        }
    }

    mutating func finish(into batch: inout ImportBatch) -> [String] {
        for budget in budgets { batch.put(budget, \.budgets) }
        return []
    }
}
