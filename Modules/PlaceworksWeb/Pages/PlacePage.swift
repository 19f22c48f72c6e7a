import PlaceworksDomain
import PlaceworksReports

/// `/places/{place}`: a place as its board sees it — bodies and members (deputies, vacancies),
/// delegations, budget, workstreams and milestones, the risk register with its heat map,
/// indicators with trends, meetings and decisions, and findings with their citations — with the
/// board pack to download for any day, with "changes since".
///
/// Built from the board pack's document, so the page and the pack never disagree.
struct PlacePage {
    let place: Place
    let pack: BoardPack
    let asOf: Day
    /// Meetings of the place's bodies up to the day, oldest first (private ones included, marked).
    let meetings: [Meeting]
    let bodies: [Body]
    /// Links to forms, keyed by what they edit (empty: the reader may not edit this place).
    let editing: EditLinks

    var html: HTML {
        HTML([
            "<h1>\(place.name)</h1>",
            "<p>\(pack.cover.bodyName.map { "Place committee: \($0). " } ?? "")As of \(pack.cover.asOfText). "
                + "<a href=\"\(Paths.publicPlace(place.id))\">Public page</a> · "
                + "<a href=\"\(Paths.placeFeed(place.id))\">Meetings calendar</a></p>",
            Components.asOfForm(action: Paths.place(place.id), asOf: asOf),
            contents,
            summary,
            boardPack,
            members,
            delegations,
            budgets,
            workstreams,
            risks,
            indicators,
            meetingsSection,
            findings,
        ])
    }

    private var contents: HTML {
        let sections = [("summary", "Summary"), ("board-pack", "Board pack"), ("members", "Bodies and members"),
                        ("delegations", "Delegations"), ("budget", "Budget"), ("workstreams", "Workstreams and milestones"),
                        ("risks", "Risk register"), ("indicators", "Indicators"), ("meetings", "Meetings and decisions"),
                        ("findings", "Findings")]
        let links = sections.map { anchor, title -> HTML in "<li><a href=\"#\(anchor)\">\(title)</a></li>" }
        return "<nav aria-label=\"On this page\"><h2 class=\"visually-plain\">On this page</h2><ul class=\"links\">\(links)</ul></nav>"
    }

    private var summary: HTML {
        """
        <h2 id="summary">Summary</h2>
        <p>\(pack.cover.rulesChecked) rules checked: \(Components.counts(pack.cover.findings)) \
        (<a href="#findings">see the findings</a>).</p>
        <p class="muted">Data version \(pack.cover.dataVersion); rules \(pack.cover.ruleSetVersion).</p>
        """
    }

    private var boardPack: HTML {
        """
        <h2 id="board-pack">Board pack</h2>
        <form method="get" action="\(Paths.boardPack(place.id))" class="asof">
        <div class="field"><label for="pack_as_of">Pack as of</label>\
        <input type="date" id="pack_as_of" name="as_of" value="\(asOf)" required></div>
        <div class="field"><label for="pack_since">Changes since (optional)</label>\
        <input type="date" id="pack_since" name="since" aria-describedby="pack_since_hint">\
        <p class="hint" id="pack_since_hint">The date of the last pack.</p></div>
        <div class="field"><label for="pack_format">Format</label><select id="pack_format" name="format">\
        <option value="html">Web page (HTML)</option><option value="pdf">PDF</option></select></div>
        <button type="submit">Download the board pack</button></form>
        """
    }

    private var members: HTML {
        let feeds = Dictionary(bodies.map { ($0.id.rawValue, $0.id) }, uniquingKeysWith: { first, _ in first })
        let sections = pack.membership.map { body -> HTML in
            let rows = body.seats.map { seat -> HTML in
                let holder: HTML = seat.vacant ? "<strong>Vacant</strong>" : "\(seat.holder ?? "")"
                return """
                <tr><td>\(seat.title)</td><td>\(holder)</td><td>\(seat.organisation ?? "")</td>\
                <td>\(seat.deputyText)</td><td>\(seat.votingText)</td>\
                \(editing.enabled ? editing.seatCell(seat: seat.id, vacant: seat.vacant) : HTML.empty)</tr>
                """
            }
            var headers = ["Seat", "Member", "On behalf of", "Deputy", "Voting"]
            if editing.enabled { headers.append("Change") }
            let feed = feeds[body.id].map { id -> HTML in " · <a href=\"\(Paths.bodyFeed(id))\">meetings calendar</a>" } ?? .empty
            return """
            <h3 id="\(body.anchor)">\(body.name)</h3>
            <p>\(body.kind), \(body.stage)\(body.isPlaceCommittee ? " (the place committee)" : ""): \(body.filled) of \
            \(body.seatCount) seats filled, \(body.vacancies) vacant\(feed).</p>
            \(body.hasSeats ? Components.table(caption: "Members of \(body.name)", headers: headers, rows: rows)
                : "<p>No seats are recorded.</p>")
            """
        }
        return HTML(["<h2 id=\"members\">Bodies and members</h2>"] + (sections.isEmpty ? ["<p>No bodies recorded.</p>"] : sections))
    }

