extension StandardTemplates {
    static let icsCover = #"""
    <section class="cover" id="cover" aria-labelledby="cover-title">
    <p class="eyebrow">{{report.cover.systemName}} ({{report.cover.systemID}})</p>
    <h1 id="cover-title">{{title}}</h1>
    <p class="cover-date">As of <time datetime="{{report.cover.asOf}}">{{report.cover.asOfText}}</time></p>
    <dl class="facts">
    <dt>Places</dt><dd>{{report.cover.placesRecorded}} recorded, {{report.cover.placesNotRecorded}} not recorded</dd>
    <dt>Data version</dt><dd>{{report.cover.dataVersion}}</dd>
    <dt>Rule-set version</dt><dd>{{report.cover.ruleSetVersion}}</dd>
    <dt>Findings</dt><dd>{{report.cover.findings.text}}</dd>
    </dl>
    </section>

    """#

    static let icsMatrix = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <p>Each cell counts the findings of one rule for one place, and links to them. A place with no partnership committee recorded on the day shows “Not recorded”: the ICS has not recorded it yet, which is not a failure of the place. {{report.matrix.quietRules}} rules found nothing anywhere and are not listed.</p>
    <ul class="plain">{{#report.places}}<li>{{name}} ({{id}}): {{status}}</li>{{/report.places}}</ul>
    {{^report.matrix.rows}}<p>No rule found anything.</p>{{/report.matrix.rows}}
    {{^empty(report.matrix.rows)}}
    <table class="matrix">
    <caption>Findings by rule and place</caption>
    <thead><tr><th scope="col">Rule</th>{{#report.matrix.columns}}<th scope="col">{{.}}</th>{{/report.matrix.columns}}</tr></thead>
    <tbody>
    {{#report.matrix.rows}}
    <tr><th scope="row"><abbr title="{{requirement}}">{{rule}}</abbr></th>{{#cells}}<td class="state-{{state}}">{{#link}}<a href="#{{.}}">{{text}}</a>{{/link}}{{^link}}{{text}}{{/link}}</td>{{/cells}}</tr>
    {{/report.matrix.rows}}
    </tbody>
    </table>
    {{/empty(report.matrix.rows)}}
    </section>

    """#

    static let icsFindings = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    {{#report.findings}}
    <h3 id="{{anchor}}">{{name}}{{^recorded}} (not recorded){{/recorded}}</h3>
    {{^findings}}<p>No findings.</p>{{/findings}}
    {{#findings}}{{>finding}}{{/findings}}
    {{/report.findings}}
    </section>

    """#

    static let icsBudgets = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <figure>
    {{{report.budgets.chartSVG}}}
    <figcaption class="legend">{{report.budgets.chartSummary}}</figcaption>
    </figure>
    <table>
    <caption>Latest delegated budget by place</caption>
    <thead><tr><th scope="col">Place</th><th scope="col">Financial year</th><th scope="col" class="num">Total</th><th scope="col" class="num">Lines</th></tr></thead>
    <tbody>
    {{#report.budgets.rows}}
    <tr><th scope="row">{{place}}</th><td>{{financialYear}}</td><td class="num">{{totalText}}</td><td class="num">{{lines}}</td></tr>
    {{/report.budgets.rows}}
    </tbody>
    </table>
    </section>

    """#

    static let icsRisks = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <p class="legend">Risks escalated to a board, and open risks scoring 15 or more (likelihood × impact) that have not been.</p>
    {{^escalated.risks}}<p>No risk is escalated or scores 15 or more in any place.</p>{{/escalated.risks}}
    {{#escalated}}{{>risk-table}}{{/escalated}}
    </section>

    """#

    static let icsDelivery = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <table>
    <caption>Workstreams by status, and milestones, by place</caption>
    <thead><tr><th scope="col">Place</th><th scope="col" class="num">Workstreams</th><th scope="col" class="num"><span class="badge rag-red">Red</span></th><th scope="col" class="num"><span class="badge rag-amber">Amber</span></th><th scope="col" class="num"><span class="badge rag-green">Green</span></th><th scope="col" class="num"><span class="badge rag-none">Not assessed</span></th><th scope="col" class="num">Milestones</th><th scope="col" class="num">Overdue</th><th scope="col" class="num">Done</th></tr></thead>
    <tbody>
    {{#report.delivery}}
    {{#recorded}}<tr><th scope="row">{{place}}</th><td class="num">{{workstreams}}</td><td class="num">{{red}}</td><td class="num">{{amber}}</td><td class="num">{{green}}</td><td class="num">{{notAssessed}}</td><td class="num">{{milestones}}</td><td class="num">{{overdue}}</td><td class="num">{{completed}}</td></tr>{{/recorded}}
    {{^recorded}}<tr><th scope="row">{{place}}</th><td colspan="8" class="muted">{{text}}</td></tr>{{/recorded}}
    {{/report.delivery}}
    </tbody>
    </table>
    </section>

    """#

    static let icsVacancies = #"""
    <section class="sheet" id="{{section.id}}" aria-labelledby="{{section.id}}-heading">
    <h2 id="{{section.id}}-heading">{{section.heading}}</h2>
    <table>
    <caption>Vacant seats on each place's operating bodies</caption>
    <thead><tr><th scope="col">Place</th><th scope="col" class="num">Seats</th><th scope="col" class="num">Vacant</th><th scope="col">Vacant seats</th></tr></thead>
    <tbody>
    {{#report.vacancies}}
    {{#recorded}}<tr><th scope="row">{{place}}</th><td class="num">{{seats}}</td><td class="num">{{vacant}}</td><td>{{#vacantSeats}}{{.}}<br>{{/vacantSeats}}{{^vacantSeats}}None{{/vacantSeats}}</td></tr>{{/recorded}}
    {{^recorded}}<tr><th scope="row">{{place}}</th><td colspan="3" class="muted">{{text}}</td></tr>{{/recorded}}
    {{/report.vacancies}}
    </tbody>
    </table>
    </section>

    """#
}
