import PlaceworksDomain
import PlaceworksSynthetic
import Testing

@Suite("Synthetic national data")
struct SyntheticNationTests {
    @Test("The default nation has 42 ICSs and about 200 places, and is consistent")
    func nationalShape() {
        let nation = SyntheticNation.generate()
        #expect(nation.systems.count == 42)
        #expect((170...230).contains(nation.places.count), "got \(nation.places.count) places")
        #expect(nation.problems().isEmpty)
        #expect(nation.bodies.filter(\.placeCommittee).count == nation.places.count)
        #expect(nation.meetings.count == nation.places.count * 24)
    }

    @Test("The same seed gives the same dataset; another seed a different one")
    func deterministic() {
        let parameters = SyntheticNation.Parameters(seed: 7, systems: 3)
        #expect(SyntheticNation.generate(parameters) == SyntheticNation.generate(parameters))
        #expect(SyntheticNation.generate(parameters) != SyntheticNation.generate(.init(seed: 8, systems: 3)))
    }

    @Test("Records grow linearly with the number of ICSs")
    func linear() {
        let small = SyntheticNation.generate(.init(seed: 1, systems: 10, placesPerSystem: 5))
        let large = SyntheticNation.generate(.init(seed: 1, systems: 40, placesPerSystem: 5))
        let perPlaceSmall = Double(small.count) / Double(small.places.count)
        let perPlaceLarge = Double(large.count) / Double(large.places.count)
        #expect(abs(perPlaceSmall - perPlaceLarge) / perPlaceSmall < 0.05)
    }
}