    private var delegations: HTML {
        let rows = pack.delegations.map { entry -> HTML in
            "<tr><td>\(entry.delegator)</td><td>\(entry.delegate)</td><td>\(entry.functions)</td>"
                + "<td>\(entry.instrument ?? "")</td><td>\([entry.from, entry.to].compactMap { $0 }.joined(separator: " to "))</td>"
                + "<td>\(entry.assurance ?? "")</td></tr>"
        }
        return "<h2 id=\"delegations\">Delegations</h2>" + (rows.isEmpty ? "<p>No delegations in force.</p>" : Components.table(
            caption: "Delegations in force", headers: ["From", "To", "Functions", "Instrument", "Period", "Assurance"], rows: rows))
    }

    private var budgets: HTML {
        let sections = pack.budgets.map { budget -> HTML in
            let rows = budget.lines.map { line -> HTML in
                "<tr><td>\(line.category)</td><td class=\"num\">\(line.amountText)</td><td class=\"num\">\(line.percent)%</td></tr>"
            }
            return """
            <h3 id="\(budget.anchor)">\(budget.financialYear): \(budget.totalText)</h3>
            \(Components.paragraph(budget.basis))\(Components.paragraph(budget.discrepancy))\
            \(Components.paragraph(budget.excludes.map { "Excludes: \($0)" }, muted: true))
            \(Components.table(caption: "Budget lines, \(budget.financialYear)", headers: ["Line", "Amount", "Share"],
                               rows: rows, numeric: [1, 2]))
            <figure>\(HTML(raw: budget.chartSVG))<figcaption>\(budget.chartSummary)</figcaption></figure>
            """
        }
        return HTML(["<h2 id=\"budget\">Budget</h2>"] + (sections.isEmpty ? ["<p>No budget recorded.</p>"] : sections))
    }

    private func milestoneRows(_ milestones: [MilestoneEntry]) -> [HTML] {
        milestones.map { milestone -> HTML in
            """
            <tr><td>\(milestone.title)</td><td>\(milestone.due)</td><td>\(milestone.statusLabel)\
            \(milestone.overdue ? HTML(" <strong>(overdue)</strong>") : HTML.empty)</td><td>\(milestone.completed ?? "")</td>\
            \(editing.enabled ? editing.milestoneCell(milestone.id) : HTML.empty)</tr>
            """
        }
    }

    private var milestoneHeaders: [String] {
        ["Milestone", "Due", "Status", "Completed"] + (editing.enabled ? ["Change"] : [])
    }

    private var workstreams: HTML {
        let sections = pack.workstreams.map { workstream -> HTML in
            """
            <h3 id="\(workstream.anchor)">\(workstream.name)</h3>
            <p><strong>\(workstream.rag.label)</strong>: \(workstream.rag.reason)\
            \(workstream.sro.map { " SRO: \($0)." } ?? "")\(workstream.overseenBy.map { " Overseen by \($0)." } ?? "")</p>
            \(workstream.milestones.isEmpty ? HTML("<p>No milestones.</p>") : Components.table(
                caption: "Milestones of \(workstream.name)", headers: milestoneHeaders, rows: milestoneRows(workstream.milestones)))
            """
        }
        let others = pack.otherMilestones.isEmpty ? HTML.empty : Components.table(
            caption: "Milestones of no workstream", headers: milestoneHeaders, rows: milestoneRows(pack.otherMilestones))
        return HTML(["<h2 id=\"workstreams\">Workstreams and milestones</h2>"]
            + (sections.isEmpty ? ["<p>No workstreams in force.</p>"] : sections) + [others])
    }

    private var risks: HTML {
        let register = pack.risks
        let heatRows = register.heatMap.rows.map { row -> HTML in
            let cells = row.cells.map { cell -> HTML in
                let label = "likelihood \(cell.likelihood), impact \(cell.impact), score \(cell.score), \(cell.bandLabel): "
                    + "\(cell.count) \(cell.count == 1 ? "risk" : "risks")"
                return "<td class=\"\(cell.count == 0 ? "none" : cell.band)\" title=\"\(label)\">"
                    + "<span aria-label=\"\(label)\">\(cell.count == 0 ? "·" : String(cell.count))</span></td>"
            }
            return "<tr><th scope=\"row\">\(row.likelihood)</th>\(cells)</tr>"
        }
        let impacts = register.heatMap.impacts.map { impact -> HTML in "<th scope=\"col\">\(impact)</th>" }
        let heat: HTML = """
        <div class="table"><table class="heat"><caption>Open risks by likelihood (rows) and impact (columns)</caption>
        <thead><tr><th scope="col">Likelihood \\ impact</th>\(impacts)</tr></thead><tbody>\(heatRows)</tbody></table></div>
        <p>\(register.heatMap.summary)</p>
        """
        let rows = register.open.map { risk -> HTML in
            """
            <tr><td>\(risk.title)</td><td>\(risk.register ?? "")</td><td>\(risk.owner ?? "")</td>\
            <td class="num">\(risk.likelihood.map(String.init) ?? "–")×\(risk.impact.map(String.init) ?? "–")\
            = \(risk.score.map(String.init) ?? "unscored")</td><td>\(risk.bandLabel)</td><td>\(risk.escalation)</td>\
            <td>\(risk.reviewBy ?? "")</td><td>\(risk.mitigation ?? "")</td>\
            \(editing.enabled ? editing.riskCell(risk.id) : HTML.empty)</tr>
            """
        }
        var headers = ["Risk", "Register", "Owner", "Score", "Band", "Escalation", "Review by", "Mitigation"]
        if editing.enabled { headers.append("Change") }
        return """
        <h2 id="risks">Risk register</h2>\(heat)
        \(rows.isEmpty ? HTML("<p>No open risks.</p>") : Components.table(caption: "Open risks, highest score first",
                                                                    headers: headers, rows: rows, numeric: [3]))
        \(editing.enabled ? editing.newRiskLink : HTML.empty)
        """
    }

