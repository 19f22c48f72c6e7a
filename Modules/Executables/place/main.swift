import Foundation
import PlaceworksCommands

exit(PlaceCommand.run(Array(CommandLine.arguments.dropFirst())))
