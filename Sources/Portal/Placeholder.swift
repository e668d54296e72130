import Vapor
import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import Crypto
public enum PortalVersion {}
