/// A person who holds seats, roles or posts.
public struct Person: Entity {
    public var id: ID<Person>
    public var name: String
    /// True for people invented for examples and tests; shown as such wherever they appear.
    @DefaultFalse public var fictional: Bool
    /// The posts the person holds in partner organisations (their day jobs).
    @Listed public var posts: [Post]

    public init(id: ID<Person>, name: String, fictional: Bool = false, posts: [Post] = []) {
        self.id = id
        self.name = name
        self.fictional = fictional
        self.posts = posts
    }

    public var displayName: String { fictional ? "\(name) (fictional)" : name }
    public static var subjectKind: SubjectKind { .person }

    /// The substantive posts held on `day`.
    public func substantivePosts(on day: Day) -> [Post] {
        posts.filter { $0.substantive && $0.holds(on: day) }
    }
}

/// A post a person holds in an organisation.
public struct Post: Codable, Sendable, Hashable, Dated {
    public var title: String
    public var organisation: ID<Organisation>
    /// The role the post carries, where it is one the rules know (e.g. `dph`).
    public var role: Role?
    /// A substantive post is the person's own job rather than an acting or partnership role.
    public var substantive: Bool
    @Always public var period: Period

    public init(title: String, organisation: ID<Organisation>, role: Role? = nil, substantive: Bool = true,
                period: Period = .always) {
        self.title = title
        self.organisation = organisation
        self.role = role
        self.substantive = substantive
        self.period = period
    }
}
