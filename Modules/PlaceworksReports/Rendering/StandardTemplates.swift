/// The standard Mustache templates, by name. An extension replaces any of them for its area
/// through ``PlaceworksDomain/ReportPresentation/templates``; docs/extending.md lists the
/// names and what each template is given.
public enum StandardTemplates {
    /// Every standard template, by name.
    public static let all: [String: String] = [
        "document": document,
        "pack-cover": packCover, "pack-contents": contents, "pack-changes": packChanges,
        "pack-membership": packMembership, "pack-findings": packFindings, "pack-delegations": packDelegations,
        "pack-workstreams": packWorkstreams, "pack-risks": packRisks, "pack-decisions": packDecisions,
        "ics-cover": icsCover, "ics-contents": contents, "ics-matrix": icsMatrix, "ics-findings": icsFindings,
        "ics-budgets": icsBudgets, "ics-risks": icsRisks, "ics-delivery": icsDelivery, "ics-vacancies": icsVacancies,
        "finding": finding, "milestone-table": milestoneTable, "indicator-table": indicatorTable,
        "risk-table": riskTable,
    ]

    static let document = #"""
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <style>
    :root{ {{#colours}}--{{name}}:{{value}};{{/colours}} }
    {{{css}}}
    </style>
    </head>
    <body>
    <main>
    {{{body}}}
    </main>
    </body>
    </html>

    """#

    static let contents = #"""
    <nav class="contents sheet" aria-labelledby="contents-heading">
    <h2 id="contents-heading">{{words.contents}}</h2>
    <ol>
    {{#sections}}
    <li><a href="#{{id}}">{{heading}}</a></li>
    {{/sections}}
    </ol>
    </nav>

    """#

    static let packCover = #"""
    <section class="cover" id="cover" aria-labelledby="cover-title">
    <p class="eyebrow">{{pack.cover.placeName}}{{#pack.cover.systemName}} · {{.}}{{/pack.cover.systemName}}</p>
    <h1 id="cover-title">{{title}}</h1>
    <p class="cover-date">As of <time datetime="{{pack.cover.asOf}}">{{pack.cover.asOfText}}</time></p>
    <dl class="facts">
    <dt>Place</dt><dd>{{pack.cover.placeName}} ({{pack.cover.placeID}})</dd>
    {{#pack.cover.bodyName}}
    <dt>Body</dt><dd>{{.}}</dd>
    {{/pack.cover.bodyName}}
    {{#pack.cover.sinceText}}
    <dt>Changes since</dt><dd><time datetime="{{pack.cover.since}}">{{.}}</time></dd>
    {{/pack.cover.sinceText}}
    <dt>Data version</dt><dd>{{pack.cover.dataVersion}}</dd>
    <dt>Rule-set version</dt><dd>{{pack.cover.ruleSetVersion}}</dd>
    <dt>Findings</dt><dd>{{pack.cover.findings.text}}</dd>
    </dl>
    </section>

    """#

    static let packChanges = #"""
    {{#pack.changes}}
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <p>Changes after <time datetime="{{since}}">{{since}}</time>, up to and including <time datetime="{{asOf}}">{{asOf}}</time>: {{summary}}</p>
    {{#nothingChanged}}<p>Nothing changed in this period.</p>{{/nothingChanged}}
    {{^auditAvailable}}<p class="muted">The data came from a file, which keeps no audit log: risk score moves and moved due dates are not shown.</p>{{/auditAvailable}}
    <h3>Members who joined</h3>
    {{^joined}}<p>None.</p>{{/joined}}
    <ul class="plain">{{#joined}}<li>{{date}}: {{person}} joined {{body}} ({{seat}})</li>{{/joined}}</ul>
    <h3>Members who left</h3>
    {{^left}}<p>None.</p>{{/left}}
    <ul class="plain">{{#left}}<li>{{date}}: {{person}} left {{body}} ({{seat}})</li>{{/left}}</ul>
    <h3>New findings</h3>
    {{^newFindings}}<p>None.</p>{{/newFindings}}
    {{#newFindings}}{{>finding}}{{/newFindings}}
    <h3>Findings resolved</h3>
    {{^resolvedFindings}}<p>None.</p>{{/resolvedFindings}}
    {{#resolvedFindings}}{{>finding}}{{/resolvedFindings}}
    <h3>Risks whose score moved</h3>
    {{^riskMoves}}<p>None.</p>{{/riskMoves}}
    <ul class="plain">{{#riskMoves}}<li><strong>{{title}}</strong> ({{id}}): {{text}}</li>{{/riskMoves}}</ul>
    <h3>Milestones that slipped</h3>
    {{^slipped}}<p>None.</p>{{/slipped}}
    <ul class="plain">{{#slipped}}<li><strong>{{title}}</strong>: {{text}}</li>{{/slipped}}</ul>
    <h3>Milestones completed</h3>
    {{^completed}}<p>None.</p>{{/completed}}
    <ul class="plain">{{#completed}}<li><strong>{{title}}</strong>: {{text}}</li>{{/completed}}</ul>
    <h3>Decisions taken</h3>
    {{^decisions}}<p>None.</p>{{/decisions}}
    <ul class="plain">{{#decisions}}<li>{{date}}, {{body}}: {{summary}} ({{session}})</li>{{/decisions}}</ul>
    {{#auditAvailable}}
    <h3>Changes recorded in the audit log</h3>
    {{^recorded}}<p>None.</p>{{/recorded}}
    {{^empty(recorded)}}
    <table>
    <caption>Writes to the store in the period, oldest first</caption>
    <thead><tr><th scope="col">Entry</th><th scope="col">When</th><th scope="col">By</th><th scope="col">Record</th><th scope="col">Change</th></tr></thead>
    <tbody>
    {{/empty(recorded)}}
    {{#recorded}}<tr><td class="num">{{sequence}}</td><td>{{time}}</td><td>{{actor}}</td><td>{{kind}} {{id}}</td><td>{{operation}}</td></tr>
    {{/recorded}}
    {{^empty(recorded)}}
    </tbody>
    </table>
    {{/empty(recorded)}}
    {{/auditAvailable}}
    </section>
    {{/pack.changes}}

    """#

    static let packMembership = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    {{^pack.membership}}<p>No body of the place operates on this day.</p>{{/pack.membership}}
    {{#pack.membership}}
    <h3 id="{{anchor}}">{{name}}</h3>
    <p>{{kind}}, {{stage}}{{#isPlaceCommittee}}; the place's partnership committee{{/isPlaceCommittee}}. {{#hasSeats}}{{seatCount}} seats, {{filled}} filled, <span class="{{#hasVacancies}}vacant{{/hasVacancies}}">{{vacancies}} vacant</span>.{{/hasSeats}}{{^hasSeats}}No seats recorded.{{/hasSeats}}</p>
    {{^empty(seats)}}
    <table>
    <caption>Members of {{name}}</caption>
    <thead><tr><th scope="col">Seat</th><th scope="col">Member</th><th scope="col">On behalf of</th><th scope="col">Deputy</th><th scope="col">Deputy briefed</th><th scope="col">Vote</th></tr></thead>
    <tbody>
    {{/empty(seats)}}
    {{#seats}}
    <tr><th scope="row">{{title}}</th>{{#vacant}}<td class="vacant">Vacant</td>{{/vacant}}{{^vacant}}<td>{{holder}}</td>{{/vacant}}<td>{{organisation}}</td><td>{{deputy}}</td><td>{{deputyText}}</td><td>{{votingText}}</td></tr>
    {{/seats}}
    {{^empty(seats)}}
    </tbody>
    </table>
    {{/empty(seats)}}
    {{/pack.membership}}
    </section>

    """#

    static let finding = #"""
    <div class="finding finding-{{severity}}" id="{{anchor}}">
    <p><span class="sev sev-{{severity}}">{{severityLabel}}</span> · <strong>{{rule}}</strong>{{#body}} · {{.}}{{/body}}</p>
    <p>{{message}}</p>
    <p class="cite">Requirement: {{requirement}}{{#citationText}} Source: {{.}}.{{/citationText}}</p>
    </div>

    """#

    static let packFindings = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <p>{{pack.findings.counts.text}} from {{pack.cover.rulesChecked}} rules.</p>
    {{^pack.findings.groups}}<p>No findings: every rule that applies to the place is met.</p>{{/pack.findings.groups}}
    {{#pack.findings.groups}}
    <h3 id="{{section.id}}-{{severity}}">{{label}} ({{count}})</h3>
    {{#findings}}{{>finding}}{{/findings}}
    {{/pack.findings.groups}}
    </section>

    """#

    static let packDelegations = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    {{^pack.delegations}}<p>No delegation to the place is in force on this day.</p>{{/pack.delegations}}
    {{^empty(pack.delegations)}}
    <table>
    <caption>Delegations in force</caption>
    <thead><tr><th scope="col">Delegation</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Functions</th><th scope="col">Instrument</th><th scope="col">Period</th></tr></thead>
    <tbody>
    {{/empty(pack.delegations)}}
    {{#pack.delegations}}
    <tr><th scope="row">{{id}}</th><td>{{delegator}}</td><td>{{delegate}}</td><td>{{functions}}</td><td>{{instrument}}</td><td>{{#from}}from {{.}}{{/from}}{{#to}} to {{.}}{{/to}}</td></tr>
    {{/pack.delegations}}
    {{^empty(pack.delegations)}}
    </tbody>
    </table>
    {{/empty(pack.delegations)}}
    <h3>Delegated budget</h3>
    {{^pack.budgets}}<p>No delegated budget is recorded for the place.</p>{{/pack.budgets}}
    {{#pack.budgets}}
    <h4 id="{{anchor}}">{{financialYear}}{{#basis}} ({{.}}){{/basis}}: {{totalText}}</h4>
    {{#discrepancy}}<p class="flag">{{.}}</p>{{/discrepancy}}
    <figure>
    {{{chartSVG}}}
    <figcaption class="legend">{{chartSummary}}</figcaption>
    </figure>
    <table>
    <caption>{{financialYear}} delegated budget by line</caption>
    <thead><tr><th scope="col">Line</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Share</th></tr></thead>
    <tbody>
    {{#lines}}<tr><th scope="row">{{category}}</th><td class="num">{{amountText}}</td><td class="num">{{percent}}%</td></tr>
    {{/lines}}
    </tbody>
    <tfoot><tr><th scope="row">Total</th><td class="num">{{totalText}}</td><td class="num">100%</td></tr></tfoot>
    </table>
    {{#excludes}}<p class="muted">Excludes: {{.}}</p>{{/excludes}}
    {{/pack.budgets}}
    </section>

    """#

    static let milestoneTable = #"""
    {{^empty(milestones)}}
    <table>
    <caption>Milestones{{#name}} of {{.}}{{/name}}</caption>
    <thead><tr><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Flag</th></tr></thead>
    <tbody>
    {{/empty(milestones)}}
    {{#milestones}}
    <tr><th scope="row">{{title}}</th><td><time datetime="{{due}}">{{due}}</time></td><td>{{statusLabel}}</td><td>{{#overdue}}<span class="flag">{{flag}}</span>{{/overdue}}{{^overdue}}{{flag}}{{/overdue}}</td></tr>
    {{/milestones}}
    {{^empty(milestones)}}
    </tbody>
    </table>
    {{/empty(milestones)}}

    """#

    static let indicatorTable = #"""
    {{^empty(indicators)}}
    <table>
    <caption>Outcome indicators{{#name}} of {{.}}{{/name}}</caption>
    <thead><tr><th scope="col">Indicator</th><th scope="col" class="num">Latest</th><th scope="col">Period</th><th scope="col">Trend</th><th scope="col">Chart</th></tr></thead>
    <tbody>
    {{/empty(indicators)}}
    {{#indicators}}
    <tr><th scope="row">{{name}}{{#unit}} ({{.}}){{/unit}}</th><td class="num">{{latest}}</td><td>{{latestPeriod}}</td><td>{{trend}}</td><td>{{{sparklineSVG}}}</td></tr>
    {{/indicators}}
    {{^empty(indicators)}}
    </tbody>
    </table>
    {{/empty(indicators)}}

    """#

    static let packWorkstreams = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    {{^pack.workstreams}}<p>No workstream of the place is running on this day.</p>{{/pack.workstreams}}
    {{^empty(pack.workstreams)}}
    <table>
    <caption>Workstreams at a glance</caption>
    <thead><tr><th scope="col">Workstream</th><th scope="col">SRO</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead>
    <tbody>
    {{/empty(pack.workstreams)}}
    {{#pack.workstreams}}
    <tr><th scope="row"><a href="#{{anchor}}">{{name}}</a></th><td>{{#sro}}{{.}}{{/sro}}{{^sro}}Not named{{/sro}}</td><td><span class="badge rag-{{rag.code}}">{{rag.label}}</span></td><td>{{rag.reason}}</td></tr>
    {{/pack.workstreams}}
    {{^empty(pack.workstreams)}}
    </tbody>
    </table>
    {{/empty(pack.workstreams)}}
    {{#pack.workstreams}}
    <h3 id="{{anchor}}">{{name}}</h3>
    <p>SRO: {{#sro}}{{.}}{{/sro}}{{^sro}}not named{{/sro}}. Status: <span class="badge rag-{{rag.code}}">{{rag.label}}</span> ({{rag.reason}}).{{#overseenBy}} Overseen by {{.}}.{{/overseenBy}}</p>
    {{#aims}}<p class="muted">Aims: {{.}}</p>{{/aims}}
    {{>milestone-table}}
    {{>indicator-table}}
    {{/pack.workstreams}}
    {{^empty(pack.otherMilestones)}}
    <h3>Other milestones</h3>
    {{/empty(pack.otherMilestones)}}
    {{#otherMilestonesContext}}{{>milestone-table}}{{/otherMilestonesContext}}
    {{^empty(pack.otherIndicators)}}
    <h3>Other indicators</h3>
    {{/empty(pack.otherIndicators)}}
    {{#otherIndicatorsContext}}{{>indicator-table}}{{/otherIndicatorsContext}}
    </section>

    """#

    static let riskTable = #"""
    {{^empty(risks)}}
    <table>
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">Risk</th><th scope="col">Owner</th><th scope="col" class="num">L</th><th scope="col" class="num">I</th><th scope="col" class="num">Score</th><th scope="col">Rating</th><th scope="col">Escalation</th></tr></thead>
    <tbody>
    {{/empty(risks)}}
    {{#risks}}
    <tr><th scope="row">{{title}}{{#place}} ({{.}}){{/place}}</th><td>{{owner}}</td><td class="num">{{likelihood}}</td><td class="num">{{impact}}</td><td class="num">{{score}}</td><td class="band-{{band}}">{{bandLabel}}</td><td>{{escalation}}</td></tr>
    {{/risks}}
    {{^empty(risks)}}
    </tbody>
    </table>
    {{/empty(risks)}}

    """#

    static let packRisks = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <p>{{pack.risks.heatMap.summary}}{{^equalzero(pack.risks.unscored)}} {{pack.risks.unscored}} open risks are not fully scored.{{/equalzero(pack.risks.unscored)}}</p>
    <table class="heatmap">
    <caption>Open risks by likelihood and impact (5×5). Each cell gives the number of risks and the rating.</caption>
    <thead><tr><th scope="col">Likelihood \ Impact</th>{{#pack.risks.heatMap.impacts}}<th scope="col">Impact {{.}}</th>{{/pack.risks.heatMap.impacts}}</tr></thead>
    <tbody>
    {{#pack.risks.heatMap.rows}}
    <tr><th scope="row">Likelihood {{likelihood}}</th>{{#cells}}<td class="band-{{band}}"><span class="count">{{count}}</span><span class="band">{{bandLabel}} ({{score}})</span></td>{{/cells}}</tr>
    {{/pack.risks.heatMap.rows}}
    </tbody>
    </table>
    <p class="legend">Ratings by score (likelihood × impact): low 1–4, moderate 5–9, high 10–14, very high 15–25. Risks scoring 15 or more go to the board.</p>
    <h3>Risks escalated to the board</h3>
    {{^escalated.risks}}<p>No risk is escalated or scores 15 or more.</p>{{/escalated.risks}}
    {{#escalated}}{{>risk-table}}{{/escalated}}
    <h3>Risk register</h3>
    {{^register.risks}}<p>No open risk is recorded.</p>{{/register.risks}}
    {{#register}}{{>risk-table}}{{/register}}
    </section>

    """#

    static let packDecisions = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <h3>Decisions</h3>
    {{^pack.decisions}}<p>No decision is recorded in the period.</p>{{/pack.decisions}}
    {{^empty(pack.decisions)}}
    <table>
    <caption>Decisions taken, newest first</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Body</th><th scope="col">Item</th><th scope="col">Decision</th><th scope="col">Session</th><th scope="col">Withdrew</th></tr></thead>
    <tbody>
    {{/empty(pack.decisions)}}
    {{#pack.decisions}}
    <tr><td><time datetime="{{date}}">{{date}}</time></td><td>{{body}}</td><th scope="row">{{item}}</th><td>{{summary}}</td><td>{{session}}</td><td>{{excluded}}</td></tr>
    {{/pack.decisions}}
    {{^empty(pack.decisions)}}
    </tbody>
    </table>
    {{/empty(pack.decisions)}}
    <h3>Declarations of interest</h3>
    {{^pack.declarations}}<p>No declaration of interest is recorded in the period.</p>{{/pack.declarations}}
    {{^empty(pack.declarations)}}
    <table>
    <caption>Declarations of interest, newest first</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Body</th><th scope="col">Member</th><th scope="col">Item</th><th scope="col">Interest</th></tr></thead>
    <tbody>
    {{/empty(pack.declarations)}}
    {{#pack.declarations}}
    <tr><td><time datetime="{{date}}">{{date}}</time></td><td>{{body}}</td><th scope="row">{{person}}</th><td>{{item}}</td><td>{{interest}}</td></tr>
    {{/pack.declarations}}
    {{^empty(pack.declarations)}}
    </tbody>
    </table>
    {{/empty(pack.declarations)}}
    </section>

    """#
}
