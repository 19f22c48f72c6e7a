import PlaceworksStore

/// The place each record is filed under: the store's own rule (``PlaceworksStore/PlaceResolver``),
/// so the server scopes editors exactly as the store files records.
typealias RecordPlaces = PlaceResolver
