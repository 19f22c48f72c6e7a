import ArgumentParser

public struct PlaceCommand: ParsableCommand {
    public init() {}
    public static let configuration = CommandConfiguration(commandName: "place")
    public func run() throws {}
}
