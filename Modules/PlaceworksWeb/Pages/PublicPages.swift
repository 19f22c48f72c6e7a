import PlaceworksDomain

/// `/public/places/{place}`: what a resident may see of a place — board membership, meetings
/// held in public with their public decisions, spending lines and members' declared interests.
/// Everything on it comes from ``PublicView``, which never holds a private item.
struct PublicPlacePage {
    let view: PublicView

    var html: HTML {
        let place = view.place
        return HTML([
            "<h1>\(place.name): who decides, what was decided, what is spent</h1>",
            "<p>As of \(view.asOf.spelledOut). <a href=\"\(Paths.placeFeed(place.id))\">Add the meetings to your calendar</a>.</p>",
            Components.asOfForm(action: Paths.publicPlace(place.id), asOf: view.asOf),
            membership, meetings, spending, interests,
        ])
    }

    private var membership: HTML {
        let sections = view.bodies.map { body -> HTML in
            let rows = body.members.map { member -> HTML in
                let who: HTML = member.person.map { "\($0)" } ?? "<strong>Vacant</strong>"
                return "<tr><td>\(member.seat)</td><td>\(who)</td><td>\(member.organisation ?? "")</td>"
                    + "<td>\(member.deputy ?? "")</td><td>\(member.voting ? "yes" : "no")</td></tr>"
            }
            return """
            <h3>\(body.name)</h3><p>\(body.members.count) seats, \(body.vacancies) vacant. \
            <a href="\(Paths.bodyFeed(body.id))">Meetings calendar</a>.</p>
            \(rows.isEmpty ? HTML("<p>No seats are recorded.</p>") : Components.table(
                caption: "Members of \(body.name)", headers: ["Seat", "Member", "On behalf of", "Deputy", "Voting"], rows: rows))
            """
        }
        return HTML(["<h2 id=\"membership\">Board membership</h2>"] + (sections.isEmpty ? ["<p>No bodies recorded.</p>"] : sections))
    }

    private var meetings: HTML {
        let items = view.meetings.reversed().map { held -> HTML in
            let meeting = held.meeting
            let decisions = held.decisions.map { decision -> HTML in "<li><strong>\(decision.item)</strong>: \(decision.summary)</li>" }
            let agenda = held.items.map { item -> HTML in "<li>\(item.title)</li>" }
            return """
            <li><h3>\(held.bodyName), \(meeting.date.spelledOut)\(meeting.starts.map { " at \($0)" } ?? "")\
            \(meeting.isCancelled ? " (cancelled)" : "")</h3>\
            \(meeting.location.map { location -> HTML in "<p>At \(location).</p>" } ?? HTML.empty)\
            \(agenda.isEmpty ? HTML.empty : "<p>Agenda:</p><ul>\(agenda)</ul>")\
            \(decisions.isEmpty ? HTML.empty : "<p>Decisions:</p><ul>\(decisions)</ul>")</li>
            """
        }
        return """
        <h2 id="meetings">Public meetings and decisions</h2>
        \(items.isEmpty ? HTML("<p>No public meetings recorded.</p>") : "<ul class=\"links\">\(Array(items))</ul>")
        """
    }

    private var spending: HTML {
        let sections = view.budgets.map { budget -> HTML in
            let rows = budget.lines.map { line -> HTML in
                "<tr><td>\(line.category)</td><td class=\"num\">\(Components.pounds(line.amount))</td></tr>"
            }
            return Components.table(caption: "Delegated budget \(budget.financialYear): \(Components.pounds(budget.total))",
                                    headers: ["Line", "Amount"], rows: rows, numeric: [1])
        }
        return HTML(["<h2 id=\"spending\">Spending</h2>"] + (sections.isEmpty ? ["<p>No budget published.</p>"] : sections))
    }

    private var interests: HTML {
        let rows = view.interests.map { interest -> HTML in
            "<tr><td>\(interest.date)</td><td>\(interest.body)</td><td>\(interest.person)</td><td>\(interest.item)</td>"
                + "<td>\(interest.interest)</td></tr>"
        }
        return "<h2 id=\"interests\">Declared interests of members</h2>" + (rows.isEmpty
            ? "<p>No interests declared at public meetings.</p>"
            : Components.table(caption: "Interests declared at public meetings",
                               headers: ["Date", "Body", "Member", "Agenda item", "Interest"], rows: rows))
    }
}

/// `/public`: the places, each with its public page and meetings calendar.
struct PublicIndexPage {
    let places: [Place]

    var list: HTML {
        let items = places.map { place -> HTML in
            "<li><a href=\"\(Paths.publicPlace(place.id))\">\(place.name)</a> · "
                + "<a href=\"\(Paths.placeFeed(place.id))\">meetings calendar</a></li>"
        }
        return "<h2>Places</h2><ul class=\"links\">\(items)</ul>"
    }

    var html: HTML {
        """
        <h1>Public pages</h1>
        <p>Who sits on each place's boards, the meetings they hold in public and the decisions taken there, what each \
        place spends, and the interests members declared. No sign-in is needed.</p>
        \(list)
        """
    }
}

/// `/` for a visitor who is not signed in: the public pages and calendars of every place, and
/// the way in for those who keep the data.
struct FrontDoorPage {
    let index: DatasetIndex
    let places: [Place]

    var html: HTML {
        """
        <h1>Placeworks</h1>
        <p>Who sits on each place's health and care partnership boards, what they decided in public, and what each \
        place spends — open to everyone, no sign-in needed.</p>
        <p>Keep the partnership's data, or see the dashboard: <a href="/sign-in">sign in</a>.</p>
        \(PublicIndexPage(places: places).list)
        \(Components.directory(index: index, asOf: nil))
        """
    }
}
