import Foundation
import Hummingbird
import PlaceworksApplication

/// The session cookie and the sign-in form's own CSRF cookie.
enum Cookies {
    static let session = "placeworks_session"
    static let signIn = "placeworks_sign_in"

    /// The value of cookie `name` in `request`.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: HttpOnly and SameSite=Strict always, Secure unless `secure` is off
    /// (only for tests over plain HTTP); `maxAge` 0 removes the cookie.
    static func set(_ name: String, _ value: String, maxAge: Int, secure: Bool) -> String {
        "\(name)=\(value); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}

/// The pages for signing in and out.
struct SignInPage {
    var token: String
    var name = ""
    var problem: String?
    var next: String = "/"

    var html: HTML {
        var errors = FieldErrors()
        if let problem { errors.add("name", problem) }
        let form = EditForm(title: "Sign in", action: "/sign-in", fields: [
            FormField(name: "name", label: "Account name", kind: .text, value: name, hint: "Usually your work email address.",
                      required: true),
            FormField(name: "password", label: "Password", kind: .text, value: "", required: true),
        ], csrf: token, errors: errors, submit: "Sign in")
        var markup = form.html.markup
        // The password field hides what is typed.
        markup = markup.replacingOccurrences(of: "<input type=\"text\" id=\"field-password\"",
                                             with: "<input type=\"password\" autocomplete=\"current-password\" id=\"field-password\"")
        markup = markup.replacingOccurrences(of: "</form>", with: "<input type=\"hidden\" name=\"next\" value=\"\(HTML.escape(next))\"></form>")
        return """
        <h1>Sign in to Placeworks</h1>
        <p>Board secretaries, programme teams and ICS analysts sign in with the account their administrator created \
        (<code>place user create</code>). Residents need no account: the <a href="/public">public pages</a> are open to all.</p>
        \(HTML(raw: markup))
        """
    }
}
