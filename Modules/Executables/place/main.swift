import Foundation
import PlaceworksCommands

exit(await PlaceCommand.run(Array(CommandLine.arguments.dropFirst()), environment: .live))
