import Fluent
import SQLKit

/// The chain's head follows each event the moment it is written, by a trigger, so that an
/// event is appended by one INSERT: its sequence number is the primary key, and a writer
/// that guessed the head wrong (another server or writer was first) is refused by the key
/// and tries again from the head it then reads. No writer holds the head while it works.
/// An event whose predecessor is not there (a writer that remembers a head the database no
/// longer has, after a restore or a failover) is refused the same way, as a key conflict,
/// so it too is written again after the head: the chain never gets a gap.
struct AuditHeadFollowsEvents: AsyncMigration {
    var name: String { "0053_AuditHeadFollowsEvents" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE FUNCTION audit_head_follows() RETURNS trigger LANGUAGE plpgsql
                SET search_path FROM CURRENT AS $$
                BEGIN
                    IF NEW.sequence > 1 AND NOT EXISTS (SELECT 1 FROM audit_events WHERE sequence = NEW.sequence - 1) THEN
                        RAISE EXCEPTION 'audit event % has no predecessor', NEW.sequence USING ERRCODE = 'unique_violation';
                    END IF;
                    UPDATE audit_chain_head SET last_sequence = NEW.sequence, last_hash = NEW.hash
                    WHERE id = 1 AND last_sequence < NEW.sequence;
                    RETURN NULL;
                END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_head_follows()
                """
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE TRIGGER audit_event_follows_predecessor BEFORE INSERT ON audit_events
                WHEN NEW.sequence > 1 AND NOT EXISTS (SELECT 1 FROM audit_events WHERE sequence = NEW.sequence - 1)
                BEGIN SELECT RAISE(ABORT, 'audit event has no predecessor'); END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_events
                BEGIN
                    UPDATE audit_chain_head SET last_sequence = NEW.sequence, last_hash = NEW.hash
                    WHERE id = 1 AND last_sequence < NEW.sequence;
                END
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_head_follows() CASCADE").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS audit_head_follows").run()
            try await sql.raw("DROP TRIGGER IF EXISTS audit_event_follows_predecessor").run()
        }
    }
}
