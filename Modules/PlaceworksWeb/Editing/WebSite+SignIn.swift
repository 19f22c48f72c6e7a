import Foundation
import HTTPTypes
import Hummingbird
import PlaceworksApplication

extension WebSite {
    func registerSignIn<Context: RequestContext>(on router: Router<Context>) {
        router.get("/sign-in") { request, _ in await page(request) { _ in signInForm(request) } }
        router.post("/sign-in") { request, _ in await page(request) { _ in try await signIn(request) } }
        router.post("/sign-out") { request, _ in await page(request) { editor in try await signOut(request, editor) } }
    }

    /// The form, with a fresh token in both a cookie and a hidden field: a post that does not
    /// carry the same token in both did not come from this form.
    func signInForm(_ request: Request, name: String = "", problem: String? = nil,
                    status: HTTPResponse.Status = .ok) -> Response {
        let token = APIToken.newSecret()
        let next = Self.localTarget(request.uri.queryParameters.get("next"))
        let form = SignInPage(token: token, name: name, problem: problem, next: next)
        return WebResponse.html(Layout.page(title: "Sign in", main: form.html), status: status,
                                headers: [.setCookie: Cookies.set(Cookies.signIn, token, maxAge: 3600, secure: secureCookies)])
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = try await FormData.read(request)
        guard let accounts, let limiter else {
            throw WebError(status: .serviceUnavailable, title: "Signing in is not available",
                           detail: "This store keeps no accounts. Run `place db migrate`, then `place user create`.")
        }
        guard let sent = form["csrf"], let kept = Cookies.value(Cookies.signIn, in: request),
              APIToken.constantTimeEquals(sent, kept) else {
            return signInForm(request, name: form.raw("name"),
                              problem: "The sign-in form had expired. Please enter your name and password again.",
                              status: .forbidden)
        }
        let name = form.raw("name").trimmingCharacters(in: .whitespaces)
        let now = engine.clock()
        if let wait = try await limiter.wait(for: name, now: now) {
            let minutes = max(1, Int((wait / 60).rounded(.up)))
            return signInForm(request, name: name, problem: "Too many wrong passwords for this account. "
                + "Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes").", status: .tooManyRequests)
        }
        guard let signedIn = try await accounts.signIn(name: name, password: form.raw("password")) else {
            try await limiter.failed(name, now: now)
            return signInForm(request, name: name, problem: "The account name or password is not right, "
                + "or the account is disabled.", status: .unauthorized)
        }
        try await limiter.succeeded(name)
        let next = Self.localTarget(form["next"])
        var headers = HTTPFields()
        headers.append(HTTPField(name: .setCookie, value: Cookies.set(Cookies.session, signedIn.token,
                                                                      maxAge: Int(accounts.sessionLength), secure: secureCookies)))
        headers.append(HTTPField(name: .setCookie, value: Cookies.set(Cookies.signIn, "", maxAge: 0, secure: secureCookies)))
        return WebResponse.redirect(to: next, headers: headers)
    }

    func signOut(_ request: Request, _ editor: Editor?) async throws -> Response {
        let form = try await FormData.read(request)
        if let editor, let token = Cookies.value(Cookies.session, in: request), let accounts {
            guard let sent = form["csrf"], APIToken.constantTimeEquals(sent, editor.csrf) else { throw Self.staleToken }
            try await accounts.signOut(token: token)
        }
        return WebResponse.redirect(to: "/", headers: [.setCookie: Cookies.set(Cookies.session, "", maxAge: 0,
                                                                               secure: secureCookies)])
    }

    static let staleToken = WebError(status: .forbidden, title: "The form had expired",
                                     detail: "The page was out of date (its security token did not match your session). "
                                         + "Go back, reload the page and try again.")

    /// Only a path on this site (never another site's address) is followed after signing in.
    static func localTarget(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\") else { return "/" }
        return text
    }
}
