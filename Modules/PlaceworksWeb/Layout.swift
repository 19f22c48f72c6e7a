/// The frame of every page: a skip link, the site header with its navigation, the main content
/// and the style sheet, inline (no external assets, no JavaScript).
enum Layout {
    /// A whole document. `signedIn` names the person signed in, if any (shown with a sign-out
    /// button); `csrf` is their form token, for that button.
    static func page(title: String, main: HTML, signedIn: String? = nil, csrf: String? = nil,
                     publicPage: Bool = false) -> HTML {
        let account: HTML
        if let signedIn, let csrf {
            account = """
            <form method="post" action="/sign-out" class="inline"><input type="hidden" name="csrf" value="\(csrf)">\
            <span>Signed in as \(signedIn)</span> <button type="submit">Sign out</button></form>
            """
        } else if publicPage {
            account = .empty
        } else {
            account = "<a href=\"/sign-in\">Sign in to edit</a>"
        }
        return """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – Placeworks</title>
        <style>\(HTML(raw: style))</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header class="site"><div class="bar">
        <a class="brand" href="/">Placeworks</a>
        <nav aria-label="Site"><ul><li><a href="/">Dashboard</a></li><li><a href="/public">Public pages</a></li></ul></nav>
        <div class="account">\(account)</div>
        </div></header>
        <main id="main" tabindex="-1">
        \(main)
        </main>
        <footer class="site"><p>Placeworks: governance and delivery of place-based health and care partnerships. \
        Every page works without JavaScript.</p></footer>
        </body>
        </html>
        """
    }

    /// Every pair of text and background colours the style sheet puts together, for the contrast
    /// test (WCAG AA: at least 4.5:1).
    static let colourPairs: [(text: String, background: String, use: String)] = [
        ("#1a1a1a", "#fff", "body text"), ("#0b4f9c", "#fff", "links"), ("#4c2c92", "#fff", "visited links"),
        ("#4a4a4a", "#fff", "muted text"), ("#fff", "#12355b", "site header"), ("#12355b", "#fff", "header button"),
        ("#fff", "#a4001d", "error badge"), ("#fff", "#7a4100", "warning badge"), ("#fff", "#2c4d73", "note badge"),
        ("#fff", "#14532d", "ok badge"), ("#a4001d", "#fff", "field error"), ("#fff", "#00703c", "button"),
        ("#0b0c0c", "#ffbf47", "focused link or field"), ("#1a1a1a", "#f3f2f1", "table header"),
        ("#1a1a1a", "#fbeaec", "problem box"), ("#0b4f9c", "#fbeaec", "link in a problem box"),
        ("#1a1a1a", "#eef3f8", "notice"), ("#1a1a1a", "#f4c7cc", "heat map: red"), ("#1a1a1a", "#ffe6a8", "heat map: amber"),
        ("#1a1a1a", "#cfead6", "heat map: green"),
    ]

    /// Colours meet WCAG AA (4.5:1 for text) against their backgrounds; the layout reflows to
    /// one column on a phone, and wide tables scroll inside their own box.
    static let style = """
    :root{--ink:#1a1a1a;--muted:#4a4a4a;--link:#0b4f9c;--line:#b1b4b6;--head:#12355b;--focus:#ffbf47;\
    --error:#a4001d;--warning:#7a4100;--note:#2c4d73;--ok:#14532d}
    *{box-sizing:border-box}
    body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
    a{color:var(--link)}a:visited{color:#4c2c92}
    a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid var(--focus);outline-offset:0;\
    background:var(--focus);color:#0b0c0c}
    .skip{position:absolute;left:-999px;top:0;padding:.5rem;background:var(--focus);color:#0b0c0c}.skip:focus{left:0}
    header.site{background:var(--head);color:#fff}
    header.site .bar{max-width:72rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
    header.site a{color:#fff}header.site a:focus{color:#0b0c0c}
    .brand{font-weight:700;font-size:1.25rem;text-decoration:none}
    nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
    .account{margin-left:auto}
    main{display:block;max-width:72rem;margin:0 auto;padding:1rem}
    footer.site{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
    h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;\
    border-bottom:2px solid var(--head);padding-bottom:.25rem}h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
    .table{overflow-x:auto;margin:0 0 1rem}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
    th{background:#f3f2f1}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .badge{display:inline-block;padding:0 .4rem;border-radius:.25rem;color:#fff;font-weight:600;font-size:.85rem}
    .error{background:var(--error)}.warning{background:var(--warning)}.info,.note{background:var(--note)}.ok{background:var(--ok)}
    .muted{color:var(--muted)}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .notice{border-left:5px solid var(--note);background:#eef3f8;padding:.75rem 1rem;margin:1rem 0}
    .problem{border-left:5px solid var(--error);background:#fbeaec;padding:.75rem 1rem;margin:1rem 0}
    .field{margin:0 0 1rem}.field label{display:block;font-weight:600}
    .field .hint{color:var(--muted);font-size:.9rem;margin:0}
    .field .field-error{color:var(--error);font-weight:600;margin:.25rem 0}
    .field.invalid input,.field.invalid select,.field.invalid textarea{border:2px solid var(--error)}
    input,select,textarea,button{font:inherit}
    input,select,textarea{border:2px solid #0b0c0c;padding:.3rem;max-width:100%}
    button{background:#00703c;color:#fff;border:0;padding:.45rem .9rem;border-radius:.2rem;cursor:pointer}
    header.site button{background:#fff;color:var(--head)}
    form.inline{display:inline}
    .asof{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1rem}
    .asof .field{margin:0}
    ul.links{padding-left:1.2rem}
    .heat td{text-align:center;min-width:3rem}.heat .red{background:#f4c7cc}.heat .amber{background:#ffe6a8}\
    .heat .green{background:#cfead6}.heat .none{background:#fff}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
    svg{max-width:100%;height:auto}
    @media (max-width:40rem){h1{font-size:1.4rem}th,td{padding:.3rem}dl.facts{grid-template-columns:1fr}}
    """
}
