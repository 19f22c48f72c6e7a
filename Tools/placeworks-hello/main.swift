// placeworks-hello: a Hummingbird hello-world, the baseline of Tools/bench-server.sh.
//
//   placeworks-hello PORT
import Hummingbird

let port = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8090
let router = Router()
router.get("/") { _, _ in "Hello, world!" }
let application = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await application.runService()
