import CZlib
import Foundation

/// DEFLATE without a zlib or gzip wrapper (RFC 1951), as a health card's `"zip":"DEF"`
/// header promises.
public enum RawDeflate {
    public enum Failure: Error { case zlib(Int32) }

    public static func compress(_ input: Data) throws -> Data {
        var stream = z_stream()
        // Negative window bits: a raw stream. Level 9: a card's size decides whether it fits one QR code.
        var status = deflateInit2_(
            &stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure.zlib(status) }
        defer { deflateEnd(&stream) }
        var source = [UInt8](input)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(source.count))))
        let count = output.count
        status = source.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure.zlib(status) }
        return Data(output.prefix(Int(stream.total_out)))
    }

    /// The inverse, for reading a card back; refuses anything that inflates past `limit`.
    public static func decompress(_ input: Data, limit: Int = 1 << 20) throws -> Data {
        var stream = z_stream()
        var status = inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure.zlib(status) }
        defer { inflateEnd(&stream) }
        var source = [UInt8](input)
        var output = [UInt8](repeating: 0, count: limit)
        status = source.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(limit)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure.zlib(status) }
        return Data(output.prefix(Int(stream.total_out)))
    }
}
