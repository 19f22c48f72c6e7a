/// The standard colours and the style sheet every HTML report inlines. Colours are CSS custom
/// properties, so an extension's ``PlaceworksDomain/ReportPresentation/colours`` replace them by name.
enum StandardStyle {
    /// Colour names and values. Each text/background pair meets WCAG AA contrast (4.5:1).
    static let colours: [(name: String, value: String)] = [
        ("ink", "#1b1b1b"),
        ("muted", "#4a4a4a"),
        ("paper", "#ffffff"),
        ("rule", "#b7bcc2"),
        ("shade", "#f1f3f5"),
        ("accent", "#005190"),
        ("accent-ink", "#ffffff"),
        ("error", "#a4262c"),
        ("warning", "#7a4d00"),
        ("info", "#1f5f9e"),
        ("red", "#a4262c"),
        ("red-ink", "#ffffff"),
        ("amber", "#f2c14e"),
        ("amber-ink", "#1b1b1b"),
        ("green", "#1d6b38"),
        ("green-ink", "#ffffff"),
        ("none", "#595959"),
        ("none-ink", "#ffffff"),
        ("band-low", "#d4edda"),
        ("band-moderate", "#fff0b3"),
        ("band-high", "#ffd3a6"),
        ("band-very-high", "#f5b3ae"),
    ]

    static let css = #"""
    *{box-sizing:border-box}
    html{color:var(--ink);background:var(--paper);font:10.5pt/1.45 "DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif}
    body{margin:0}
    main{max-width:190mm;margin:0 auto;padding:12mm 0}
    h1{font-size:24pt;line-height:1.2;margin:0 0 6mm}
    h2{font-size:16pt;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:2mm;margin:0 0 4mm}
    h3{font-size:12.5pt;margin:6mm 0 2mm}
    h4{font-size:11pt;margin:4mm 0 2mm}
    a{color:var(--accent)}
    p{margin:0 0 3mm}
    .muted{color:var(--muted)}
    section.sheet{padding-top:4mm;margin-bottom:10mm}
    .cover{min-height:240mm;display:flex;flex-direction:column;justify-content:center;border-left:8mm solid var(--accent);padding-left:10mm}
    .eyebrow{font-size:12pt;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
    .cover-date{font-size:14pt}
    dl.facts{display:grid;grid-template-columns:45mm 1fr;gap:1.5mm 4mm;margin:6mm 0}
    dl.facts dt{font-weight:bold}
    dl.facts dd{margin:0}
    table{border-collapse:collapse;width:100%;margin:2mm 0 5mm;font-size:9.5pt}
    caption{caption-side:top;text-align:left;font-weight:bold;padding:1mm 0 2mm}
    th,td{border:1px solid var(--rule);padding:1.5mm 2mm;text-align:left;vertical-align:top}
    thead th{background:var(--shade)}
    th[scope=row]{font-weight:normal}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .badge{display:inline-block;padding:0 2mm;border-radius:1mm;font-weight:bold;white-space:nowrap}
    .rag-red{background:var(--red);color:var(--red-ink)}
    .rag-amber{background:var(--amber);color:var(--amber-ink)}
    .rag-green{background:var(--green);color:var(--green-ink)}
    .rag-none{background:var(--none);color:var(--none-ink)}
    .sev{font-weight:bold}
    .sev-error{color:var(--error)}
    .sev-warning{color:var(--warning)}
    .sev-info{color:var(--info)}
    .finding{border-left:4px solid var(--rule);padding:1mm 0 1mm 3mm;margin:0 0 3mm;break-inside:avoid}
    .finding-error{border-left-color:var(--error)}
    .finding-warning{border-left-color:var(--warning);border-left-style:dashed}
    .finding-info{border-left-color:var(--info);border-left-style:dotted}
    .finding p{margin:0 0 1mm}
    .cite{font-size:9pt;color:var(--muted)}
    .flag{font-weight:bold;color:var(--error)}
    .flag::before{content:"⚠ "}
    .vacant{font-weight:bold}
    .band-low{background:var(--band-low)}
    .band-moderate{background:var(--band-moderate)}
    .band-high{background:var(--band-high)}
    .band-very-high{background:var(--band-very-high)}
    table.heatmap{width:auto}
    table.heatmap td{width:24mm;height:13mm;text-align:center;vertical-align:middle;color:var(--ink)}
    table.heatmap td .count{font-size:13pt;font-weight:bold;display:block}
    table.heatmap td .band{font-size:8pt}
    table.matrix td{text-align:center}
    table.matrix td.state-error{background:var(--band-very-high)}
    table.matrix td.state-warning{background:var(--band-moderate)}
    table.matrix td.state-info{background:var(--shade)}
    table.matrix td.state-not-recorded{color:var(--muted);font-style:italic}
    svg.chart{width:100%;max-width:170mm;height:auto;display:block;margin:2mm 0 4mm}
    svg .bar{fill:var(--accent)}
    svg .chart-label,svg .chart-value{font-size:12px;fill:var(--ink)}
    svg .chart-missing{font-style:italic;fill:var(--muted)}
    svg .spark-line{stroke:var(--accent);stroke-width:2}
    svg .spark-end{fill:var(--accent)}
    nav.contents ol{padding-left:6mm}
    nav.contents li{margin:1mm 0}
    ul.plain{padding-left:5mm;margin:0 0 3mm}
    .legend{font-size:9pt;color:var(--muted)}
    @page{size:A4;margin:16mm 14mm 18mm}
    @media print{
      main{padding:0;max-width:none}
      section.sheet{break-before:page;margin:0}
      .cover{min-height:250mm;break-after:page}
      h2,h3,h4,caption{break-after:avoid}
      tr,figure,.finding{break-inside:avoid}
      a{color:var(--ink);text-decoration:none}
    }
    """#
}
