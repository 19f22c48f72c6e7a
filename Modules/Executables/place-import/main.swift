import Foundation
import PlaceworksImport

exit(await ImportCommand.run(Array(CommandLine.arguments.dropFirst())))
