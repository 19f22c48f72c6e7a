import PlaceworksStore

/// The SQL of every migration in ``PlaceworksStore/StoreSchema/migrations``, for SQLite.
/// Append only: a shipped migration is never edited.
enum SQLiteMigrations {
    static let bootstrap = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        )
        """

    static let statements: [Int: [String]] = [
        1: [
            """
            CREATE TABLE records (
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                place TEXT,
                version INTEGER NOT NULL CHECK (version > 0),
                created INTEGER NOT NULL,
                body TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (kind, id)
            )
            """,
            "CREATE INDEX records_by_place ON records (place, kind)",
            "CREATE INDEX records_by_created ON records (created)",
        ],
        2: [
            """
            CREATE TABLE audit_log (
                sequence INTEGER PRIMARY KEY,
                actor TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                before_body TEXT,
                after_body TEXT,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE audit_head (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                sequence INTEGER NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "INSERT INTO audit_head (singleton, sequence, hash) VALUES (1, 0, '\(AuditChain.genesisHash)')",
        ],
        3: [
            """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
            """,
            """
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
            """,
        ],
        4: [
            "ALTER TABLE records ADD COLUMN format INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE audit_log ADD COLUMN place TEXT",
            "CREATE INDEX audit_log_by_place ON audit_log (place, sequence)",
            "CREATE INDEX records_by_kind_place_id ON records (kind, place, id)",
            """
            CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
            BEGIN SELECT RAISE(ABORT, 'the audit head cannot be removed'); END
            """,
            """
            CREATE TRIGGER audit_head_follows_log BEFORE UPDATE ON audit_head
            WHEN NEW.singleton <> 1
                OR NEW.sequence <> (SELECT COALESCE(MAX(sequence), 0) FROM audit_log)
                OR NEW.hash <> COALESCE((SELECT hash FROM audit_log WHERE sequence = NEW.sequence), '\(AuditChain.genesisHash)')
            BEGIN SELECT RAISE(ABORT, 'the audit head must name the newest entry of the audit log'); END
            """,
        ],
        5: [
            """
            CREATE TABLE api_tokens (
                hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
                name TEXT NOT NULL CHECK (name <> ''),
                role TEXT NOT NULL,
                places TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER
            )
            """,
            "CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL",
        ],
        6: [
            """
            CREATE TABLE observations (
                source INTEGER NOT NULL REFERENCES audit_log (sequence) DEFERRABLE INITIALLY DEFERRED,
                file_row INTEGER NOT NULL,
                indicator TEXT NOT NULL,
                period TEXT NOT NULL,
                day TEXT NOT NULL,
                value REAL NOT NULL,
                lower_limit REAL,
                upper_limit REAL,
                PRIMARY KEY (source, file_row)
            ) WITHOUT ROWID
            """,
            "CREATE UNIQUE INDEX observations_by_indicator ON observations (indicator, period, source)",
            """
            CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations
            BEGIN SELECT RAISE(ABORT, 'observations are append-only: a later import supersedes a value'); END
            """,
            """
            CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
            BEGIN SELECT RAISE(ABORT, 'observations are append-only: a later import supersedes a value'); END
            """,
            "ALTER TABLE records ADD COLUMN source INTEGER",
        ],
        7: [
            """
            CREATE TABLE web_accounts (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL,
                places TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                updated_at INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE web_sessions (
                token_hash TEXT PRIMARY KEY,
                account TEXT NOT NULL REFERENCES web_accounts (name),
                csrf TEXT NOT NULL,
                expires_at INTEGER NOT NULL
            )
            """,
            "CREATE INDEX web_sessions_by_account ON web_sessions (account)",
        ],
        8: [
            // The records table holds every kind; this version marks where eight kinds appear
            // (a store at it may hold them, so an older program refuses it) and lists them.
            """
            CREATE TABLE record_kinds (
                kind TEXT PRIMARY KEY,
                since_version INTEGER NOT NULL
            )
            """,
            """
            INSERT INTO record_kinds (kind, since_version) VALUES
                ('fund', 8), ('accountability', 8), ('approval', 8), ('publication', 8),
                ('engagement', 8), ('recruitment', 8), ('agreement', 8), ('commitment', 8)
            """,
        ],
        9: [
            """
            CREATE TABLE sign_in_failures (
                name TEXT NOT NULL,
                failed_at INTEGER NOT NULL
            )
            """,
            "CREATE INDEX sign_in_failures_by_name ON sign_in_failures (name, failed_at)",
            "CREATE INDEX sign_in_failures_by_time ON sign_in_failures (failed_at)",
        ],
    ]
}
