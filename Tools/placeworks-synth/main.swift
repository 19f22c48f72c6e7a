// Writes the synthetic national dataset as a dataset file:
//   swift run placeworks-synth [--seed N] [--systems N] [--places-per-system N] OUTPUT.json|yaml
import Foundation
import PlaceworksInterchange
import PlaceworksSynthetic

var parameters = SyntheticNation.Parameters()
var output: String?
var arguments = Array(CommandLine.arguments.dropFirst())
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: placeworks-synth [--seed N] [--systems N] [--places-per-system N] OUTPUT.json|.yaml\n".utf8))
    exit(2)
}
@MainActor func value<T: LosslessStringConvertible>(_ type: T.Type) -> T {
    guard !arguments.isEmpty, let value = T(arguments.removeFirst()) else { usage() }
    return value
}
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--seed": parameters.seed = value(UInt64.self)
    case "--systems": parameters.systems = value(Int.self)
    case "--places-per-system": parameters.placesPerSystem = value(Int.self)
    default:
        if argument.hasPrefix("-") { usage() }
        output = argument
    }
}
guard let output, let format = DataFile.Format(path: output) else { usage() }
let dataset = SyntheticNation.generate(parameters)
do {
    try DataFile.encode(dataset, format: format).write(toFile: output, atomically: true, encoding: .utf8)
    print("Wrote \(dataset.count) records (\(dataset.systems.count) ICSs, \(dataset.places.count) places) to \(output).")
} catch {
    FileHandle.standardError.write(Data("placeworks-synth: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
