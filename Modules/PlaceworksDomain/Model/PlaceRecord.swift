/// A record filed under a place by its own `place` field alone (no body or workstream to follow).
public protocol PlaceRecord: Entity {
    var place: ID<Place>? { get }
}

extension Fund: PlaceRecord {}
extension AccountabilityArrangement: PlaceRecord {}
extension Approval: PlaceRecord {}
extension Publication: PlaceRecord {}
extension Engagement: PlaceRecord {}
extension Recruitment: PlaceRecord {}
extension Agreement: PlaceRecord {}
extension Commitment: PlaceRecord {}