    private var indicators: HTML {
        let all = pack.workstreams.flatMap(\.indicators) + pack.otherIndicators
        let rows = all.map { indicator -> HTML in
            """
            <tr><td>\(indicator.name)</td><td>\(indicator.workstream ?? "")</td>\
            <td class="num">\(indicator.latest ?? "–")\(indicator.unit.map { " \($0)" } ?? "")</td>\
            <td>\(indicator.latestPeriod ?? "")</td><td>\(indicator.trend)</td>\
            <td>\(HTML(raw: indicator.sparklineSVG))<span class="muted">\(indicator.summary)</span></td></tr>
            """
        }
        return "<h2 id=\"indicators\">Indicators</h2>" + (rows.isEmpty ? "<p>No indicators.</p>" : Components.table(
            caption: "Indicators with their trend", headers: ["Indicator", "Workstream", "Latest", "Period", "Trend", "History"],
            rows: rows, numeric: [2]))
    }

    private var meetingsSection: HTML {
        let names = Dictionary(bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let meetingRows = meetings.reversed().map { meeting -> HTML in
            let session: String = switch meeting.session {
            case .public: "public"
            case .publicWithPrivate: "public, with a private part"
            case .private: "private"
            }
            let attending = meeting.attendance.filter { $0.capacity != .apologies }.count
            return """
            <tr><td>\(meeting.date)\(meeting.starts.map { " \($0)" } ?? "")</td><td>\(names[meeting.body] ?? meeting.body.rawValue)</td>\
            <td>\(session)\(meeting.isCancelled ? " (cancelled)" : "")</td><td class="num">\(attending)</td>\
            <td class="num">\(meeting.items.compactMap(\.decision).count)</td></tr>
            """
        }
        let decisionRows = pack.decisions.map { decision -> HTML in
            "<tr><td>\(decision.date)</td><td>\(decision.body)</td><td>\(decision.item)</td><td>\(decision.summary)</td>"
                + "<td>\(decision.session)</td><td>\(decision.excluded ?? "")</td></tr>"
        }
        let declarationRows = pack.declarations.map { declaration -> HTML in
            "<tr><td>\(declaration.date)</td><td>\(declaration.body)</td><td>\(declaration.person)</td>"
                + "<td>\(declaration.item)</td><td>\(declaration.interest)</td></tr>"
        }
        return """
        <h2 id="meetings">Meetings and decisions</h2>
        \(editing.enabled ? editing.newMeetingLink : HTML.empty)
        \(meetingRows.isEmpty ? HTML("<p>No meetings recorded.</p>") : Components.table(
            caption: "Meetings, latest first", headers: ["Date", "Body", "Session", "Attending", "Decisions"],
            rows: Array(meetingRows), numeric: [3, 4]))
        \(decisionRows.isEmpty ? HTML.empty : Components.table(
            caption: "Decisions", headers: ["Date", "Body", "Item", "Decision", "Session", "Took no part"], rows: decisionRows))
        \(declarationRows.isEmpty ? HTML.empty : Components.table(
            caption: "Declared interests", headers: ["Date", "Body", "Person", "Item", "Interest"], rows: declarationRows))
        """
    }

    private var findings: HTML {
        let groups = pack.findings.groups.map { group -> HTML in
            let items = group.findings.map { finding -> HTML in
                """
                <li id="\(finding.anchor)"><span class="badge \(finding.severity)">\(finding.severityLabel)</span> \
                <strong>\(finding.rule)</strong> \(finding.requirement.isEmpty ? "" : "(\(finding.requirement))"): \
                \(finding.message) <span class="muted">About \(finding.subject)\(finding.body.map { ", \($0)" } ?? "").</span>\
                <br><span class="muted">Source: \(finding.citationText)</span></li>
                """
            }
            return "<h3>\(group.label) (\(group.count))</h3><ul>\(items)</ul>"
        }
        return HTML(["<h2 id=\"findings\">Findings</h2>", "<p>\(Components.counts(pack.findings.counts))</p>"]
            + (groups.isEmpty ? ["<p>No findings: every rule is met.</p>"] : groups))
    }
}
